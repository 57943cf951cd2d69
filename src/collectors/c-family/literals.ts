// String and char literals without interpolation (Go, Rust, Java, and chars everywhere). Their contents
// never count, so each scanner only finds where the literal ends; on failure it records where it lost track.
import { isIdentifierPart, isIdentifierStart } from './chars.js';
import { loseTrack, type LexState } from './lex-state.js';
import { CHAR, LIFETIME, pushToken, STRING } from './tokens.js';

const BACKSLASH = 92;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const QUOTE = 34;
const APOSTROPHE = 39;
const HASH = 35;

function finish(state: LexState, kind: number, start: number, end: number): void {
  pushToken(state.tokens, kind, start, end);
  state.pos = end;
}

/**
 * Offset just after a backslash-escaped literal whose content starts at `from` and ends at `quote`,
 * or -1 when a line ends first (`multiline` false) or the text ends. A line end is left unconsumed.
 */
export function escapedLiteralEnd(text: string, from: number, quote: number, multiline: boolean): number {
  let pos = from;
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    if (code === quote) return pos + 1;
    if (code === BACKSLASH) pos += 2;
    else if (!multiline && (code === LINE_FEED || code === CARRIAGE_RETURN)) return -1;
    else pos++;
  }
  return -1;
}

/** A `"…"` string (with `contentStart` after any prefix such as Rust's `b`). */
export function scanQuotedString(state: LexState, start: number, contentStart: number): void {
  const { text } = state;
  const end = escapedLiteralEnd(text, contentStart, QUOTE, state.dialect.multilineStrings);
  if (end !== -1) return finish(state, STRING, start, end);
  loseTrack(state, start, 'unterminated string');
  finish(state, STRING, start, lineEnd(text, contentStart));
}

/** `'x'`, `'\n'`, `'\u{1F600}'`; in Rust also `'a` (a lifetime or label) when no closing quote follows. */
export function scanCharOrLifetime(state: LexState, start: number): void {
  const { text } = state;
  const first = text.charCodeAt(start + 1);
  if (state.dialect.lifetimes && first !== BACKSLASH && isIdentifierStart(first, false)) {
    // One code point, then a quote, makes a char (`'a'`, `'😀'`); anything else is a lifetime `'a`.
    const width = first >= 0xd800 && first <= 0xdbff ? 2 : 1;
    if (text.charCodeAt(start + 1 + width) !== APOSTROPHE) {
      let pos = start + 1 + width;
      while (pos < text.length && isIdentifierPart(text.charCodeAt(pos), false)) pos++;
      return finish(state, LIFETIME, start, pos);
    }
  }
  const end = escapedLiteralEnd(text, start + 1, APOSTROPHE, false);
  if (end !== -1) return finish(state, CHAR, start, end);
  loseTrack(state, start, 'unterminated character literal');
  finish(state, CHAR, start, lineEnd(text, start));
}

/** Go's `` `…` ``: no escapes, may span lines. */
export function scanBacktickString(state: LexState, start: number): void {
  const close = state.text.indexOf('`', start + 1);
  if (close !== -1) return finish(state, STRING, start, close + 1);
  loseTrack(state, start, 'unterminated raw string');
  finish(state, STRING, start, state.text.length);
}

/** Rust `r"…"`, `r#"…"#` (any number of `#`), after a `b`/`c` prefix too; `quoteOrHash` is just after the `r`. */
export function scanRustRawString(state: LexState, start: number, quoteOrHash: number): void {
  const { text } = state;
  let pos = quoteOrHash;
  while (text.charCodeAt(pos) === HASH) pos++;
  const hashes = pos - quoteOrHash;
  const closing = `"${'#'.repeat(hashes)}`;
  const close = text.indexOf(closing, pos + 1);
  if (close !== -1) return finish(state, STRING, start, close + closing.length);
  loseTrack(state, start, 'unterminated raw string');
  finish(state, STRING, start, text.length);
}

/** True when a Rust raw string starts at `pos` (just after its `r`): `"` or one or more `#` then `"`. */
export function isRustRawStringAt(text: string, pos: number): boolean {
  let at = pos;
  while (text.charCodeAt(at) === HASH) at++;
  return text.charCodeAt(at) === QUOTE;
}

/** Java's `"""` text block: escapes allowed, ends at the first unescaped `"""`. */
export function scanTextBlock(state: LexState, start: number): void {
  const { text } = state;
  let pos = start + 3;
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    if (code === BACKSLASH) pos += 2;
    else if (code === QUOTE && text.startsWith('""', pos + 1)) return finish(state, STRING, start, pos + 3);
    else pos++;
  }
  loseTrack(state, start, 'unterminated text block');
  finish(state, STRING, start, text.length);
}

export function lineEnd(text: string, from: number): number {
  let pos = from;
  while (pos < text.length && text.charCodeAt(pos) !== LINE_FEED && text.charCodeAt(pos) !== CARRIAGE_RETURN) pos++;
  return pos;
}
