// A single-pass Python tokenizer over char codes. It keeps only what the collector needs:
// names, operators, numbers and strings grouped into logical lines, plus every comment.
// It never throws; when it cannot follow the file it records the first place it lost track.
import { consumeNewline, isNameChar, isNameStart, recordError, type LexError, type ScanState } from './scan-state.js';
import { isStringPrefix, scanFString, scanPlainString } from './strings.js';

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

export interface LogicalLine {
  /** Indentation width of the first token (tabs advance to the next multiple of 8). */
  indent: number;
  tokens: Token[];
}

export interface Comment {
  line: number;
  column: number;
  /** The comment including its leading `#`. */
  text: string;
}

export interface LexResult {
  lines: LogicalLine[];
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

export function lexPython(text: string): LexResult {
  const state: ScanState = { text, pos: 0, line: 1, lineStart: 0 };
  if (text.charCodeAt(0) === BOM) {
    state.pos = 1;
    state.lineStart = 1;
  }
  const lines: LogicalLine[] = [];
  const comments: Comment[] = [];
  let tokens: Token[] = [];
  let indent = 0;
  let depth = 0;
  let outermostBracketLine = 0;
  const length = text.length;

  // `lineStart` is taken before scanning, since a string token may span several lines.
  const push = (type: TokenType, start: number, line: number, lineStart: number): void => {
    const column = start - lineStart + 1;
    if (tokens.length === 0) indent = indentWidth(text, lineStart, start);
    tokens.push({ type, text: text.slice(start, state.pos), line, column, start, end: state.pos });
  };
  const endLogicalLine = (): void => {
    if (tokens.length > 0) lines.push({ indent, tokens });
    tokens = [];
  };

  while (state.pos < length) {
    const code = text.charCodeAt(state.pos);
    if (code === SPACE || code === TAB || code === FORM_FEED) {
      state.pos += 1;
      continue;
    }
    if (code === LF || code === CR) {
      consumeNewline(state);
      if (depth === 0) endLogicalLine();
      continue;
    }
    const start = state.pos;
    const line = state.line;
    const lineStart = state.lineStart;
    if (code === HASH) {
      let end = start;
      while (end < length) {
        const c = text.charCodeAt(end);
        if (c === LF || c === CR) break;
        end += 1;
      }
      comments.push({ line, column: start - lineStart + 1, text: text.slice(start, end) });
      state.pos = end;
      continue;
    }
    if (code === BACKSLASH) {
      const next = text.charCodeAt(start + 1);
      state.pos += 1;
      if (next === LF || next === CR) consumeNewline(state);
      continue;
    }
    if (code === SINGLE_QUOTE || code === DOUBLE_QUOTE) {
      scanString(state, '');
      push('string', start, line, lineStart);
      continue;
    }
    if (isNameStart(code)) {
      let end = start + 1;
      while (end < length && isNameChar(text.charCodeAt(end))) end += 1;
      const next = text.charCodeAt(end);
      if (
        (next === SINGLE_QUOTE || next === DOUBLE_QUOTE) &&
        end - start <= 2 &&
        isStringPrefix(text.slice(start, end).toLowerCase())
      ) {
        const prefix = text.slice(start, end);
        state.pos = end;
        scanString(state, prefix);
        push('string', start, line, lineStart);
        continue;
      }
      state.pos = end;
      push('name', start, line, lineStart);
      continue;
    }
    if (isDigit(code) || (code === DOT && isDigit(text.charCodeAt(start + 1)))) {
      let end = start + 1;
      while (end < length) {
        const c = text.charCodeAt(end);
        if (!(isNameChar(c) || c === DOT)) break;
        end += 1;
      }
      state.pos = end;
      push('number', start, line, lineStart);
      continue;
    }
    state.pos += operatorLength(text, start);
    if (code === 40 || code === 91 || code === 123) {
      if (depth === 0) outermostBracketLine = line;
      depth += 1;
    } else if (code === 41 || code === 93 || code === 125) {
      if (depth === 0) recordError(state, line, 'unmatched closing bracket');
      else depth -= 1;
    }
    push('op', start, line, lineStart);
  }
  endLogicalLine();
  if (depth > 0) recordError(state, outermostBracketLine, 'unclosed bracket');
  return state.error ? { lines, comments, error: state.error } : { lines, comments };
}
