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

/**
 * The text with given ranges replaced by spaces. Blanked ranges never hold a newline, so the output has
 * the input's length and line breaks. Copies unblanked text in slices: no allocation per character.
 */
function makeBlanker(text: string) {
  const pieces: string[] = [];
  let copied = 0;
  return {
    blank(from: number, to: number): void {
      if (to <= from) return;
      if (from > copied) pieces.push(text.slice(copied, from));
      pieces.push(' '.repeat(to - from));
      copied = to;
    },
    result(): string {
      pieces.push(text.slice(copied));
      return pieces.join('');
    },
  };
}

const NEWLINE = 10;
// Characters that can start a comment, a string or an escape in some language, plus the line break; any
// other character in code is copied as it is. The table covers every UTF-16 code: reading past the end of
// a typed array is much slower.
const MAY_START_SOMETHING = new Uint8Array(65536);
for (const char of '\n/#"\'`\\') MAY_START_SOMETHING[char.charCodeAt(0)] = 1;
const BACKSLASH = 92;

/** The end of the line holding `from`: the index of its `\n`, or the text's length. */
function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

/** True when a backslash at `i` escapes the next character (not a line break, not the end of the text). */
function escapesNext(text: string, i: number): boolean {
  return i + 1 < text.length && text.charCodeAt(i + 1) !== NEWLINE;
}

/** The file's lines (index 0 is line 1) with every comment character replaced by a space. */
export function codeLines(text: string, language: Language): string[] {
  const syntax = SYNTAX[language];
  const output = makeBlanker(text);
  let mode: Mode = language === 'ruby' ? rubyBlockComment(text, 0, 'code') : 'code';
  let quote = '';
  // Where the open block comment ends (`*/`), or -1 when it runs to the end of the text.
  let blockClose = -1;
  let i = 0;
  while (i < text.length) {
    if (text.charCodeAt(i) === NEWLINE) {
      i += 1;
      // Only backtick strings and the block forms continue on the next line.
      if (mode === 'line-comment' || (mode === 'string' && quote !== '`')) mode = 'code';
      if (language === 'ruby') mode = rubyBlockComment(text, i, mode);
      continue;
    }
    if (mode === 'line-comment' || mode === 'ruby-block') {
      const end = lineEnd(text, i);
      output.blank(i, end);
      i = end;
    } else if (mode === 'block-comment') {
      const end = lineEnd(text, i);
      if (blockClose !== -1 && blockClose < end) {
        output.blank(i, blockClose + 2);
        i = blockClose + 2;
        mode = 'code';
      } else {
        output.blank(i, end);
        i = end;
      }
    } else if (mode === 'triple') {
      const end = tripleQuoteOrLineEnd(text, i, quote);
      output.blank(i, end);
      i = end;
      if (i < text.length && text.charCodeAt(i) !== NEWLINE) {
        i += 3;
        mode = 'code';
      }
    } else if (mode === 'string') {
      const close = closingQuote(text, i, quote.charCodeAt(0), !(quote === '`' && language === 'go'));
      if (close === -1) i = lineEnd(text, i);
      else {
        i = close + 1;
        mode = 'code';
      }
    } else if (!MAY_START_SOMETHING[text.charCodeAt(i)]) {
      // Most code characters start nothing: skip the whole run at once.
      i += 1;
      while (i < text.length && !MAY_START_SOMETHING[text.charCodeAt(i)]) i += 1;
    } else {
      const step = codeStep(text, i, language, syntax);
      if (step.blank) output.blank(i, i + step.width);
      i += step.width;
      if (step.mode) mode = step.mode;
      if (step.quote) quote = step.quote;
      if (step.mode === 'block-comment') blockClose = text.indexOf('*/', i);
    }
  }
  const lines = output.result().split('\n');
  // A CRLF file keeps no `\r` at line ends, so patterns can anchor on `$`.
  return text.includes('\r') ? lines.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line)) : lines;
}

/**
 * The index of the quote that closes a one-line string opened before `from`, or -1 when the line (or
 * the text) ends first; a backslash escapes the next character when `escapes`.
 */
function closingQuote(text: string, from: number, quote: number, escapes: boolean): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === quote) return i;
    if (code === NEWLINE) return -1;
    if (code === BACKSLASH && escapes && escapesNext(text, i)) i += 1;
  }
  return -1;
}

/** Where the closing triple quote starts, or the line's end when it is not on this line. */
function tripleQuoteOrLineEnd(text: string, from: number, quote: string): number {
  const quoteCode = quote.charCodeAt(0);
  let i = from;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE || (code === quoteCode && text.startsWith(quote, i))) return i;
    // An escaped quote (\") does not end a triple-quoted string.
    i += code === BACKSLASH && escapesNext(text, i) ? 2 : 1;
  }
  return i;
}

interface Step {
  /** Characters this step covers. */
  width: number;
  /** They are blanked (a comment marker) rather than copied. */
  blank?: boolean;
  mode?: Mode;
  quote?: string;
}

// Shared steps: code opens a string or a comment every few characters.
const COPY_ONE: Step = { width: 1 };
const COPY_TWO: Step = { width: 2 };
const LINE_COMMENT: Step = { width: 2, blank: true, mode: 'line-comment' };
const BLOCK_COMMENT: Step = { width: 2, blank: true, mode: 'block-comment' };
const HASH_COMMENT: Step = { width: 1, blank: true, mode: 'line-comment' };
const OPEN_TRIPLE_DOUBLE: Step = { width: 3, mode: 'triple', quote: '"""' };
const OPEN_TRIPLE_SINGLE: Step = { width: 3, mode: 'triple', quote: "'''" };
const OPEN_STRING: Readonly<Record<string, Step>> = {
  '"': { width: 1, mode: 'string', quote: '"' },
  "'": { width: 1, mode: 'string', quote: "'" },
  '`': { width: 1, mode: 'string', quote: '`' },
};

/** What one position in code starts: a comment, a string, or nothing (the character is copied). */
function codeStep(text: string, i: number, language: Language, syntax: Syntax): Step {
  const char = text[i] as string;
  if (syntax.tripleQuotes && (char === '"' || char === "'")) {
    if (text.startsWith('"""', i)) return OPEN_TRIPLE_DOUBLE;
    if (language === 'python' && text.startsWith("'''", i)) return OPEN_TRIPLE_SINGLE;
  }
  if (syntax.slashes && char === '/') {
    const next = text[i + 1];
    if (next === '/') return LINE_COMMENT;
    if (next === '*') return BLOCK_COMMENT;
  }
  // PHP 8 attributes start with `#[`; they are code.
  if (syntax.hash && char === '#' && !(language === 'php' && text[i + 1] === '[')) return HASH_COMMENT;
  if (char === '"' || (char === "'" && syntax.singleQuote) || (char === '`' && syntax.backtick)) return OPEN_STRING[char] as Step;
  // An escaped character outside a string (in a regex literal such as /https?:\/\//) is no marker.
  if (char === '\\' && escapesNext(text, i)) return COPY_TWO;
  return COPY_ONE;
}

/** Ruby's `=begin` … `=end` block comments start at column 0; the `=end` line is a comment too. */
function rubyBlockComment(text: string, lineStart: number, mode: Mode): Mode {
  if (mode === 'code' && text.startsWith('=begin', lineStart)) return 'ruby-block';
  if (mode === 'ruby-block' && text.startsWith('=end', lineStart)) return 'line-comment';
  return mode;
}
