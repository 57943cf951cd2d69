// JSX elements. Tag names, attribute strings and text children are not code: an apostrophe in
// `Don't` or a `// …` in text is just text. Only `{ … }` containers hand control back to the code lexer.
import { isIdentifierPart, isIdentifierStart, skipIdentifier, skipWhitespace } from './chars.js';
import {
  JSX_ATTRIBUTE_FRAME,
  JSX_CHILD_FRAME,
  JSX_ELEMENT_FRAME,
  loseTrack,
  popFrame,
  pushFrame,
  scanComment,
  topFrame,
  type LexState,
} from './lex-state.js';
import { JSX, OPEN_BRACE, PUNCT, pushToken } from './tokens.js';

export const JSX_TAG = 1;
export const JSX_CHILDREN = 2;

/** Distinct tag names whose closing tag is searched for; beyond this, `<Name>(` is taken as generics. */
const CLOSING_TAG_SEARCH_LIMIT = 32;

/**
 * In .tsx, `<T,>(x) => …`, `<T extends X>(x) => …` and `<T = X>` are type parameters, not elements.
 * So is `<T>(` in a type (`fn: <T>(x: T) => T`), unless the file also has `</T>`: then it is an
 * element whose text starts with `(`. `pos` is just after the `<`.
 */
export function looksLikeTypeParameters(state: LexState, pos: number): boolean {
  const { text } = state;
  const nameStart = skipWhitespace(text, pos);
  const nameEnd = skipIdentifier(text, nameStart);
  const next = skipWhitespace(text, nameEnd);
  const code = text.charCodeAt(next);
  if (code === 44 || code === 61) return true;
  if (code === 62) return text.charCodeAt(next + 1) === 40 && !hasClosingTag(state, text.slice(nameStart, nameEnd));
  return next > nameEnd && text.startsWith('extends', next) && !isIdentifierPart(text.charCodeAt(next + 7));
}

function hasClosingTag(state: LexState, name: string): boolean {
  const known = state.closingTags.get(name);
  if (known !== undefined) return known;
  if (state.closingTags.size >= CLOSING_TAG_SEARCH_LIMIT) return false;
  const found = state.text.includes(`</${name}>`);
  state.closingTags.set(name, found);
  return found;
}

/** Starts a JSX element at the `<` at `state.pos`. */
export function startJsx(state: LexState): void {
  state.pos++;
  enterTag(state, state.pos - 1);
}

/** After `<`: a fragment `<>` goes straight to children, otherwise read the tag's attributes. */
function enterTag(state: LexState, tagStart: number): void {
  pushFrame(state, JSX_ELEMENT_FRAME, -1, tagStart);
  if (state.text.charCodeAt(state.pos) === 62) {
    state.pos++;
    continueJsx(state, JSX_CHILDREN);
    return;
  }
  state.pos = skipTagName(state.text, state.pos);
  continueJsx(state, JSX_TAG);
}

/**
 * Reads JSX from `state.pos` in the given mode until a `{` container opens (control returns to the
 * code lexer) or the outermost element closes.
 */
export function continueJsx(state: LexState, startMode: number): void {
  const { text } = state;
  let mode = startMode;
  while (state.pos < text.length) {
    if (mode === JSX_TAG) {
      const outcome = readTag(state);
      if (outcome === TAG_CONTAINER) return;
      if (outcome === TAG_OPENED) {
        mode = JSX_CHILDREN;
        continue;
      }
      if (outcome === TAG_SELF_CLOSED && !closeElement(state)) return;
      if (outcome === TAG_EOF) break;
      mode = JSX_CHILDREN;
      continue;
    }
    const outcome = readChildren(state);
    if (outcome === CHILD_CONTAINER) return;
    if (outcome === CHILD_NESTED_TAG) {
      mode = JSX_TAG;
      continue;
    }
    if (outcome === CHILD_CLOSED && !closeElement(state)) return;
    if (outcome === CHILD_EOF) break;
  }
  loseTrack(state, state.frameOffsets[state.frameOffsets.length - 1] ?? state.pos, 'unterminated JSX element');
}

/**
 * Pops the element that just closed. Returns true when its parent element's children continue,
 * false when it was the outermost element and code resumes.
 */
function closeElement(state: LexState): boolean {
  if (topFrame(state) === JSX_ELEMENT_FRAME) popFrame(state);
  if (topFrame(state) === JSX_ELEMENT_FRAME) return true;
  pushToken(state.tokens, JSX, state.pos, state.pos);
  return false;
}

const TAG_CONTAINER = 1;
const TAG_OPENED = 2;
const TAG_SELF_CLOSED = 3;
const TAG_EOF = 4;

/** Reads attributes until `>`, `/>`, a `{` container, or the end of the text. */
function readTag(state: LexState): number {
  const { text } = state;
  while (state.pos < text.length) {
    const code = text.charCodeAt(state.pos);
    if (code === 62) {
      state.pos++;
      return TAG_OPENED;
    }
    if (code === 47) {
      const next = text.charCodeAt(state.pos + 1);
      if (next === 62) {
        state.pos += 2;
        return TAG_SELF_CLOSED;
      }
      if (next === 47 || next === 42) {
        scanComment(state);
        continue;
      }
    } else if (code === OPEN_BRACE) {
      const index = pushToken(state.tokens, PUNCT, state.pos, state.pos + 1, OPEN_BRACE);
      pushFrame(state, JSX_ATTRIBUTE_FRAME, index, state.pos);
      state.pos++;
      return TAG_CONTAINER;
    } else if (code === 34 || code === 39) {
      const close = text.indexOf(code === 34 ? '"' : "'", state.pos + 1);
      if (close === -1) {
        loseTrack(state, state.pos, 'unterminated string');
        state.pos = text.length;
        return TAG_EOF;
      }
      state.pos = close + 1;
      continue;
    }
    state.pos++;
  }
  return TAG_EOF;
}

const CHILD_CONTAINER = 1;
const CHILD_NESTED_TAG = 2;
const CHILD_CLOSED = 3;
const CHILD_EOF = 4;

/** Skips text children until a `{` container, a nested tag, or the element's closing tag. */
function readChildren(state: LexState): number {
  const { text } = state;
  let pos = state.pos;
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    if (code === OPEN_BRACE) {
      const index = pushToken(state.tokens, PUNCT, pos, pos + 1, OPEN_BRACE);
      pushFrame(state, JSX_CHILD_FRAME, index, pos);
      state.pos = pos + 1;
      return CHILD_CONTAINER;
    }
    if (code === 60) {
      const next = text.charCodeAt(pos + 1);
      if (next === 47) {
        const close = text.indexOf('>', pos + 2);
        state.pos = close === -1 ? text.length : close + 1;
        return close === -1 ? CHILD_EOF : CHILD_CLOSED;
      }
      if (next === 62 || isIdentifierStart(next)) {
        state.pos = pos + 1;
        if (next === 62) {
          state.pos++;
          pushFrame(state, JSX_ELEMENT_FRAME, -1, pos);
          pos = state.pos;
          continue;
        }
        state.pos = skipTagName(text, state.pos);
        pushFrame(state, JSX_ELEMENT_FRAME, -1, pos);
        return CHILD_NESTED_TAG;
      }
    }
    pos++;
  }
  state.pos = text.length;
  return CHILD_EOF;
}

function skipTagName(text: string, from: number): number {
  let pos = from;
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    if (!isIdentifierPart(code) && code !== 46 && code !== 58 && code !== 45) break;
    pos++;
  }
  return pos;
}
