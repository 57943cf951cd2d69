// Brackets, and the `}` that may instead end a template substitution or a JSX container.
// Every opener is paired with its closer so the analyses can jump over whole groups.
import { continueJsx, JSX_CHILDREN, JSX_TAG } from './jsx.js';
import {
  BRACE_FRAME,
  BRACKET_FRAME,
  JSX_ATTRIBUTE_FRAME,
  JSX_CHILD_FRAME,
  loseTrack,
  PAREN_FRAME,
  popFrame,
  pushFrame,
  TEMPLATE_FRAME,
  topFrame,
  topFrameOffset,
  type LexState,
} from './lex-state.js';
import { scanTemplateText } from './literals.js';
import { CLOSE_BRACE, CLOSE_BRACKET, CLOSE_PAREN, OPEN_BRACKET, OPEN_PAREN, pair, PUNCT, pushToken } from './tokens.js';

export function openBracket(state: LexState, code: number): void {
  const index = pushToken(state.tokens, PUNCT, state.pos, state.pos + 1, code);
  const frame = code === OPEN_PAREN ? PAREN_FRAME : code === OPEN_BRACKET ? BRACKET_FRAME : BRACE_FRAME;
  pushFrame(state, frame, index, state.pos);
  state.pos++;
}

const FRAME_FOR_CLOSER: Record<number, number> = {
  [CLOSE_PAREN]: PAREN_FRAME,
  [CLOSE_BRACKET]: BRACKET_FRAME,
  [CLOSE_BRACE]: BRACE_FRAME,
};

export function closeBracket(state: LexState, code: number): void {
  const frame = topFrame(state);
  const expected = FRAME_FOR_CLOSER[code] ?? 0;
  if (frame === expected) {
    pairWithTopFrame(state, pushCloser(state, code));
    return;
  }
  if (code === CLOSE_BRACE && frame === TEMPLATE_FRAME) {
    const start = state.pos;
    const head = state.frameTokens[state.frameTokens.length - 1] ?? -1;
    const templateStart = topFrameOffset(state);
    popFrame(state);
    state.pos++;
    scanTemplateText(state, start, head, templateStart);
    return;
  }
  if (code === CLOSE_BRACE && (frame === JSX_ATTRIBUTE_FRAME || frame === JSX_CHILD_FRAME)) {
    pairWithTopFrame(state, pushCloser(state, code));
    continueJsx(state, frame === JSX_ATTRIBUTE_FRAME ? JSX_TAG : JSX_CHILDREN);
    return;
  }
  loseTrack(state, state.pos, `unbalanced \`${String.fromCharCode(code)}\``);
  const index = pushCloser(state, code);
  if (unwindTo(state, expected)) pairWithTopFrame(state, index);
}

function pushCloser(state: LexState, code: number): number {
  const index = pushToken(state.tokens, PUNCT, state.pos, state.pos + 1, code);
  state.pos++;
  return index;
}

/** Pairs the closer at token `index` with the innermost frame's opener and leaves that frame. */
function pairWithTopFrame(state: LexState, index: number): void {
  pair(state.tokens, state.frameTokens[state.frameTokens.length - 1] ?? -1, index);
  popFrame(state);
}

/** Recovers from a stray closer by dropping unclosed brackets above a matching one, if there is one. */
function unwindTo(state: LexState, expected: number): boolean {
  const kinds = state.frameKinds;
  let depth = kinds.length - 1;
  while (depth >= 0 && kinds[depth] !== expected) {
    const kind = kinds[depth];
    if (kind !== PAREN_FRAME && kind !== BRACKET_FRAME && kind !== BRACE_FRAME) return false;
    depth--;
  }
  if (depth < 0) return false;
  while (state.frameKinds.length - 1 > depth) popFrame(state);
  return true;
}

const UNCLOSED_REASON: Record<number, string> = {
  [PAREN_FRAME]: 'unclosed `(`',
  [BRACKET_FRAME]: 'unclosed `[`',
  [BRACE_FRAME]: 'unclosed `{`',
  [TEMPLATE_FRAME]: 'unterminated template literal',
  [JSX_ATTRIBUTE_FRAME]: 'unclosed `{`',
  [JSX_CHILD_FRAME]: 'unclosed `{`',
};

export function reportUnclosed(state: LexState): void {
  const frame = topFrame(state);
  if (frame === 0) return;
  loseTrack(state, topFrameOffset(state), UNCLOSED_REASON[frame] ?? 'unterminated JSX element');
}
