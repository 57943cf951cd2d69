// Kotlin and C# strings, whose interpolation holes (`"${expr}"`, `$"{expr}"`) may hold further strings,
// chars and braces. The whole literal, holes included, becomes one STRING token: nothing inside counts.
// Nesting is an explicit stack of frames, never recursion.
import { blockCommentEnd, loseTrack, type LexState } from './lex-state.js';
import { escapedLiteralEnd, lineEnd } from './literals.js';
import { pushToken, STRING } from './tokens.js';

const BACKSLASH = 92;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const QUOTE = 34;
const APOSTROPHE = 39;
const DOLLAR = 36;
const AT = 64;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const BACKTICK = 96;

/** Kotlin `"…"` */
const KOTLIN_LINE = 1;
/** Kotlin `"""…"""` */
const KOTLIN_RAW = 2;
/** C# `"…"`, `$"…"` */
const CSHARP_REGULAR = 3;
/** C# `@"…"`, `$@"…"`, `@$"…"` */
const CSHARP_VERBATIM = 4;
/** C# `"""…"""`, `$$"""…"""` */
const CSHARP_RAW = 5;
/** Inside an interpolation hole. */
const HOLE = 6;

interface Frame {
  kind: number;
  /** C#: how many `$` (0: no holes); the braces that open and close a hole in a raw string. */
  dollars: number;
  /** C# raw: how many quotes open and close it. */
  quotes: number;
  /** HOLE: open braces inside the hole. */
  depth: number;
}

/** The string that starts at `pos`, if one does: its frame and where its content begins. */
export function stringStartAt(state: LexState, pos: number): { frame: Frame; contentStart: number } | undefined {
  const { text } = state;
  if (state.dialect.interpolation === 'kotlin') {
    if (text.charCodeAt(pos) !== QUOTE) return undefined;
    const raw = text.startsWith('"""', pos);
    return { frame: frame(raw ? KOTLIN_RAW : KOTLIN_LINE), contentStart: pos + (raw ? 3 : 1) };
  }
  let at = pos;
  let verbatim = false;
  if (text.charCodeAt(at) === AT) {
    verbatim = true;
    at++;
  }
  const dollarStart = at;
  while (text.charCodeAt(at) === DOLLAR) at++;
  const dollars = at - dollarStart;
  if (!verbatim && text.charCodeAt(at) === AT) {
    verbatim = true;
    at++;
  }
  if (text.charCodeAt(at) !== QUOTE) return undefined;
  if (verbatim) return { frame: { ...frame(CSHARP_VERBATIM), dollars }, contentStart: at + 1 };
  let quotes = 0;
  while (text.charCodeAt(at + quotes) === QUOTE) quotes++;
  // `""` is an empty string; three or more quotes open a raw string literal.
  if (quotes >= 3) return { frame: { ...frame(CSHARP_RAW), dollars, quotes }, contentStart: at + quotes };
  return { frame: { ...frame(CSHARP_REGULAR), dollars }, contentStart: at + 1 };
}

function frame(kind: number): Frame {
  return { kind, dollars: 0, quotes: 0, depth: 0 };
}

/** Reads the Kotlin or C# string starting at `state.pos`; `first` is its frame from `stringStartAt`. */
export function scanInterpolatedString(state: LexState, first: Frame, contentStart: number): void {
  const { text } = state;
  const start = state.pos;
  if (first.kind === CSHARP_REGULAR && first.dollars === 0) {
    // A plain C# `"…"`, most strings, has no holes: an escaped literal. Only an unterminated one needs the steps.
    const end = escapedLiteralEnd(text, contentStart, QUOTE, false);
    if (end !== -1) {
      pushToken(state.tokens, STRING, start, end);
      state.pos = end;
      return;
    }
  }
  const frames: Frame[] = [first];
  let pos = contentStart;
  while (pos < text.length) {
    const top = frames[frames.length - 1];
    if (top === undefined) break;
    const next = top.kind === HOLE ? stepInHole(state, frames, top, pos) : stepInText(text, frames, top, pos);
    if (next === -1) {
      loseTrack(state, start, 'unterminated string');
      pos = lineEnd(text, pos);
      frames.length = 0;
      break;
    }
    pos = next;
  }
  if (frames.length > 0) loseTrack(state, start, 'unterminated string');
  pushToken(state.tokens, STRING, start, Math.min(pos, text.length));
  state.pos = Math.min(pos, text.length);
}

/** One step inside string text: returns the next offset, or -1 when a one-line string meets a line end. */
function stepInText(text: string, frames: Frame[], top: Frame, pos: number): number {
  const code = text.charCodeAt(pos);
  const oneLine = top.kind === KOTLIN_LINE || top.kind === CSHARP_REGULAR;
  if (oneLine && (code === LINE_FEED || code === CARRIAGE_RETURN)) return -1;
  if (code === BACKSLASH && (top.kind === KOTLIN_LINE || top.kind === CSHARP_REGULAR)) return pos + 2;
  if (code === QUOTE) return afterQuote(text, frames, top, pos);
  if (code === DOLLAR && (top.kind === KOTLIN_LINE || top.kind === KOTLIN_RAW) && text.charCodeAt(pos + 1) === OPEN_BRACE) {
    frames.push(frame(HOLE));
    return pos + 2;
  }
  if (code === OPEN_BRACE && top.dollars > 0) {
    let run = 1;
    while (text.charCodeAt(pos + run) === OPEN_BRACE) run++;
    if (top.kind === CSHARP_RAW) {
      // With n `$`, n braces open a hole; a shorter run is text.
      if (run < top.dollars) return pos + run;
      frames.push({ ...frame(HOLE), dollars: top.dollars });
      return pos + run;
    }
    if (run >= 2) return pos + 2; // `{{` is a literal brace
    frames.push({ ...frame(HOLE), dollars: 1 });
    return pos + 1;
  }
  return pos + 1;
}

function afterQuote(text: string, frames: Frame[], top: Frame, pos: number): number {
  if (top.kind === KOTLIN_RAW || top.kind === CSHARP_RAW) {
    let run = 1;
    while (text.charCodeAt(pos + run) === QUOTE) run++;
    const needed = top.kind === KOTLIN_RAW ? 3 : top.quotes;
    if (run < needed) return pos + run;
    frames.pop();
    // Kotlin: quotes before the closing three belong to the content (`""""` ends with one quote inside).
    return pos + (top.kind === KOTLIN_RAW ? run : needed);
  }
  if (top.kind === CSHARP_VERBATIM && text.charCodeAt(pos + 1) === QUOTE) return pos + 2;
  frames.pop();
  return pos + 1;
}

/** One step of code inside a hole: nested strings, chars, comments and braces. */
function stepInHole(state: LexState, frames: Frame[], top: Frame, pos: number): number {
  const { text } = state;
  const code = text.charCodeAt(pos);
  if (code === OPEN_BRACE) {
    top.depth++;
    return pos + 1;
  }
  if (code === CLOSE_BRACE) {
    if (top.depth-- > 0) return pos + 1;
    frames.pop();
    let run = 1;
    while (run < top.dollars && text.charCodeAt(pos + run) === CLOSE_BRACE) run++;
    return pos + run;
  }
  if (code === APOSTROPHE) {
    const end = escapedLiteralEnd(text, pos + 1, APOSTROPHE, false);
    return end === -1 ? pos + 1 : end;
  }
  if (code === BACKTICK && state.dialect.backtick === 'identifier') {
    const close = text.indexOf('`', pos + 1);
    return close === -1 ? pos + 1 : close + 1;
  }
  if (code === 47 && text.charCodeAt(pos + 1) === 47) return lineEnd(text, pos);
  if (code === 47 && text.charCodeAt(pos + 1) === 42) {
    const end = blockCommentEnd(text, pos, state.dialect.nestedBlockComments);
    return end === -1 ? text.length : end;
  }
  const nested = stringStartAt(state, pos);
  if (nested === undefined) return pos + 1;
  frames.push(nested.frame);
  return nested.contentStart;
}
