// Reads YAML for the file collectors: parse safely, keep node ranges for line numbers, and walk
// mappings the way a YAML loader sees them (aliases followed, `<<` merge keys expanded).
//
// Aliases are resolved from one index built in a single pass. The `yaml` package's own
// `Alias.resolve` and `toJS` rescan the document for every alias, which is quadratic: a hostile
// file with 20,000 aliases takes seconds. Instead the index also sizes the document as a loader
// would expand it, and a file that expands far beyond its own size (an alias bomb) is an error.
import { LineCounter, isAlias, isCollection, isMap, isPair, isScalar, isSeq, parseAllDocuments, visit } from 'yaml';
import type { Alias, Document, Node, YAMLMap } from 'yaml';
import type { Finding } from '../evidence.js';

export interface YamlSource {
  documents: readonly Document.Parsed[];
  lineCounter: LineCounter;
  /** Each alias's anchored node: the last node with that anchor before the alias. */
  aliasTargets: ReadonlyMap<Alias, Node>;
}

export type YamlParse = { ok: true; source: YamlSource } | { ok: false; problem: { message: string; line: number } };

export interface MappingEntry {
  key: string;
  /** 1-based line of the key as written (for a merged key, the line in the anchored mapping). */
  line: number;
  value: Node | null;
}

// A file may expand to this many nodes, or ten times its own size if that is more; past that it is
// treated as an alias bomb (a billion laughs) rather than walked.
const MAX_EXPANDED_NODES = 100_000;
const MAX_EXPANSION_FACTOR = 10;
// Bounds the chains an alias or merge walk follows (an alias can name an anchor that is an alias).
const MAX_ALIAS_DEPTH = 20;

export function parseYaml(text: string): YamlParse {
  const lineCounter = new LineCounter();
  const aliasTargets = new Map<Alias, Node>();
  const lineAt = (node: Node | undefined): number => (node?.range ? lineCounter.linePos(node.range[0]).line : 0);
  try {
    const documents = parseAllDocuments(text, { lineCounter, merge: true, uniqueKeys: false, prettyErrors: false });
    for (const document of documents) {
      const error = document.errors[0];
      if (error) return { ok: false, problem: { message: error.message, line: lineCounter.linePos(error.pos[0]).line } };
      const index = indexAliases(document, aliasTargets);
      if (index.dangling) {
        const message = `alias \`*${index.dangling.source}\` names no anchor before it`;
        return { ok: false, problem: { message, line: lineAt(index.dangling) } };
      }
      const limit = Math.max(MAX_EXPANDED_NODES, MAX_EXPANSION_FACTOR * index.nodes);
      if (expandedSize(document.contents, aliasTargets, new Map(), limit) > limit) {
        return { ok: false, problem: { message: `aliases expand to more than ${limit} nodes (an alias bomb)`, line: 0 } };
      }
    }
    return { ok: true, source: { documents: [...documents], lineCounter, aliasTargets } };
  } catch (error) {
    // The parser can still fail on pathological input (e.g. nesting deep enough to exhaust the stack).
    return { ok: false, problem: { message: error instanceof Error ? error.message : String(error), line: 0 } };
  }
}

/** Records every alias's target (document order, like a loader) and counts the nodes as written. */
function indexAliases(document: Document.Parsed, targets: Map<Alias, Node>): { nodes: number; dangling?: Alias } {
  const anchors = new Map<string, Node>();
  let nodes = 0;
  let dangling: Alias | undefined;
  visit(document, {
    Node(_key, node) {
      nodes += 1;
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (target === undefined) {
          dangling = node;
          return visit.BREAK;
        }
        targets.set(node, target);
      } else if (node.anchor) {
        anchors.set(node.anchor, node);
      }
      return undefined;
    },
  });
  return dangling ? { nodes, dangling } : { nodes };
}

/** The node count of `node` with aliases expanded, memoised; stops counting past `limit`. */
function expandedSize(node: unknown, targets: ReadonlyMap<Alias, Node>, sizes: Map<unknown, number>, limit: number): number {
  const known = sizes.get(node);
  if (known !== undefined) return known;
  // An alias inside its own anchored node (a recursive structure) counts once instead of forever.
  sizes.set(node, 1);
  let size = 1;
  if (isAlias(node)) {
    size = expandedSize(targets.get(node), targets, sizes, limit);
  } else if (isCollection(node)) {
    for (const item of node.items) {
      if (isPair(item)) {
        size += expandedSize(item.key, targets, sizes, limit) + expandedSize(item.value, targets, sizes, limit);
      } else {
        size += expandedSize(item, targets, sizes, limit);
      }
      if (size > limit) break;
    }
  }
  sizes.set(node, size);
  return size;
}

export function yamlParseError(file: string, problem: { message: string; line: number }): Finding {
  return { kind: 'parse.errors', file, line: problem.line, message: `invalid YAML: ${problem.message}` };
}

export function lineOf(source: YamlSource, node: Node | null | undefined): number {
  const offset = node?.range?.[0];
  return offset === undefined ? 0 : source.lineCounter.linePos(offset).line;
}

/** Follows aliases to the node they name. */
export function resolved(source: YamlSource, node: unknown): Node | null {
  let current = node;
  for (let depth = 0; depth < MAX_ALIAS_DEPTH && isAlias(current); depth++) {
    current = source.aliasTargets.get(current) ?? null;
  }
  return isMap(current) || isSeq(current) || isScalar(current) ? current : null;
}

/** The document's top-level mapping, or null when the document is empty or not a mapping. */
export function rootMapping(source: YamlSource, document: Document.Parsed): YAMLMap<unknown, unknown> | null {
  const contents = resolved(source, document.contents);
  return isMap(contents) ? contents : null;
}

/**
 * The entries of a mapping as a loader sees them: explicit keys first, then keys brought in by
 * `<<` merges that the mapping does not set itself. Keys that are not scalars are skipped.
 */
export function mappingEntries(source: YamlSource, node: unknown): MappingEntry[] {
  const entries: MappingEntry[] = [];
  collectEntries(source, resolved(source, node), entries, new Set(), new Set(), 0);
  return entries;
}

/** The entry for `key` in a mapping, aliases and merges followed. */
export function mappingEntry(source: YamlSource, node: unknown, key: string): MappingEntry | undefined {
  return mappingEntries(source, node).find((entry) => entry.key === key);
}

/** A scalar's value as text, or undefined for collections, nulls and missing nodes. */
export function scalarText(node: Node | null): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  return String(node.value);
}

function collectEntries(
  source: YamlSource,
  map: Node | null,
  entries: MappingEntry[],
  seenKeys: Set<string>,
  seenMaps: Set<Node>,
  depth: number,
): void {
  // Each mapping is read once per walk, so merges of merges stay linear in the file's size.
  if (!isMap(map) || seenMaps.has(map) || depth > MAX_ALIAS_DEPTH) return;
  seenMaps.add(map);
  const mergeSources: unknown[] = [];
  for (const pair of map.items) {
    const key = pair.key;
    if (!isScalar(key)) continue;
    if (typeof key.value === 'symbol') {
      mergeSources.push(pair.value);
      continue;
    }
    const name = String(key.value);
    if (seenKeys.has(name)) continue;
    seenKeys.add(name);
    entries.push({ key: name, line: lineOf(source, key), value: resolved(source, pair.value) });
  }
  for (const mergeSource of mergeSources) {
    const target = resolved(source, mergeSource);
    const maps = isSeq(target) ? target.items.map((item) => resolved(source, item)) : [target];
    for (const merged of maps) collectEntries(source, merged, entries, seenKeys, seenMaps, depth + 1);
  }
}
