// One pass over C-family text (Go, Rust, Java, Kotlin, C#) producing significant tokens, bracket pairs
// and comment ranges. It is a lexer, not a parser; the dialect decides which literal forms exist.
import { isDigit, isIdentifierPart, isIdentifierStart, isWhitespace, skipIdentifier } from './chars.js';
import type { Dialect } from './dialect.js';
import { scanInterpolatedString, stringStartAt } from './interpolated.js';
import {
  closeBracket,
  createLexState,
  loseTrack,
  openBracket,
  reportUnclosed,
  scanComment,
  type LexState,
  type LostTrack,
} from './lex-state.js';
import {
  isRustRawStringAt,
  lineEnd,
  scanBacktickString,
  scanCharOrLifetime,
  scanQuotedString,
  scanRustRawString,
  scanTextBlock,
} from './literals.js';
import { DOUBLE_COLON, FAT_ARROW, IDENT, NUMBER, PUNCT, pushToken, THIN_ARROW, type TokenBuffer } from './tokens.js';

export interface LexResult {
  tokens: TokenBuffer;
  commentStarts: number[];
  commentEnds: number[];
  lostTrack: LostTrack | undefined;
}

export function lexCFamily(text: string, dialect: Dialect): LexResult {
  const state = createLexState(text, dialect);
  skipBomAndShebang(state);
  while (state.pos < text.length) {
    const code = text.charCodeAt(state.pos);
    if (isWhitespace(code)) state.pos++;
    else if (isIdentifierStart(code, dialect.dollarInIdentifiers)) readWord(state);
    else if (isDigit(code)) scanNumber(state);
    else readSymbol(state, code);
  }
  reportUnclosed(state);
  return { tokens: state.tokens, commentStarts: state.commentStarts, commentEnds: state.commentEnds, lostTrack: state.lostTrack };
}

function skipBomAndShebang(state: LexState): void {
  const { text } = state;
  if (text.charCodeAt(0) === 0xfeff) state.pos = 1;
  // `#![attr]` is a Rust inner attribute, not a shebang.
  if (text.startsWith('#!', state.pos) && text.charCodeAt(state.pos + 2) !== 91) state.pos = lineEnd(text, state.pos);
}

/** An identifier, or a string whose prefix looks like one (Rust `r"…"`, `br#"…"#`, `b"…"`; raw identifiers `r#type`). */
function readWord(state: LexState): void {
  const { text, dialect } = state;
  const start = state.pos;
  const end = skipIdentifier(text, start + 1, dialect.dollarInIdentifiers);
  if (dialect.rustRawStrings && end - start <= 2) {
    const word = text.slice(start, end);
    const next = text.charCodeAt(end);
    if ((word === 'r' || word === 'br' || word === 'cr') && isRustRawStringAt(text, end)) {
      return scanRustRawString(state, start, end);
    }
    if ((word === 'b' || word === 'c') && next === 34) return scanQuotedString(state, start, end + 1);
    if (word === 'b' && next === 39) {
      state.pos = end;
      return scanCharOrLifetime(state, end);
    }
    if (word === 'r' && next === 35 && isIdentifierStart(text.charCodeAt(end + 1), false)) {
      state.pos = skipIdentifier(text, end + 1, false);
      pushToken(state.tokens, IDENT, start, state.pos);
      return;
    }
  }
  pushToken(state.tokens, IDENT, start, end);
  state.pos = end;
}

/** Digits, letters, `_` and a `.` followed by a digit; `1..10` stays a range, `1e-3` one number. */
function scanNumber(state: LexState): void {
  const { text } = state;
  const start = state.pos;
  const hex = text.charCodeAt(start) === 48 && (text.charCodeAt(start + 1) | 32) === 120;
  let pos = start + 1;
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    const exponentSign = (code === 43 || code === 45) && !hex && (text.charCodeAt(pos - 1) | 32) === 101;
    const fraction = code === 46 && isDigit(text.charCodeAt(pos + 1));
    if (!exponentSign && !fraction && !isIdentifierPart(code, false)) break;
    pos++;
  }
  pushToken(state.tokens, NUMBER, start, pos);
  state.pos = pos;
}

function readSymbol(state: LexState, code: number): void {
  const { text, dialect } = state;
  const pos = state.pos;
  const next = text.charCodeAt(pos + 1);
  if (code === 47 && (next === 47 || next === 42)) return scanComment(state);
  if (code === 40 || code === 91 || code === 123) return openBracket(state, code);
  if (code === 41 || code === 93 || code === 125) return closeBracket(state, code);
  if (code === 39) return scanCharOrLifetime(state, pos);
  if (dialect.interpolation !== 'none' && (code === 34 || code === 36 || code === 64)) {
    const string = stringStartAt(state, pos);
    if (string !== undefined) return scanInterpolatedString(state, string.frame, string.contentStart);
  } else if (code === 34) {
    return dialect.tripleQuotes === 'java' && text.startsWith('"""', pos) ? scanTextBlock(state, pos) : scanQuotedString(state, pos, pos + 1);
  }
  if (code === 96 && dialect.backtick !== 'none') return readBacktick(state);
  if (code === 35 && dialect.preprocessorLines && startsLine(text, pos)) {
    state.pos = lineEnd(text, pos);
    return;
  }
  if (code === 64 && dialect.interpolation === 'csharp' && isIdentifierStart(next, false)) {
    // `@class`: a C# verbatim identifier.
    state.pos = skipIdentifier(text, pos + 1, false);
    pushToken(state.tokens, IDENT, pos, state.pos);
    return;
  }
  readPunctuator(state, code, next);
}

function readBacktick(state: LexState): void {
  const { text } = state;
  const start = state.pos;
  if (state.dialect.backtick === 'raw-string') return scanBacktickString(state, start);
  // Kotlin: `` `names with spaces` `` are identifiers, common for test names; they end on their line.
  const close = text.indexOf('`', start + 1);
  const end = lineEnd(text, start + 1);
  if (close === -1 || close > end) {
    loseTrack(state, start, 'unterminated backtick identifier');
    state.pos = end;
    return;
  }
  pushToken(state.tokens, IDENT, start, close + 1);
  state.pos = close + 1;
}

function startsLine(text: string, pos: number): boolean {
  let at = pos - 1;
  while (at >= 0 && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at--;
  return at < 0 || text.charCodeAt(at) === 10 || text.charCodeAt(at) === 13;
}

function readPunctuator(state: LexState, code: number, next: number): void {
  let length = 1;
  let value = code;
  if (code === 58 && next === 58) value = DOUBLE_COLON;
  else if (code === 45 && next === 62) value = THIN_ARROW;
  else if (code === 61 && next === 62) value = FAT_ARROW;
  if (value !== code) length = 2;
  pushToken(state.tokens, PUNCT, state.pos, state.pos + length, value);
  state.pos += length;
}
