// One pass over C-family text (Go, Rust, Java, Kotlin, C#) producing significant tokens, bracket pairs
// and comment ranges. It is a lexer, not a parser; the dialect decides which literal forms exist.
import { isDigit, isIdentifierPart, isIdentifierStart, isWhitespace, skipIdentifier } from './chars.js';
import type { Dialect } from './dialect.js';
import { scanInterpolatedString, stringStartAt } from './interpolated.js';
import {
  closeBracket,
  createLexState,
  loseTrack,
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

/** `spare`, when given, is a buffer of an earlier result that is no longer needed: its tokens are overwritten. */
export function lexCFamily(text: string, dialect: Dialect, spare?: TokenBuffer): LexResult {
  const state = createLexState(text, dialect, spare);
  skipBomAndShebang(state);
  const classes = characterClasses(dialect);
  const { tokens } = state;
  // The common tokens are read here with a local offset; everything else goes through `state.pos`.
  let pos = state.pos;
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    const kind = code < 128 ? classes[code] : nonAsciiClass(code);
    if (kind === SPACE) {
      pos++;
    } else if (kind === WORD) {
      const end = wordEnd(text, pos + 1, classes);
      if (dialect.rustRawStrings && end - pos <= 2 && isRustPrefixStart(code)) {
        state.pos = pos;
        readWord(state, end);
        pos = state.pos;
      } else {
        pushToken(tokens, IDENT, pos, end);
        pos = end;
      }
    } else if (kind === PUNCTUATOR) {
      const value = punctuatorValue(code, text.charCodeAt(pos + 1));
      const length = value === code ? 1 : 2;
      pushToken(tokens, PUNCT, pos, pos + length, value);
      pos += length;
    } else if (kind === OPENER) {
      state.openBrackets.push(pushToken(tokens, PUNCT, pos, pos + 1, code));
      pos++;
    } else if (kind === CLOSER) {
      state.pos = pos;
      closeBracket(state, code);
      pos = state.pos;
    } else if (kind === DIGIT) {
      const end = numberEnd(text, pos);
      pushToken(tokens, NUMBER, pos, end);
      pos = end;
    } else {
      state.pos = pos;
      readSymbol(state, code);
      pos = state.pos;
    }
  }
  state.pos = pos;
  reportUnclosed(state);
  return { tokens: state.tokens, commentStarts: state.commentStarts, commentEnds: state.commentEnds, lostTrack: state.lostTrack };
}

// What an ASCII character starts, looked up in a per-dialect table instead of a chain of comparisons.
const SPACE = 1;
const WORD = 2;
const DIGIT = 3;
/** A punctuator that is never the start of anything longer than `::`, `->` or `=>`. */
const PUNCTUATOR = 4;
const OPENER = 5;
const CLOSER = 6;
/** Comments, literals and the characters whose meaning depends on the dialect: `readSymbol` decides. */
const SYMBOL = 7;

const classTables = new Map<Dialect, Uint8Array>();

function characterClasses(dialect: Dialect): Uint8Array {
  let table = classTables.get(dialect);
  if (table === undefined) {
    table = new Uint8Array(128);
    for (let code = 0; code < 128; code++) table[code] = asciiClass(code, dialect);
    classTables.set(dialect, table);
  }
  return table;
}

function asciiClass(code: number, dialect: Dialect): number {
  if (isWhitespace(code)) return SPACE;
  if (isIdentifierStart(code, dialect.dollarInIdentifiers)) return WORD;
  if (isDigit(code)) return DIGIT;
  if (code === 40 || code === 91 || code === 123) return OPENER;
  if (code === 41 || code === 93 || code === 125) return CLOSER;
  // `"`, `#`, `$`, `'`, `/`, `@` and backtick.
  if (code === 34 || code === 35 || code === 36 || code === 39 || code === 47 || code === 64 || code === 96) return SYMBOL;
  return PUNCTUATOR;
}

/** Non-ASCII characters are identifier characters unless they are Unicode spaces. */
function nonAsciiClass(code: number): number {
  return isWhitespace(code) ? SPACE : WORD;
}

function wordEnd(text: string, from: number, classes: Uint8Array): number {
  let pos = from;
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    const kind = code < 128 ? classes[code] : nonAsciiClass(code);
    if (kind !== WORD && kind !== DIGIT) break;
    pos++;
  }
  return pos;
}

function skipBomAndShebang(state: LexState): void {
  const { text } = state;
  if (text.charCodeAt(0) === 0xfeff) state.pos = 1;
  // `#![attr]` is a Rust inner attribute, not a shebang.
  if (text.startsWith('#!', state.pos) && text.charCodeAt(state.pos + 2) !== 91) state.pos = lineEnd(text, state.pos);
}

/** `b`, `c` or `r`: the letters a Rust literal prefix (`b"`, `c"`, `r#"`, `br"`, `cr"`, `r#ident`) starts with. */
function isRustPrefixStart(code: number): boolean {
  return code === 98 || code === 99 || code === 114;
}

/** A string whose prefix looks like an identifier (Rust `r"…"`, `br#"…"#`, `b"…"`; raw identifiers `r#type`), else the identifier ending at `end`. */
function readWord(state: LexState, end: number): void {
  const { text } = state;
  const start = state.pos;
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
  pushToken(state.tokens, IDENT, start, end);
  state.pos = end;
}

/** Digits, letters, `_` and a `.` followed by a digit; `1..10` stays a range, `1e-3` one number. */
function numberEnd(text: string, start: number): number {
  const hex = text.charCodeAt(start) === 48 && (text.charCodeAt(start + 1) | 32) === 120;
  let pos = start + 1;
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    const exponentSign = (code === 43 || code === 45) && !hex && (text.charCodeAt(pos - 1) | 32) === 101;
    const fraction = code === 46 && isDigit(text.charCodeAt(pos + 1));
    if (!exponentSign && !fraction && !isIdentifierPart(code, false)) break;
    pos++;
  }
  return pos;
}

function readSymbol(state: LexState, code: number): void {
  const { text, dialect } = state;
  const pos = state.pos;
  const next = text.charCodeAt(pos + 1);
  if (code === 47 && (next === 47 || next === 42)) return scanComment(state);
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
  const value = punctuatorValue(code, next);
  const length = value === code ? 1 : 2;
  pushToken(state.tokens, PUNCT, state.pos, state.pos + length, value);
  state.pos += length;
}

/** The punctuator value at a character: its code, or one of the two-character values. */
function punctuatorValue(code: number, next: number): number {
  if (code === 58 && next === 58) return DOUBLE_COLON;
  if (code === 45 && next === 62) return THIN_ARROW;
  if (code === 61 && next === 62) return FAT_ARROW;
  return code;
}
