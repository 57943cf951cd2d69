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
  if (Array.isArray(value) && value.length > 0 && depth + 1 >= SPLIT_DEPTH) {
    yield* arrayOfWholeItems(value, indent);
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

// Items written by one JSON.stringify call: one call per item, and re-indenting each, cost three times as much.
const ITEMS_PER_CALL = 256;

/**
 * A non-empty array whose items are written whole, as it appears at `indent`. Each group of items is
 * stringified nested as deep as the array is, so it comes out indented as in the report; the lines of the
 * nesting are cut off.
 */
function* arrayOfWholeItems(items: readonly unknown[], indent: string): Generator<string> {
  const level = indent.length / 2;
  yield '[\n';
  for (let start = 0; start < items.length; start += ITEMS_PER_CALL) {
    let nested: unknown = items.slice(start, start + ITEMS_PER_CALL);
    for (let i = 0; i < level; i++) nested = [nested];
    const text = JSON.stringify(nested, null, 2);
    // The nesting's opening lines: `[`, `  [`, … down to the group's own `[` (level + 1 lines); as many close.
    let from = 0;
    for (let i = 0; i <= level; i++) from = text.indexOf('\n', from) + 1;
    let to = text.length;
    for (let i = 0; i <= level; i++) to = text.lastIndexOf('\n', to - 1);
    yield text.slice(from, to);
    yield start + ITEMS_PER_CALL < items.length ? ',\n' : '\n';
  }
  yield `${indent}]`;
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
