// A token stream as parallel typed arrays rather than one object per token, so a 1 MB generated file stays
// cheap. Shared by the lexers; each language module defines its own token kinds and punctuator values.

export interface TokenBuffer {
  count: number;
  kinds: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  /** Punctuator value for PUNCT tokens, 0 otherwise. */
  values: Int32Array;
  /** Index of the partner bracket (or template head/tail), -1 when none. */
  partners: Int32Array;
}

export function createTokenBuffer(capacity = 1024): TokenBuffer {
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

/** Empties a buffer for another file, keeping its arrays: allocating typed arrays costs more than lexing a small file. */
export function clearTokens(buffer: TokenBuffer): void {
  // Partners are the one column pushToken does not write; every slot must read "none" again, as in a new buffer.
  buffer.partners.fill(-1, 0, buffer.count);
  buffer.count = 0;
}

export function pair(buffer: TokenBuffer, open: number, close: number): void {
  buffer.partners[open] = close;
  buffer.partners[close] = open;
}

export function isKind(buffer: TokenBuffer, index: number, kind: number): boolean {
  return index >= 0 && index < buffer.count && buffer.kinds[index] === kind;
}

export function partnerOf(buffer: TokenBuffer, index: number): number {
  return index >= 0 && index < buffer.count ? (buffer.partners[index] ?? -1) : -1;
}

export function tokenText(text: string, buffer: TokenBuffer, index: number): string {
  if (index < 0 || index >= buffer.count) return '';
  return text.slice(buffer.starts[index], buffer.ends[index]);
}

/**
 * Index of the first token starting at or after `offset`, searching from token `low` (tokens are in text
 * order, so this is a binary search); `count` when there is none.
 */
export function firstTokenFrom(buffer: TokenBuffer, offset: number, low = 0): number {
  return firstAtLeast(buffer.starts, offset, low, buffer.count);
}

/** Index of the first of the ascending `values[low..high)` that is at least `value`, or `high` (a binary search). */
export function firstAtLeast(values: ArrayLike<number>, value: number, low = 0, high = values.length): number {
  let from = low;
  let to = high;
  while (from < to) {
    const middle = (from + to) >> 1;
    if ((values[middle] ?? 0) < value) from = middle + 1;
    else to = middle;
  }
  return from;
}
