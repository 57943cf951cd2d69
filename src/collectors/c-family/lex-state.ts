// Shared state of one lexing run, brackets and comments. Open brackets live in an explicit stack so
// input nested 100,000 deep never grows the call stack.
import type { Dialect } from './dialect.js';
import {
  CLOSE_BRACE,
  CLOSE_BRACKET,
  CLOSE_PAREN,
  clearTokens,
  createTokenBuffer,
  OPEN_BRACE,
  OPEN_BRACKET,
  OPEN_PAREN,
  pair,
  PUNCT,
  pushToken,
  type TokenBuffer,
} from './tokens.js';

export interface LostTrack {
  /** Offset of the construct the lexer could not follow. */
  offset: number;
  reason: string;
}

export interface LexState {
  text: string;
  dialect: Dialect;
  pos: number;
  tokens: TokenBuffer;
  commentStarts: number[];
  commentEnds: number[];
  /** Token indexes of the brackets still open. */
  openBrackets: number[];
  lostTrack: LostTrack | undefined;
}

export function createLexState(text: string, dialect: Dialect, spare?: TokenBuffer): LexState {
  return {
    text,
    dialect,
    pos: 0,
    tokens: tokenBufferFor(text, spare),
    commentStarts: [],
    commentEnds: [],
    openBrackets: [],
    lostTrack: undefined,
  };
}

/** About one token per four characters; `spare` is emptied and reused when it is big enough. */
function tokenBufferFor(text: string, spare: TokenBuffer | undefined): TokenBuffer {
  const capacity = Math.min(1 << 20, Math.max(1024, text.length >> 2));
  if (spare === undefined || spare.kinds.length < capacity) return createTokenBuffer(capacity);
  clearTokens(spare);
  return spare;
}

/** Records the first place the lexer lost track; later problems are usually its consequences. */
export function loseTrack(state: LexState, offset: number, reason: string): void {
  if (state.lostTrack === undefined) state.lostTrack = { offset, reason };
}

const OPENER_OF: Record<number, number> = {
  [CLOSE_PAREN]: OPEN_PAREN,
  [CLOSE_BRACKET]: OPEN_BRACKET,
  [CLOSE_BRACE]: OPEN_BRACE,
};

/** How far below the top a stray closer looks for its opener; keeps hostile input linear. */
const RECOVERY_DEPTH = 64;

export function closeBracket(state: LexState, code: number): void {
  const { tokens, openBrackets } = state;
  const index = pushToken(tokens, PUNCT, state.pos, state.pos + 1, code);
  const expected = OPENER_OF[code] ?? 0;
  const top = openBrackets.length - 1;
  let depth = top;
  while (depth >= 0 && depth > top - RECOVERY_DEPTH && tokens.values[openBrackets[depth] ?? 0] !== expected) depth--;
  if (depth !== top) loseTrack(state, state.pos, `unbalanced \`${String.fromCharCode(code)}\``);
  // A stray closer pairs with the nearest matching opener, dropping unclosed ones above it, if there is one.
  if (depth >= 0 && tokens.values[openBrackets[depth] ?? 0] === expected) {
    pair(tokens, openBrackets[depth] ?? 0, index);
    // `pop` for the usual case: setting `length` is a much slower builtin call.
    if (depth === top) openBrackets.pop();
    else openBrackets.length = depth;
  }
  state.pos++;
}

export function reportUnclosed(state: LexState): void {
  const open = state.openBrackets[state.openBrackets.length - 1];
  if (open === undefined) return;
  const code = state.tokens.values[open] ?? 0;
  loseTrack(state, state.tokens.starts[open] ?? 0, `unclosed \`${String.fromCharCode(code)}\``);
}

/** Reads a `//` or `/*` comment at `state.pos`; block comments nest when the dialect says so. */
export function scanComment(state: LexState): void {
  const { text } = state;
  const start = state.pos;
  if (text.charCodeAt(start + 1) === 47) {
    const newline = text.indexOf('\n', start + 2);
    state.pos = newline === -1 ? text.length : newline;
  } else {
    state.pos = blockCommentEnd(text, start, state.dialect.nestedBlockComments);
    if (state.pos === -1) {
      loseTrack(state, start, 'unterminated block comment');
      state.pos = text.length;
    }
  }
  state.commentStarts.push(start);
  state.commentEnds.push(state.pos);
}

/** Offset just after the block comment starting at `start`, or -1 when it never closes. */
export function blockCommentEnd(text: string, start: number, nested: boolean): number {
  if (!nested) {
    const close = text.indexOf('*/', start + 2);
    return close === -1 ? -1 : close + 2;
  }
  let depth = 1;
  let pos = start + 2;
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    if (code === 47 && text.charCodeAt(pos + 1) === 42) {
      depth++;
      pos += 2;
    } else if (code === 42 && text.charCodeAt(pos + 1) === 47) {
      pos += 2;
      if (--depth === 0) return pos;
    } else {
      pos++;
    }
  }
  return -1;
}
