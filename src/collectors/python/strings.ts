// String literal scanners. Plain strings are one loop; f- and t-strings follow PEP 701
// (Python 3.12): replacement fields hold full expressions, including strings that reuse the
// outer quote and nested f-strings, so they are walked with an explicit stack (no recursion).
import { consumeNewline, isNameChar, recordError, type ScanState } from './scan-state.js';

const CR = 13;
const LF = 10;
const TAB = 9;
const FORM_FEED = 12;
const SPACE = 32;
const HASH = 35;
const BACKSLASH = 92;
const SINGLE_QUOTE = 39;
const DOUBLE_QUOTE = 34;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const COLON = 58;
const UPPER_N = 78;

interface LiteralFrame {
  kind: 'literal';
  quote: number;
  triple: boolean;
  raw: boolean;
}
interface FieldFrame {
  kind: 'field';
  /** Brackets open inside the replacement field's expression. */
  depth: number;
}
interface SpecFrame {
  kind: 'spec';
  literal: LiteralFrame;
}
type Frame = LiteralFrame | FieldFrame | SpecFrame;

function unterminated(triple: boolean): string {
  return triple ? 'unterminated triple-quoted string' : 'unterminated string';
}

function isNewline(code: number): boolean {
  return code === LF || code === CR;
}

/** True when a `quote` (tripled when `triple`) starts at `pos`. */
function closesAt(text: string, pos: number, quote: number, triple: boolean): boolean {
  if (text.charCodeAt(pos) !== quote) return false;
  return !triple || (text.charCodeAt(pos + 1) === quote && text.charCodeAt(pos + 2) === quote);
}

function skipEscape(state: ScanState): void {
  state.pos += 1;
  if (state.pos >= state.text.length) return;
  if (isNewline(state.text.charCodeAt(state.pos))) consumeNewline(state);
  else state.pos += 1;
}

/**
 * Scans a string without replacement fields; `state.pos` is at its opening quote.
 * Backslash always protects the next character, raw or not (`r"\"` is unterminated).
 * Returns false (error recorded) when the string does not end.
 */
export function scanPlainString(state: ScanState, quote: number, triple: boolean): boolean {
  const { text } = state;
  const length = text.length;
  // Docstrings make this a hot loop, so the cursor lives in locals and goes back to `state` at the end.
  let pos = state.pos + (triple ? 3 : 1);
  let line = state.line;
  let lineStart = state.lineStart;
  let closed = false;
  while (pos < length) {
    const code = text.charCodeAt(pos);
    // Lower-case letters and most punctuation sort after the backslash: nothing to look at.
    if (code > BACKSLASH) pos += 1;
    else if (code === BACKSLASH) {
      pos += 1;
      if (pos >= length) break;
      const escaped = text.charCodeAt(pos);
      pos += escaped === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
      if (isNewline(escaped)) {
        line += 1;
        lineStart = pos;
      }
    } else if (code === quote) {
      if (closesAt(text, pos, quote, triple)) {
        pos += triple ? 3 : 1;
        closed = true;
        break;
      }
      pos += 1;
    } else if (isNewline(code)) {
      if (!triple) break;
      pos += code === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
      line += 1;
      lineStart = pos;
    } else pos += 1;
  }
  const startLine = state.line;
  state.pos = pos;
  state.line = line;
  state.lineStart = lineStart;
  if (!closed) recordError(state, startLine, unterminated(triple));
  return closed;
}

function literalFrame(state: ScanState, quote: number, triple: boolean, raw: boolean): LiteralFrame {
  state.pos += triple ? 3 : 1;
  return { kind: 'literal', quote, triple, raw };
}

function stepLiteral(state: ScanState, frames: Frame[], frame: LiteralFrame): boolean {
  const { text } = state;
  const { quote } = frame;
  let pos = state.pos;
  const length = text.length;
  let code = text.charCodeAt(pos);
  while (
    pos < length && code !== BACKSLASH && code !== OPEN_BRACE && code !== CLOSE_BRACE &&
    code !== quote && code !== LF && code !== CR
  ) {
    pos += 1;
    code = text.charCodeAt(pos);
  }
  state.pos = pos;
  if (pos >= length) return true;
  if (code === BACKSLASH) {
    // `\N{NAME}` is a character escape in non-raw strings, not a replacement field.
    if (!frame.raw && text.charCodeAt(pos + 1) === UPPER_N && text.charCodeAt(pos + 2) === OPEN_BRACE) {
      let end = pos + 3;
      while (end < length && !isNewline(text.charCodeAt(end)) && text.charCodeAt(end) !== CLOSE_BRACE) {
        end += 1;
      }
      state.pos = text.charCodeAt(end) === CLOSE_BRACE ? end + 1 : end;
    } else if (text.charCodeAt(pos + 1) === OPEN_BRACE || text.charCodeAt(pos + 1) === CLOSE_BRACE) {
      // A backslash does not escape braces: `fr'\{{'` is a backslash and a literal brace.
      state.pos += 1;
    } else skipEscape(state);
  } else if (code === OPEN_BRACE) {
    if (text.charCodeAt(pos + 1) === OPEN_BRACE) state.pos += 2;
    else {
      state.pos += 1;
      frames.push({ kind: 'field', depth: 0 });
    }
  } else if (code === CLOSE_BRACE) {
    state.pos += text.charCodeAt(pos + 1) === CLOSE_BRACE ? 2 : 1;
  } else if (code === quote) {
    if (closesAt(text, pos, quote, frame.triple)) {
      state.pos += frame.triple ? 3 : 1;
      frames.pop();
    } else state.pos += 1;
  } else if (frame.triple) consumeNewline(state);
  else return false;
  return true;
}

function stepField(state: ScanState, frames: Frame[], frame: FieldFrame): boolean {
  const { text } = state;
  const code = text.charCodeAt(state.pos);
  if (code === SPACE || code === TAB || code === FORM_FEED) state.pos += 1;
  else if (isNewline(code)) consumeNewline(state);
  else if (code === HASH) {
    while (state.pos < text.length && !isNewline(text.charCodeAt(state.pos))) state.pos += 1;
  } else if (code === BACKSLASH) skipEscape(state);
  else if (code === SINGLE_QUOTE || code === DOUBLE_QUOTE) {
    return scanPlainString(state, code, closesAt(text, state.pos, code, true));
  } else if (isNameChar(code)) {
    let end = state.pos + 1;
    while (end < text.length && isNameChar(text.charCodeAt(end))) end += 1;
    const next = text.charCodeAt(end);
    const prefix = text.slice(state.pos, end).toLowerCase();
    state.pos = end;
    if ((next === SINGLE_QUOTE || next === DOUBLE_QUOTE) && isStringPrefix(prefix)) {
      const triple = closesAt(text, end, next, true);
      if (!prefix.includes('f') && !prefix.includes('t')) return scanPlainString(state, next, triple);
      frames.push(literalFrame(state, next, triple, prefix.includes('r')));
    }
  } else if (code === 40 || code === 91 || code === OPEN_BRACE) {
    frame.depth += 1;
    state.pos += 1;
  } else if (code === 41 || code === 93) {
    if (frame.depth > 0) frame.depth -= 1;
    state.pos += 1;
  } else if (code === CLOSE_BRACE) {
    state.pos += 1;
    if (frame.depth > 0) frame.depth -= 1;
    else frames.pop();
  } else if (code === COLON && frame.depth === 0) {
    state.pos += 1;
    const literal = enclosingLiteral(frames);
    frames[frames.length - 1] = { kind: 'spec', literal };
  } else state.pos += 1;
  return true;
}

function stepSpec(state: ScanState, frames: Frame[], frame: SpecFrame): boolean {
  const { text } = state;
  const code = text.charCodeAt(state.pos);
  const { literal } = frame;
  if (code === OPEN_BRACE) {
    state.pos += 1;
    frames.push({ kind: 'field', depth: 0 });
  } else if (code === CLOSE_BRACE) {
    state.pos += 1;
    frames.pop();
  } else if (closesAt(text, state.pos, literal.quote, literal.triple)) {
    // The string ends inside a format spec: let the literal close it.
    frames.pop();
  } else if (code === BACKSLASH) skipEscape(state);
  else if (isNewline(code)) {
    if (!literal.triple) return false;
    consumeNewline(state);
  } else state.pos += 1;
  return true;
}

function enclosingLiteral(frames: readonly Frame[]): LiteralFrame {
  for (let i = frames.length - 1; i >= 0; i--) {
    const frame = frames[i];
    if (frame?.kind === 'literal') return frame;
  }
  // The outermost frame is always a literal; this is only reached if that invariant breaks.
  return { kind: 'literal', quote: DOUBLE_QUOTE, triple: false, raw: false };
}

const STRING_PREFIXES = new Set(['r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf', 't', 'tr', 'rt']);

/** `prefix` must be lower-cased. */
export function isStringPrefix(prefix: string): boolean {
  return STRING_PREFIXES.has(prefix);
}

/**
 * Scans an f-string or t-string; `state.pos` is at its opening quote. Returns false (error
 * recorded at the line where the string opened) when it does not end.
 */
export function scanFString(state: ScanState, quote: number, triple: boolean, raw: boolean): boolean {
  const startLine = state.line;
  const frames: Frame[] = [literalFrame(state, quote, triple, raw)];
  const length = state.text.length;
  while (frames.length > 0) {
    const frame = frames[frames.length - 1];
    if (frame === undefined || state.pos >= length) break;
    const ok =
      frame.kind === 'literal' ? stepLiteral(state, frames, frame)
      : frame.kind === 'field' ? stepField(state, frames, frame)
      : stepSpec(state, frames, frame);
    if (!ok) break;
  }
  if (frames.length === 0) return true;
  recordError(state, startLine, unterminated(triple));
  return false;
}
