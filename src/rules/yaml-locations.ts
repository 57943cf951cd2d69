// Turns key paths into line:col in the user's file, and YAML nodes back into key paths,
// so every problem can point at the exact key or value to fix.
import { isAlias, isMap, isPair, isScalar, isSeq, visit } from 'yaml';
import type { Document, LineCounter, Node, Pair } from 'yaml';

export type KeyPath = readonly PropertyKey[];

export interface Location {
  line: number;
  col: number;
}

/** `rules.readme.exists[1]` */
export function formatKeyPath(path: KeyPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? String(segment) : `.${String(segment)}`;
  }
  return text;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function childPair(node: unknown, segment: PropertyKey): Pair | undefined {
  if (!isMap(node)) return undefined;
  return node.items.find((pair) => keyText(pair.key) === String(segment));
}

function hasRange(node: unknown): node is Node & { range: [number, number, number] } {
  return typeof node === 'object' && node !== null && 'range' in node && Array.isArray(node.range);
}

function isEmptyValue(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && hasRange(node) && node.range[0] === node.range[1]);
}

export interface Locator {
  /**
   * Where the value at `path` starts (or its key, with `at: 'key'`). A path that goes further than
   * the document points at the deepest key that exists, e.g. a missing field at its rule's id.
   */
  locate(path: KeyPath, at?: 'key' | 'value'): Location;
  /** Where a byte offset of the source is. */
  position(offset: number): Location;
}

export function createLocator(doc: Document, lineCounter: LineCounter): Locator {
  const position = (offset: number): Location => lineCounter.linePos(offset);
  const startOf = (node: unknown): Location | undefined =>
    hasRange(node) ? position(node.range[0]) : undefined;

  function locate(path: KeyPath, at: 'key' | 'value' = 'value'): Location {
    let node: unknown = doc.contents;
    let deepestKey: unknown;
    for (const [index, segment] of path.entries()) {
      if (isAlias(node)) node = node.resolve(doc);
      const pair = childPair(node, segment);
      if (pair !== undefined) {
        const isLast = index === path.length - 1;
        if (isLast && at === 'key') return startOf(pair.key) ?? position(0);
        deepestKey = pair.key;
        // `level:` with nothing after it has no value, or an empty one; point at its key.
        if (isEmptyValue(pair.value)) return startOf(pair.key) ?? position(0);
        node = pair.value;
        continue;
      }
      const item = isSeq(node) && typeof segment === 'number' ? node.items[segment] : undefined;
      if (item === undefined) return startOf(deepestKey) ?? startOf(node) ?? position(0);
      // A key missing from a list item (a profile without a name) is pointed at the item.
      deepestKey = item;
      node = item;
    }
    return startOf(node) ?? position(0);
  }

  return { locate, position };
}

/** The key path of the node that starts at `offset` (a key or a value), for YAML errors without one. */
export function keyPathAt(doc: Document, offset: number): PropertyKey[] | undefined {
  let found: PropertyKey[] | undefined;
  // A block mapping starts where its first key does; the key is visited later and is the one meant.
  visit(doc, (_key, node, ancestors) => {
    if (hasRange(node) && node.range[0] === offset) found = keyPathOf(ancestors, node);
  });
  return found;
}

/** The key path of the first alias in the document, to point an alias-count problem somewhere useful. */
export function firstAliasPath(doc: Document): { path: PropertyKey[]; offset: number } | undefined {
  let found: { path: PropertyKey[]; offset: number } | undefined;
  visit(doc, {
    Alias(_key, node, ancestors) {
      found = { path: keyPathOf(ancestors, node), offset: node.range?.[0] ?? 0 };
      return visit.BREAK;
    },
  });
  return found;
}

function keyPathOf(ancestors: readonly unknown[], node: unknown): PropertyKey[] {
  const path: PropertyKey[] = [];
  const chain = [...ancestors, node];
  for (const [index, ancestor] of chain.entries()) {
    const child = chain[index + 1];
    if (isPair(ancestor)) {
      const key = keyText(ancestor.key);
      if (key !== undefined) path.push(key);
    } else if (isSeq(ancestor) && child !== undefined) {
      path.push(ancestor.items.indexOf(child as never));
    }
  }
  return path;
}
