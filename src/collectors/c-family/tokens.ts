// The token stream of the C-family lexer: parallel typed arrays rather than one object per token, so a
// 1 MB generated file stays cheap. Strings, chars and comments are never looked inside by the analyses.

export const IDENT = 1;
export const NUMBER = 2;
/** Any string form, interpolated ones included as one token. */
export const STRING = 3;
export const CHAR = 4;
/** Rust `'a` (lifetime or loop label). */
export const LIFETIME = 5;
export const PUNCT = 6;

// Punctuator values: single characters use their char code; these pairs are told apart.
export const DOUBLE_COLON = 256;
/** `->` */
export const THIN_ARROW = 257;
/** `=>` */
export const FAT_ARROW = 258;

export const BANG = 33;
export const HASH = 35;
export const OPEN_PAREN = 40;
export const CLOSE_PAREN = 41;
export const STAR = 42;
export const COMMA = 44;
export const DOT = 46;
export const COLON = 58;
export const SEMICOLON = 59;
export const LESS = 60;
export const EQUALS = 61;
export const GREATER = 62;
export const AT = 64;
export const OPEN_BRACKET = 91;
export const CLOSE_BRACKET = 93;
export const OPEN_BRACE = 123;
export const PIPE = 124;
export const CLOSE_BRACE = 125;

export interface TokenBuffer {
  count: number;
  kinds: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  /** Punctuator value for PUNCT tokens, 0 otherwise. */
  values: Int32Array;
  /** Index of the partner bracket, -1 when none. */
  partners: Int32Array;
}

export function createTokenBuffer(capacity: number): TokenBuffer {
  return {
    count: 0,
    kinds: new Uint8Array(capacity),
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
    values: new Int32Array(capacity),
    partners: new Int32Array(capacity).fill(-1),
  };
}

function grow(buffer: TokenBuffer): void {
  const capacity = buffer.kinds.length * 2;
  const kinds = new Uint8Array(capacity);
  kinds.set(buffer.kinds);
  const starts = new Int32Array(capacity);
  starts.set(buffer.starts);
  const ends = new Int32Array(capacity);
  ends.set(buffer.ends);
  const values = new Int32Array(capacity);
  values.set(buffer.values);
  const partners = new Int32Array(capacity).fill(-1);
  partners.set(buffer.partners);
  Object.assign(buffer, { kinds, starts, ends, values, partners });
}

/** Appends a token and returns its index. */
export function pushToken(buffer: TokenBuffer, kind: number, start: number, end: number, value = 0): number {
  if (buffer.count === buffer.kinds.length) grow(buffer);
  const index = buffer.count++;
  buffer.kinds[index] = kind;
  buffer.starts[index] = start;
  buffer.ends[index] = end;
  buffer.values[index] = value;
  return index;
}

export function pair(buffer: TokenBuffer, open: number, close: number): void {
  buffer.partners[open] = close;
  buffer.partners[close] = open;
}

export function isKind(buffer: TokenBuffer, index: number, kind: number): boolean {
  return index >= 0 && index < buffer.count && buffer.kinds[index] === kind;
}

export function isPunct(buffer: TokenBuffer, index: number, value: number): boolean {
  return isKind(buffer, index, PUNCT) && buffer.values[index] === value;
}

export function partnerOf(buffer: TokenBuffer, index: number): number {
  return index >= 0 && index < buffer.count ? (buffer.partners[index] ?? -1) : -1;
}

export function tokenText(text: string, buffer: TokenBuffer, index: number): string {
  if (index < 0 || index >= buffer.count) return '';
  return text.slice(buffer.starts[index], buffer.ends[index]);
}

/** True when the token is the identifier `word` (keywords are identifiers here). */
export function isWord(text: string, buffer: TokenBuffer, index: number, word: string): boolean {
  if (!isKind(buffer, index, IDENT)) return false;
  const start = buffer.starts[index] ?? 0;
  return (buffer.ends[index] ?? 0) - start === word.length && text.startsWith(word, start);
}

/** True when the token is one of `words` (a set of identifiers). */
export function isOneOf(text: string, buffer: TokenBuffer, index: number, words: ReadonlySet<string>): boolean {
  return isKind(buffer, index, IDENT) && words.has(tokenText(text, buffer, index));
}
