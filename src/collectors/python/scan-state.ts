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

/** Identifier characters; anything non-ASCII is taken as a letter, as Python mostly does. */
export function isNameStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code >= 128;
}

export function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 48 && code <= 57);
}
