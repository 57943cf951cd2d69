// JSON reports in pieces. A report on a large repository carries 100,000+ findings; as one string (from
// JSON.stringify) it would double the memory the scan needed. The pieces join to exactly the text of
// JSON.stringify(value, null, 2).
import { closeSync, openSync, writeSync } from 'node:fs';

// Objects and arrays this deep or deeper are written with one JSON.stringify each: the findings sit at
// depth 2 (report → findings → finding), and a piece per finding is small enough.
const SPLIT_DEPTH = 2;

const isContainer = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== 'function';

// What JSON.stringify leaves out of an object.
const isWritten = (value: unknown): boolean =>
  value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';

function* jsonPieces(value: unknown, indent: string, depth: number): Generator<string> {
  if (!isContainer(value) || depth >= SPLIT_DEPTH) {
    // JSON escapes newlines inside strings, so every raw newline here separates lines of the layout.
    yield (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  const entries: [string | undefined, unknown][] = Array.isArray(value)
    ? value.map((item) => [undefined, item])
    : Object.entries(value).filter(([, item]) => isWritten(item));
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) {
    yield `${open}${close}`;
    return;
  }
  yield `${open}\n`;
  for (let i = 0; i < entries.length; i++) {
    const [key, item] = entries[i] as [string | undefined, unknown];
    yield key === undefined ? inner : `${inner}${JSON.stringify(key)}: `;
    yield* jsonPieces(item, inner, depth + 1);
    yield i < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${indent}${close}`;
}

// Small chunks, so that a chunk and its pieces are garbage before a young-generation collection would move
// them to the old generation, which only a full collection empties. With 1 MB chunks, writing the 80 MB
// report of a 100,000-file repository grew the heap by 100 MB; with 64 KB chunks by about 20 MB.
const FLUSH_CHARS = 1 << 16;

/** The JSON text of `value` and a final newline, 64 KB at a time. */
export function* jsonTextChunks(value: unknown): Generator<string> {
  let pending = '';
  for (const piece of jsonPieces(value, '', 0)) {
    pending += piece;
    if (pending.length >= FLUSH_CHARS) {
      yield pending;
      pending = '';
    }
  }
  yield `${pending}\n`;
}

/** Writes the JSON text of `value` to a file, replacing it. */
export function writeJsonFile(file: string, value: unknown): void {
  const fd = openSync(file, 'w');
  try {
    for (const chunk of jsonTextChunks(value)) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}
