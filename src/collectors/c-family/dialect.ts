// What differs between the C-family languages at the lexical level. The lexer is one loop; these flags
// decide which string, char and comment forms it knows.

export interface Dialect {
  /** Language name in `parse.errors` messages. */
  label: string;
  /** Block comments nest (Rust, Kotlin). */
  nestedBlockComments: boolean;
  /** `"…"` may span lines (Rust). */
  multilineStrings: boolean;
  /** `'a` without a closing quote is a lifetime or loop label (Rust). */
  lifetimes: boolean;
  /** `` `…` `` is a raw string (Go) or a quoted identifier (Kotlin). */
  backtick: 'raw-string' | 'identifier' | 'none';
  /** `r"…"`, `r#"…"#`, `br`/`cr` prefixes and raw identifiers `r#name` (Rust). */
  rustRawStrings: boolean;
  /** `"""…"""`: a Java text block, a Kotlin raw string or a C# raw string literal. */
  tripleQuotes: 'java' | 'kotlin' | 'csharp' | 'none';
  /** `"${expr}"` (Kotlin) or `$"{expr}"` and `@"…"` (C#). */
  interpolation: 'kotlin' | 'csharp' | 'none';
  /** `$` may appear in identifiers (Java). */
  dollarInIdentifiers: boolean;
  /** `#` as the first thing on a line starts a preprocessor directive that runs to the line end (C#). */
  preprocessorLines: boolean;
}

const BASE: Dialect = {
  label: '',
  nestedBlockComments: false,
  multilineStrings: false,
  lifetimes: false,
  backtick: 'none',
  rustRawStrings: false,
  tripleQuotes: 'none',
  interpolation: 'none',
  dollarInIdentifiers: false,
  preprocessorLines: false,
};

export const GO: Dialect = { ...BASE, label: 'Go', backtick: 'raw-string' };

export const RUST: Dialect = {
  ...BASE,
  label: 'Rust',
  nestedBlockComments: true,
  multilineStrings: true,
  lifetimes: true,
  rustRawStrings: true,
};

export const JAVA: Dialect = { ...BASE, label: 'Java', tripleQuotes: 'java', dollarInIdentifiers: true };

export const KOTLIN: Dialect = {
  ...BASE,
  label: 'Kotlin',
  nestedBlockComments: true,
  backtick: 'identifier',
  tripleQuotes: 'kotlin',
  interpolation: 'kotlin',
};

export const CSHARP: Dialect = {
  ...BASE,
  label: 'C#',
  tripleQuotes: 'csharp',
  interpolation: 'csharp',
  preprocessorLines: true,
};
