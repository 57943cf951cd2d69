// Shared state of one lexing run. Nesting (brackets, `${`, JSX) lives in an explicit stack so that
// files nested 10,000 deep never grow the call stack.
import { clearTokens, createTokenBuffer, type TokenBuffer } from './tokens.js';

export const PAREN_FRAME = 1;
export const BRACKET_FRAME = 2;
export const BRACE_FRAME = 3;
/** Inside `${ … }` of a template literal. */
export const TEMPLATE_FRAME = 4;
/** Inside `{ … }` among a JSX tag's attributes. */
export const JSX_ATTRIBUTE_FRAME = 5;
/** Inside `{ … }` among a JSX element's children. */
export const JSX_CHILD_FRAME = 6;
/** Inside a JSX element: its opening tag's attributes, then its children. */
export const JSX_ELEMENT_FRAME = 7;

export interface LostTrack {
  /** Offset of the construct the lexer could not follow. */
  offset: number;
  reason: string;
}

export interface LexState {
  text: string;
  pos: number;
  /** JSX elements may appear (every JavaScript flavour and .tsx). */
  jsx: boolean;
  /** `<T,>` and `<T extends X>` are generics, not JSX (.tsx). */
  tsx: boolean;
  tokens: TokenBuffer;
  commentStarts: number[];
  commentEnds: number[];
  frameKinds: number[];
  /** Token index of the frame's opening bracket, -1 when it has none. */
  frameTokens: number[];
  /** Offset where the frame's construct started, for error lines. */
  frameOffsets: number[];
  lostTrack: LostTrack | undefined;
  /** Whether `</Name>` occurs in the file, per tag name asked about (see `looksLikeTypeParameters`). */
  closingTags: Map<string, boolean>;
}

/**
 * Every run lexes into this one buffer and hands out an exact-size copy (`takeTokens`): allocating and
 * growing fresh typed arrays for each of thousands of small files cost more than lexing them.
 */
const scratchTokens = createTokenBuffer(1 << 16);

export function createLexState(text: string, jsx: boolean, tsx: boolean): LexState {
  clearTokens(scratchTokens);
  return {
    text,
    pos: 0,
    jsx,
    tsx,
    tokens: scratchTokens,
    commentStarts: [],
    commentEnds: [],
    frameKinds: [],
    frameTokens: [],
    frameOffsets: [],
    lostTrack: undefined,
    closingTags: new Map(),
  };
}

/**
 * Results are carved out of shared slabs: one ArrayBuffer per file cost as much as lexing a small file.
 * A slab is freed once no result viewing it is reachable.
 */
const SLAB_BYTES = 1 << 22;
let slab = new ArrayBuffer(SLAB_BYTES);
let slabUsed = 0;

/** Bytes for `count` tokens, kept a multiple of 4 so the next result's Int32Arrays stay aligned. */
function tokenBytes(count: number): number {
  return (count * 17 + 3) & ~3;
}

/** Where the next result's columns go: its own buffer for a huge file, else the current slab. */
function reserveTokenMemory(bytes: number): { memory: ArrayBuffer; offset: number } {
  if (bytes > SLAB_BYTES) return { memory: new ArrayBuffer(bytes), offset: 0 };
  if (slabUsed + bytes > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    slabUsed = 0;
  }
  const offset = slabUsed;
  slabUsed += bytes;
  return { memory: slab, offset };
}

/** A copy of the run's tokens at the exact size, so the result outlives the next run. */
export function takeTokens(state: LexState): TokenBuffer {
  const { tokens } = state;
  const count = tokens.count;
  const { memory, offset } = reserveTokenMemory(tokenBytes(count));
  const starts = new Int32Array(memory, offset, count);
  const ends = new Int32Array(memory, offset + count * 4, count);
  const values = new Int32Array(memory, offset + count * 8, count);
  const partners = new Int32Array(memory, offset + count * 12, count);
  const kinds = new Uint8Array(memory, offset + count * 16, count);
  starts.set(tokens.starts.subarray(0, count));
  ends.set(tokens.ends.subarray(0, count));
  values.set(tokens.values.subarray(0, count));
  partners.set(tokens.partners.subarray(0, count));
  kinds.set(tokens.kinds.subarray(0, count));
  return { count, kinds, starts, ends, values, partners };
}

/** Records the first place the lexer lost track; later problems are usually its consequences. */
export function loseTrack(state: LexState, offset: number, reason: string): void {
  if (state.lostTrack === undefined) state.lostTrack = { offset, reason };
}

export function pushFrame(state: LexState, kind: number, token: number, offset: number): void {
  state.frameKinds.push(kind);
  state.frameTokens.push(token);
  state.frameOffsets.push(offset);
}

export function popFrame(state: LexState): void {
  state.frameKinds.pop();
  state.frameTokens.pop();
  state.frameOffsets.pop();
}

export function topFrame(state: LexState): number {
  return state.frameKinds[state.frameKinds.length - 1] ?? 0;
}

export function topFrameOffset(state: LexState): number {
  return state.frameOffsets[state.frameOffsets.length - 1] ?? 0;
}

export function addComment(state: LexState, start: number, end: number): void {
  state.commentStarts.push(start);
  state.commentEnds.push(end);
}

/** Reads a `//` or `/*` comment starting at `state.pos`. */
export function scanComment(state: LexState): void {
  const { text } = state;
  const start = state.pos;
  if (text.charCodeAt(start + 1) === 47) {
    const newline = text.indexOf('\n', start + 2);
    state.pos = newline === -1 ? text.length : newline;
  } else {
    const close = text.indexOf('*/', start + 2);
    if (close === -1) {
      loseTrack(state, start, 'unterminated block comment');
      state.pos = text.length;
    } else {
      state.pos = close + 2;
    }
  }
  addComment(state, start, state.pos);
}
