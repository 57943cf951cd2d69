// Source lines with comments blanked out, for line-based detectors (routes, imports, shutdown hooks)
// in every language the inventory knows. This is not a lexer: it knows only enough of each language's
// strings to tell a comment marker inside a string ("http://…") from a real comment. One pass, linear.
//
// Kept: ordinary string literals (routes live in them: `@app.get("/health")`).
// Blanked: comments, and triple-quoted strings (Python docstrings, Java/Kotlin/C# text blocks), which
// hold prose and examples rather than code.
import type { Language } from '../../evidence.js';

interface Syntax {
  /** `#` starts a line comment (Python, Ruby, PHP). */
  hash: boolean;
  /** `//` and `/* … *\/` comments. */
  slashes: boolean;
  /** `'` starts a string (not in Rust, where it also starts a lifetime such as `'a`). */
  singleQuote: boolean;
  /** Backticks delimit a string that may span lines (JS/TS templates, Go raw strings). */
  backtick: boolean;
  /** `"""` (and `'''` in Python) delimit a multi-line string. */
  tripleQuotes: boolean;
}

const C_LIKE: Syntax = { hash: false, slashes: true, singleQuote: true, backtick: false, tripleQuotes: false };

const SYNTAX: Record<Language, Syntax> = {
  python: { hash: true, slashes: false, singleQuote: true, backtick: false, tripleQuotes: true },
  ruby: { hash: true, slashes: false, singleQuote: true, backtick: false, tripleQuotes: false },
  php: { ...C_LIKE, hash: true },
  javascript: { ...C_LIKE, backtick: true },
  typescript: { ...C_LIKE, backtick: true },
  go: { ...C_LIKE, backtick: true },
  java: { ...C_LIKE, tripleQuotes: true },
  kotlin: { ...C_LIKE, tripleQuotes: true },
  csharp: { ...C_LIKE, tripleQuotes: true },
  rust: { ...C_LIKE, singleQuote: false },
};

type Mode = 'code' | 'line-comment' | 'block-comment' | 'string' | 'triple' | 'ruby-block';

/** The file's lines (index 0 is line 1) with every comment character replaced by a space. */
export function codeLines(text: string, language: Language): string[] {
  const syntax = SYNTAX[language];
  const out: string[] = [];
  let mode: Mode = language === 'ruby' ? rubyBlockComment(text, 0, 'code') : 'code';
  let quote = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (char === '\n') {
      out.push('\n');
      i += 1;
      // Only backtick strings and the block forms continue on the next line.
      if (mode === 'line-comment' || (mode === 'string' && quote !== '`')) mode = 'code';
      if (language === 'ruby') mode = rubyBlockComment(text, i, mode);
      continue;
    }
    if (mode === 'block-comment' && text.startsWith('*/', i)) {
      out.push('  ');
      i += 2;
      mode = 'code';
    } else if (mode === 'triple' && text.startsWith(quote, i)) {
      out.push(quote);
      i += 3;
      mode = 'code';
    } else if (mode === 'line-comment' || mode === 'block-comment' || mode === 'ruby-block' || mode === 'triple') {
      // An escaped quote (\") does not end a triple-quoted string.
      const width = mode === 'triple' && char === '\\' && text[i + 1] !== '\n' && i + 1 < text.length ? 2 : 1;
      out.push(' '.repeat(width));
      i += width;
    } else if (mode === 'string') {
      const escapes = !(quote === '`' && language === 'go');
      const width = escapes && char === '\\' && text[i + 1] !== '\n' && i + 1 < text.length ? 2 : 1;
      out.push(text.slice(i, i + width));
      if (width === 1 && char === quote) mode = 'code';
      i += width;
    } else {
      const step = codeStep(text, i, language, syntax);
      out.push(step.output);
      i += step.output.length;
      if (step.mode) mode = step.mode;
      if (step.quote) quote = step.quote;
    }
  }
  // A CRLF file keeps no `\r` at line ends, so patterns can anchor on `$`.
  return out.join('').split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}

interface Step {
  output: string;
  mode?: Mode;
  quote?: string;
}

/** What one position in code starts: a comment, a string, or nothing (the character is copied). */
function codeStep(text: string, i: number, language: Language, syntax: Syntax): Step {
  const char = text[i] as string;
  const triple = text.slice(i, i + 3);
  if (syntax.tripleQuotes && (triple === '"""' || (language === 'python' && triple === "'''"))) {
    return { output: triple, mode: 'triple', quote: triple };
  }
  if (syntax.slashes && text.startsWith('//', i)) return { output: '  ', mode: 'line-comment' };
  if (syntax.slashes && text.startsWith('/*', i)) return { output: '  ', mode: 'block-comment' };
  // PHP 8 attributes start with `#[`; they are code.
  if (syntax.hash && char === '#' && !(language === 'php' && text[i + 1] === '[')) return { output: ' ', mode: 'line-comment' };
  if (char === '"' || (char === "'" && syntax.singleQuote) || (char === '`' && syntax.backtick)) {
    return { output: char, mode: 'string', quote: char };
  }
  // An escaped character outside a string (in a regex literal such as /https?:\/\//) is no marker.
  if (char === '\\' && i + 1 < text.length && text[i + 1] !== '\n') return { output: text.slice(i, i + 2) };
  return { output: char };
}

/** Ruby's `=begin` … `=end` block comments start at column 0; the `=end` line is a comment too. */
function rubyBlockComment(text: string, lineStart: number, mode: Mode): Mode {
  if (mode === 'code' && text.startsWith('=begin', lineStart)) return 'ruby-block';
  if (mode === 'ruby-block' && text.startsWith('=end', lineStart)) return 'line-comment';
  return mode;
}
