// The cursor and character classes shared by the Python lexer and its string scanners.

export interface LexError {
  /** The line where the lexer lost track (for strings and brackets: where they opened). */
  line: number;
  /** A short phrase, e.g. `unterminated string`. */
  reason: string;
}

export interface ScanState {
  readonly text: string;
  pos: number;
  /** 1-based line of `pos`. */
  line: number;
  /** Offset where the current physical line starts. */
  lineStart: number;
  /** The first place the lexer lost track; later problems are consequences of it. */
  error?: LexError;
}

const CR = 13;
const LF = 10;

/** Consumes one line break (`\r\n`, `\n` or a lone `\r`) at `state.pos`. */
export function consumeNewline(state: ScanState): void {
  const { text } = state;
  if (text.charCodeAt(state.pos) === CR && text.charCodeAt(state.pos + 1) === LF) state.pos += 2;
  else state.pos += 1;
  state.line += 1;
  state.lineStart = state.pos;
}

export function recordError(state: ScanState, line: number, reason: string): void {
  state.error ??= { line, reason };
}

const NAME_START = 1;
const NAME_PART = 2;
// Classes of ASCII codes, looked up because name scanning is the lexer's hottest loop.
const ASCII_CLASSES = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const letter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
  const digit = code >= 48 && code <= 57;
  ASCII_CLASSES[code] = (letter ? NAME_START | NAME_PART : 0) | (digit ? NAME_PART : 0);
}

/** Identifier characters; anything non-ASCII is taken as a letter, as Python mostly does. */
export function isNameStart(code: number): boolean {
  return code >= 128 || ((ASCII_CLASSES[code] ?? 0) & NAME_START) !== 0;
}

export function isNameChar(code: number): boolean {
  return code >= 128 || ((ASCII_CLASSES[code] ?? 0) & NAME_PART) !== 0;
}
