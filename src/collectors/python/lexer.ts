// A single-pass Python tokenizer over char codes. It keeps only what the collector needs:
// names, operators, numbers and strings grouped into logical lines, plus every comment.
// It never throws; when it cannot follow the file it records the first place it lost track.
import { isNameChar, isNameStart, recordError, type LexError, type ScanState } from './scan-state.js';
import { isStringPrefix, scanFString, scanPlainString } from './strings.js';
import { rememberLast } from '../remember-last.js';

export type TokenType = 'name' | 'op' | 'number' | 'string';

export interface Token {
  type: TokenType;
  text: string;
  line: number;
  column: number;
  /** Offsets into the source text, for quoting source in messages. */
  start: number;
  end: number;
}

/** Token type codes in a TokenTable, in the order of TYPE_NAMES. */
export const NAME = 0;
export const OP = 1;
const NUMBER = 2;
const STRING = 3;
const TYPE_NAMES: readonly TokenType[] = ['name', 'op', 'number', 'string'];

/** Numbers kept per token in TokenTable: type code, start, end, line, column. */
const FIELDS = 5;

/**
 * A file's tokens as numbers in one flat typed array. Most tokens (deep inside function bodies) are
 * never read one by one, so Token objects and their text are only made on request: one object per
 * token made most of the lexing time go to allocation and garbage collection.
 */
export class TokenTable {
  count = 0;
  private data: Int32Array;

  constructor(readonly source: string) {
    // Python averages about one token per five characters; the table grows when that is short.
    this.data = new Int32Array((64 + (source.length >> 2)) * FIELDS);
  }

  add(type: number, start: number, end: number, line: number, column: number): void {
    let at = this.count * FIELDS;
    if (at === this.data.length) this.grow();
    const { data } = this;
    data[at++] = type;
    data[at++] = start;
    data[at++] = end;
    data[at++] = line;
    data[at] = column;
    this.count += 1;
  }

  type(index: number): number {
    return this.data[index * FIELDS] ?? -1;
  }

  start(index: number): number {
    return this.data[index * FIELDS + 1] ?? 0;
  }

  end(index: number): number {
    return this.data[index * FIELDS + 2] ?? 0;
  }

  line(index: number): number {
    return this.data[index * FIELDS + 3] ?? 0;
  }

  column(index: number): number {
    return this.data[index * FIELDS + 4] ?? 0;
  }

  text(index: number): string {
    return this.source.slice(this.start(index), this.end(index));
  }

  /** True when the token is the operator `op`, a single character given by its code. */
  isOp(index: number, op: number): boolean {
    const start = this.start(index);
    return this.type(index) === OP && this.end(index) - start === 1 && this.source.charCodeAt(start) === op;
  }

  isName(index: number, word: string): boolean {
    const start = this.start(index);
    return this.type(index) === NAME && this.end(index) - start === word.length && this.source.startsWith(word, start);
  }

  /** Tokens `from` up to (not including) `to` as objects. */
  tokens(from: number, to: number): Token[] {
    const tokens: Token[] = [];
    for (let index = from; index < to; index++) {
      tokens.push({
        type: TYPE_NAMES[this.type(index)] ?? 'op',
        text: this.text(index),
        line: this.line(index),
        column: this.column(index),
        start: this.start(index),
        end: this.end(index),
      });
    }
    return tokens;
  }

  private grow(): void {
    const larger = new Int32Array(this.data.length * 2);
    larger.set(this.data);
    this.data = larger;
  }
}

/**
 * Logical lines as runs of the token table: line `i` holds tokens `firsts[i]` up to the next line's
 * first token (or the end of the table).
 */
export interface LogicalLines {
  tokens: TokenTable;
  firsts: number[];
  /** Indentation width of each line's first token (tabs advance to the next multiple of 8). */
  indents: number[];
  /** Indexes of the `;` tokens, ascending: few lines have one, so the rest need no search for them. */
  semicolons: number[];
}

/** Index after the last token of logical line `index`. */
export function lineEnd(lines: LogicalLines, index: number): number {
  return lines.firsts[index + 1] ?? lines.tokens.count;
}

export interface Comment {
  line: number;
  column: number;
  /** The comment including its leading `#`. */
  text: string;
}

export interface LexResult {
  lines: LogicalLines;
  comments: Comment[];
  error?: LexError;
}

export type { LexError } from './scan-state.js';

const CR = 13;
const LF = 10;
const TAB = 9;
const FORM_FEED = 12;
const SPACE = 32;
const HASH = 35;
const BACKSLASH = 92;
const SINGLE_QUOTE = 39;
const DOUBLE_QUOTE = 34;
const DOT = 46;
const EQUALS = 61;
const SEMICOLON = 59;
const BOM = 0xfeff;

/** Length of the operator at `pos`: `...`, `**=`, `->`, `:=`, `==`, `+=` and the like, else 1. */
function operatorLength(text: string, pos: number): number {
  const code = text.charCodeAt(pos);
  const next = text.charCodeAt(pos + 1);
  if (code === DOT) return next === DOT && text.charCodeAt(pos + 2) === DOT ? 3 : 1;
  // `**`, `//`, `<<`, `>>` and their augmented forms.
  if ((code === 42 || code === 47 || code === 60 || code === 62) && next === code) {
    return text.charCodeAt(pos + 2) === EQUALS ? 3 : 2;
  }
  if (code === 45 && next === 62) return 2;
  if (next !== EQUALS) return 1;
  // `==`, `!=`, `<=`, `>=`, `:=` and augmented assignments.
  return code === 61 || code === 33 || code === 60 || code === 62 || code === 58 || code === 43 ||
    code === 45 || code === 42 || code === 47 || code === 37 || code === 38 || code === 124 ||
    code === 94 || code === 64
    ? 2
    : 1;
}

/** True when the name `text[start..end)` is a string prefix directly followed by a quote (`rb"…"`). */
function isStringPrefixAt(text: string, start: number, end: number): boolean {
  const next = text.charCodeAt(end);
  return (next === SINGLE_QUOTE || next === DOUBLE_QUOTE) && end - start <= 2 &&
    isStringPrefix(text.slice(start, end).toLowerCase());
}

function indexOrLength(text: string, search: string, from: number): number {
  const index = text.indexOf(search, from);
  return index < 0 ? text.length : index;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function indentWidth(text: string, from: number, to: number): number {
  let width = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === SPACE) width += 1;
    else if (code === TAB) width = width - (width % 8) + 8;
    else if (code === FORM_FEED) width = 0;
    else break;
  }
  return width;
}

/**
 * Scans the string whose opening quote is at `state.pos` (its prefix already consumed).
 * An unterminated string records the error and ends where scanning stopped.
 */
function scanString(state: ScanState, prefix: string): void {
  const quote = state.text.charCodeAt(state.pos);
  const triple =
    state.text.charCodeAt(state.pos + 1) === quote && state.text.charCodeAt(state.pos + 2) === quote;
  const lowered = prefix.toLowerCase();
  const raw = lowered.includes('r');
  if (lowered.includes('f') || lowered.includes('t')) scanFString(state, quote, triple, raw);
  else scanPlainString(state, quote, triple);
}

// mock-data and python-code both lex a Python file, one right after the other in the same thread.
export const lexPython: (text: string) => LexResult = rememberLast(lex);

function lex(text: string): LexResult {
  const state: ScanState = { text, pos: 0, line: 1, lineStart: 0 };
  const length = text.length;
  const table = new TokenTable(text);
  const lines: LogicalLines = { tokens: table, firsts: [], indents: [], semicolons: [] };
  const comments: Comment[] = [];
  // The scan position lives in locals (no closures over them); `state` is synced only around string scans.
  let pos = text.charCodeAt(0) === BOM ? 1 : 0;
  let line = 1;
  let lineStart = pos;
  let lineFirst = 0;
  let indent = 0;
  let depth = 0;
  let outermostBracketLine = 0;
  // Where the next `\r` is, for finding where comments end: kept, so a file without any is searched once.
  let nextCr = -1;

  while (pos < length) {
    const code = text.charCodeAt(pos);
    if (code === SPACE || code === TAB || code === FORM_FEED) {
      pos += 1;
      continue;
    }
    if (code === LF || code === CR) {
      pos += code === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
      line += 1;
      lineStart = pos;
      if (depth === 0 && table.count > lineFirst) {
        lines.firsts.push(lineFirst);
        lines.indents.push(indent);
        lineFirst = table.count;
      }
      continue;
    }
    const start = pos;
    // Taken before scanning, since a string token may span several lines.
    const startLine = line;
    const startLineStart = lineStart;
    if (code === HASH) {
      if (nextCr < start) nextCr = indexOrLength(text, '\r', start);
      const end = Math.min(indexOrLength(text, '\n', start), nextCr);
      comments.push({ line, column: start - lineStart + 1, text: text.slice(start, end) });
      pos = end;
      continue;
    }
    if (code === BACKSLASH) {
      const next = text.charCodeAt(start + 1);
      pos += 1;
      if (next === LF || next === CR) {
        pos += next === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
        line += 1;
        lineStart = pos;
      }
      continue;
    }
    let type: number;
    if (code === SINGLE_QUOTE || code === DOUBLE_QUOTE) type = STRING;
    else if (isNameStart(code)) {
      let end = start + 1;
      while (end < length && isNameChar(text.charCodeAt(end))) end += 1;
      pos = end;
      type = isStringPrefixAt(text, start, end) ? STRING : NAME;
    } else if (isDigit(code) || (code === DOT && isDigit(text.charCodeAt(start + 1)))) {
      let end = start + 1;
      while (end < length) {
        const c = text.charCodeAt(end);
        if (!(isNameChar(c) || c === DOT)) break;
        end += 1;
      }
      pos = end;
      type = NUMBER;
    } else {
      pos += operatorLength(text, start);
      if (code === 40 || code === 91 || code === 123) {
        if (depth === 0) outermostBracketLine = line;
        depth += 1;
      } else if (code === 41 || code === 93 || code === 125) {
        if (depth === 0) recordError(state, line, 'unmatched closing bracket');
        else depth -= 1;
      } else if (code === SEMICOLON) lines.semicolons.push(table.count);
      type = OP;
    }
    if (type === STRING) {
      state.pos = pos;
      state.line = line;
      state.lineStart = lineStart;
      scanString(state, text.slice(start, pos));
      pos = state.pos;
      line = state.line;
      lineStart = state.lineStart;
    }
    if (table.count === lineFirst) indent = indentWidth(text, startLineStart, start);
    table.add(type, start, pos, startLine, start - startLineStart + 1);
  }
  if (table.count > lineFirst) {
    lines.firsts.push(lineFirst);
    lines.indents.push(indent);
  }
  if (depth > 0) recordError(state, outermostBracketLine, 'unclosed bracket');
  return state.error ? { lines, comments, error: state.error } : { lines, comments };
}
