// The token stream of one PHP file's code islands: parallel arrays rather than one object per token.
// A string, heredoc or nowdoc (with everything interpolated into it) is one STRING token.

/** An identifier, keyword or qualified name (`\Foo\Bar`); keywords are matched case-insensitively. */
export const NAME = 1;
/** `$name`. */
export const VARIABLE = 2;
export const NUMBER = 3;
export const STRING = 4;
export const PUNCT = 5;
/** Output outside `<?php … ?>` (non-empty inline HTML) or a `<?=` echo tag: a statement of its own. */
export const OUTPUT = 6;

// PUNCT values: single characters use their char code; these multi-character ones get their own.
/** `#[`, opening an attribute group; closed by a `]`. */
export const ATTRIBUTE_OPEN = 256;
/** `->` and `?->`. */
export const OBJECT_OPERATOR = 257;
export const SCOPE = 258;
export const OTHER_OPERATOR = 259;

export const OPEN_PAREN = 40;
export const CLOSE_PAREN = 41;
export const AMPERSAND = 38;
export const COMMA = 44;
export const COLON = 58;
export const SEMICOLON = 59;
export const OPEN_BRACKET = 91;
export const CLOSE_BRACKET = 93;
export const OPEN_BRACE = 123;
export const PIPE = 124;
export const CLOSE_BRACE = 125;

export interface TokenBuffer {
  count: number;
  kinds: number[];
  starts: number[];
  ends: number[];
  values: number[];
  /** Index of the matching bracket for `(`, `[`, `#[`, `{` and their closers; -1 for other tokens. */
  partners: number[];
}

export function createTokenBuffer(): TokenBuffer {
  return { count: 0, kinds: [], starts: [], ends: [], values: [], partners: [] };
}

export function pushToken(tokens: TokenBuffer, kind: number, start: number, end: number, value = 0): void {
  tokens.kinds.push(kind);
  tokens.starts.push(start);
  tokens.ends.push(end);
  tokens.values.push(value);
  tokens.partners.push(-1);
  tokens.count++;
}

export function isPunct(tokens: TokenBuffer, index: number, value: number): boolean {
  return tokens.kinds[index] === PUNCT && tokens.values[index] === value;
}

export function tokenText(text: string, tokens: TokenBuffer, index: number): string {
  return text.slice(tokens.starts[index] ?? 0, tokens.ends[index] ?? 0);
}

/** A NAME spelled `word` in any case, as PHP keywords and function names are. */
export function isKeyword(text: string, tokens: TokenBuffer, index: number, word: string): boolean {
  if (tokens.kinds[index] !== NAME) return false;
  const start = tokens.starts[index] ?? 0;
  if ((tokens.ends[index] ?? 0) - start !== word.length) return false;
  return text.slice(start, start + word.length).toLowerCase() === word;
}

/** True after `->`, `?->` or `::`, where a name is a member (`$x->function`, `Foo::class`). */
export function isMemberName(tokens: TokenBuffer, index: number): boolean {
  return isPunct(tokens, index - 1, OBJECT_OPERATOR) || isPunct(tokens, index - 1, SCOPE);
}

export function partnerOf(tokens: TokenBuffer, index: number): number {
  return tokens.partners[index] ?? -1;
}

/** The last segment of a qualified name: `\PHPUnit\Framework\Attributes\Test` → `Test`. */
export function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf('\\') + 1);
}
