// String, template and regular-expression literals. Their contents never count for anything, so
// the scanners only find where each literal ends.
import { isIdentifierPart } from './chars.js';
import { loseTrack, pushFrame, TEMPLATE_FRAME, type LexState } from './lex-state.js';
import { pair, pushToken, REGEX, STRING, TEMPLATE, TEMPLATE_HEAD, TEMPLATE_MIDDLE, TEMPLATE_TAIL } from './tokens.js';

const BACKSLASH = 92;
const BACKTICK = 96;
const DOLLAR = 36;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;

/** Length of the escape starting at `pos`, so that an escaped CRLF line continuation is one unit. */
function escapeLength(text: string, pos: number): number {
  return text.charCodeAt(pos + 1) === CARRIAGE_RETURN && text.charCodeAt(pos + 2) === LINE_FEED ? 3 : 2;
}

/** Reads a `'` or `"` string starting at `state.pos`. */
export function scanString(state: LexState): void {
  const { text } = state;
  const start = state.pos;
  const quote = text.charCodeAt(start);
  let pos = start + 1;
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    // Only quotes, backslashes and line breaks end or bend a string; all but the backslash sort below 40.
    if (code > 39 && code !== BACKSLASH) {
      pos++;
      continue;
    }
    if (code === quote) {
      pushToken(state.tokens, STRING, start, pos + 1);
      state.pos = pos + 1;
      return;
    }
    if (code === BACKSLASH) {
      pos += escapeLength(text, pos);
      continue;
    }
    if (code === LINE_FEED || code === CARRIAGE_RETURN) break;
    pos++;
  }
  loseTrack(state, start, 'unterminated string');
  pushToken(state.tokens, STRING, start, Math.min(pos, text.length));
  state.pos = Math.min(pos, text.length);
}

/**
 * Reads template text from `state.pos` (just after the opening backtick, or after the `}` that closed
 * a substitution) up to the closing backtick or the next `${`.
 * `head` is the token index of the template's head, or -1 when this is the template's first part.
 */
export function scanTemplateText(state: LexState, tokenStart: number, head: number, templateStart: number): void {
  const { text, tokens } = state;
  let pos = state.pos;
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    if (code === BACKTICK) {
      const index = pushToken(tokens, head === -1 ? TEMPLATE : TEMPLATE_TAIL, tokenStart, pos + 1);
      if (head !== -1) pair(tokens, head, index);
      state.pos = pos + 1;
      return;
    }
    if (code === BACKSLASH) {
      pos += escapeLength(text, pos);
      continue;
    }
    if (code === DOLLAR && text.charCodeAt(pos + 1) === 123) {
      const index = pushToken(tokens, head === -1 ? TEMPLATE_HEAD : TEMPLATE_MIDDLE, tokenStart, pos + 2);
      pushFrame(state, TEMPLATE_FRAME, head === -1 ? index : head, templateStart);
      state.pos = pos + 2;
      return;
    }
    pos++;
  }
  loseTrack(state, templateStart, 'unterminated template literal');
  pushToken(tokens, head === -1 ? TEMPLATE : TEMPLATE_TAIL, tokenStart, text.length);
  state.pos = text.length;
}

/**
 * Reads a regular expression literal at `state.pos`. Returns false, consuming nothing, when it does not
 * close on its line: then the `/` was most likely a division the heuristic misjudged.
 */
export function scanRegex(state: LexState): boolean {
  const { text } = state;
  const start = state.pos;
  let pos = start + 1;
  let inClass = false;
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    if (code === BACKSLASH) {
      pos += 2;
      continue;
    }
    if (code === LINE_FEED || code === CARRIAGE_RETURN || code === 0x2028 || code === 0x2029) return false;
    if (code === 91) inClass = true;
    else if (code === 93) inClass = false;
    else if (code === 47 && !inClass) {
      pos++;
      while (pos < text.length && isIdentifierPart(text.charCodeAt(pos))) pos++;
      pushToken(state.tokens, REGEX, start, pos);
      state.pos = pos;
      return true;
    }
    pos++;
  }
  return false;
}
