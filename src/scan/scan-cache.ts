// Findings of tracked files, kept between runs. What the text collectors find in a file depends only on its
// path, its content and the scanner's code, so a tracked file whose work-tree copy is the one in git's index
// need not be read again when the cache holds its findings for the same path, blob id and code. A pull
// request's run then reads only the files the pull request changed.
//
// The cache is JSON Lines: a header { format, identity }, then one line per file: [path, blobId, skipped,
// findings], the findings as they were made (the key order of a finding is kept, so reports are
// byte-identical) with `file: 0` standing for the entry's path. A line reused as it is gets written back as
// it was read, so a run that changes a few files writes the cache at little more than the cost of a copy.
// The text is ASCII (other characters are escaped), which reads several times faster than UTF-8.
import { constants, isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Finding, LANGUAGES, type SkipReason } from '../evidence.js';
import { VERSION } from '../version.js';

const FORMAT = 'readiness-gate scan cache 1';

/** What scanning one file gave, as far as it depends on the file's content alone. */
export interface CachedOutcome {
  skipped?: SkipReason;
  findings: Finding[];
}

export interface CacheEntry {
  objectId: string;
  outcome: CachedOutcome;
  /** The entry's line in the file it was read from. */
  line?: string;
}

export interface LoadedCache {
  /** By path; empty when the file is absent, unusable or from other code. */
  entries: Map<string, CacheEntry>;
  /** Why an existing cache file was not used, when the user should know. */
  note?: string;
}

// Skips that depend on the content (and the size cap, part of the identity); the others ('missing',
// 'unreadable', 'symlink'…) depend on the moment and are never kept.
const CONTENT_SKIPS: ReadonlySet<string> = new Set<SkipReason>(['binary', 'minified', 'too-large']);

const isCacheable = (outcome: CachedOutcome): boolean => outcome.skipped === undefined || CONTENT_SKIPS.has(outcome.skipped);

/**
 * The scanner's code, as the hash of the bundles beside this module (dist/*.js: the CLI or action and the
 * scan worker). Run from sources there are none, and the version stands in for the code.
 */
export function scanCodeIdentity(): string {
  const folder = path.dirname(fileURLToPath(import.meta.url));
  const bundles = readdirSync(folder).filter((name) => name.endsWith('.js')).sort();
  if (!bundles.includes('scan-worker.js')) return `sources ${VERSION}`;
  const hash = createHash('sha256');
  for (const name of bundles) hash.update(readFileSync(path.join(folder, name)));
  return hash.digest('hex');
}

/** The identity a cache must carry to be used: the code and every option that changes a file's findings. */
export function cacheIdentity(code: string, maxFileBytes: number, collectorIds: readonly string[]): string {
  return `${code} max-file-bytes=${maxFileBytes} collectors=${collectorIds.join(',')}`;
}

/** The cache as one scan uses it: what it may reuse, and what it keeps for the next run. */
export interface CacheUse {
  /** Blob ids of the tracked files whose work-tree copy matches the index (the only files it serves). */
  objectIds: ReadonlyMap<string, string>;
  loaded: ReadonlyMap<string, CacheEntry>;
  /** The entries the next run gets: the reused ones and the fresh ones of unchanged tracked files. */
  kept: Map<string, CacheEntry>;
  reused: number;
}

/** The stored entry of a file, when the cache has one for its current content. */
export function cachedEntry(use: CacheUse, relative: string): CacheEntry | undefined {
  const objectId = use.objectIds.get(relative);
  const entry = use.loaded.get(relative);
  return objectId !== undefined && entry !== undefined && entry.objectId === objectId ? entry : undefined;
}

/** Counts a stored entry as used, keeps it for the next run, and gives its outcome. */
export function reuseEntry(use: CacheUse, relative: string, entry: CacheEntry): CachedOutcome {
  use.kept.set(relative, entry);
  use.reused++;
  return entry.outcome;
}

/** Keeps a fresh outcome for the next run, when it depends on nothing but the file's committed content. */
export function keepOutcome(use: CacheUse, relative: string, outcome: CachedOutcome): void {
  const objectId = use.objectIds.get(relative);
  if (objectId === undefined || !isCacheable(outcome)) return;
  use.kept.set(relative, { objectId, outcome: outcome.skipped === undefined ? { findings: outcome.findings } : { skipped: outcome.skipped, findings: outcome.findings } });
}

/** True when the kept entries differ from the loaded ones, so the file needs writing. */
export const cacheChanged = (use: CacheUse): boolean => use.kept.size !== use.loaded.size || use.reused !== use.kept.size;

const FINDING_KEYS: ReadonlySet<string> = new Set(['kind', 'file', 'line', 'column', 'message', 'language', 'data', 'value']);
const LANGUAGE_NAMES: ReadonlySet<string> = new Set(LANGUAGES);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isFindingData(value: unknown): boolean {
  if (!isRecord(value)) return false;
  for (const key in value) {
    const item = value[key];
    if (typeof item !== 'string' && typeof item !== 'number' && typeof item !== 'boolean') return false;
  }
  return true;
}

/** A stored finding made whole again (`file: 0` becomes the path), or undefined when it is not one. */
function restoredFinding(value: unknown, file: string, strings: Map<string, string>): Finding | undefined {
  if (!isRecord(value)) return undefined;
  for (const key in value) if (!FINDING_KEYS.has(key)) return undefined;
  const { kind, line, column, message, language, data } = value;
  if (typeof kind !== 'string' || typeof message !== 'string' || !Number.isInteger(line)) return undefined;
  if (column !== undefined && !Number.isInteger(column)) return undefined;
  if (language !== undefined && !(typeof language === 'string' && LANGUAGE_NAMES.has(language))) return undefined;
  if (data !== undefined && !isFindingData(data)) return undefined;
  if (value.value !== undefined && typeof value.value !== 'number') return undefined;
  if (value.file === 0) value.file = file;
  else if (typeof value.file !== 'string') return undefined;
  // One copy of each kind and language string, as findings from the worker threads have.
  value.kind = strings.get(kind) ?? (strings.set(kind, kind), kind);
  if (typeof language === 'string') value.language = strings.get(language) ?? (strings.set(language, language), language);
  return value as unknown as Finding;
}

function restoredEntry(line: string, strings: Map<string, string>): [string, CacheEntry] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    // The line's own problem does not matter: the caller reports the whole file as damaged.
    return undefined;
  }
  if (!Array.isArray(value) || value.length !== 4) return undefined;
  const [file, objectId, skipped, stored] = value as unknown[];
  if (typeof file !== 'string' || typeof objectId !== 'string' || typeof skipped !== 'string' || !Array.isArray(stored)) return undefined;
  if (skipped !== '' && !CONTENT_SKIPS.has(skipped)) return undefined;
  // Restored in place: the parsed array becomes the findings.
  for (const item of stored) if (restoredFinding(item, file, strings) === undefined) return undefined;
  const findings = stored as Finding[];
  const outcome: CachedOutcome = skipped === '' ? { findings } : { skipped: skipped as SkipReason, findings };
  return [file, { objectId, outcome, line }];
}

/** The header line, when `line` is one. */
function headerOf(line: string): { identity: unknown } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    // Not JSON: the caller says the file is not a cache.
    return undefined;
  }
  return isRecord(value) && value.format === FORMAT ? { identity: value.identity } : undefined;
}

// Lines read between two turns of the event loop: git's listings of the repository fill their pipes meanwhile.
const LINES_PER_TURN = 256;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

const unusable = (file: string, why: string): LoadedCache => ({
  entries: new Map(),
  note: `the scan cache ${file} was not used: ${why}; every file was read, and the cache is written anew`,
});

/**
 * The lines of the cache at `file`, or why there are none to use. The file's bytes are let go here, before the
 * lines are read: they would double the cache's memory while the caller reads.
 */
function cacheLines(file: string): string[] | LoadedCache {
  let bytes: Buffer;
  try {
    const stats = lstatSync(file, { throwIfNoEntry: false });
    // No cache yet: the first run makes it.
    if (stats === undefined) return { entries: new Map() };
    if (!stats.isFile()) return { entries: new Map(), note: `the scan cache ${file} was not used: it is not a regular file (a symbolic link is never followed)` };
    // Its text must fit in one string; no repository's findings come near (50,000 files make 26 MB).
    if (stats.size > constants.MAX_STRING_LENGTH) return unusable(file, `it is larger than ${constants.MAX_STRING_LENGTH} bytes`);
    bytes = readFileSync(file);
  } catch (error) {
    return unusable(file, `it could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (!isAscii(bytes)) return unusable(file, 'it is not a readiness-gate scan cache');
  const lines = bytes.toString('latin1').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * The entries of the cache at `file` made with `identity`; none, with a note saying why, when it is unusable.
 * Reading pauses every few hundred lines, so git's output is taken in while a large cache is read.
 */
export async function loadScanCache(file: string, identity: string): Promise<LoadedCache> {
  const lines = cacheLines(file);
  if (!Array.isArray(lines)) return lines;
  const header = headerOf(lines[0] ?? '');
  if (header === undefined) return unusable(file, 'it is not a readiness-gate scan cache');
  const entries = new Map<string, CacheEntry>();
  // Another version or other options: expected after an upgrade, and not worth a note.
  if (header.identity !== identity) return { entries };
  const strings = new Map<string, string>();
  for (let index = 1; index < lines.length; index++) {
    if (index % LINES_PER_TURN === 0) await nextTurn();
    const entry = restoredEntry(lines[index] as string, strings);
    if (entry === undefined) return unusable(file, `line ${index + 1} is damaged`);
    entries.set(entry[0], entry[1]);
  }
  return { entries };
}

const FLUSH_CHARS = 1 << 20;

/** JSON text with every character beyond ASCII escaped (`\u2026`), which JSON.parse reads back the same. */
function asciiJson(value: unknown): string {
  const text = JSON.stringify(value);
  if (!/[^\x00-\x7f]/.test(text)) return text;
  return text.replace(/[^\x00-\x7f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The stored form of a finding: the same keys in the same order, with `file: 0` when it is the entry's path. */
const storedFinding = (finding: Finding, file: string): unknown => (finding.file === file ? { ...finding, file: 0 } : finding);

/**
 * Writes the cache, replacing the file in one step (a reader never sees half of it, and a symbolic link at
 * `file` is replaced, not followed). Returns why it could not be written, if it could not.
 */
export function saveScanCache(file: string, identity: string, entries: ReadonlyMap<string, CacheEntry>): string | undefined {
  const partial = `${file}.${process.pid}.partial`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const fd = openSync(partial, 'w');
    try {
      let pending = `${asciiJson({ format: FORMAT, identity })}\n`;
      for (const [relative, { objectId, outcome, line }] of entries) {
        pending += `${line ?? asciiJson([relative, objectId, outcome.skipped ?? '', outcome.findings.map((finding) => storedFinding(finding, relative))])}\n`;
        if (pending.length >= FLUSH_CHARS) {
          writeSync(fd, pending);
          pending = '';
        }
      }
      writeSync(fd, pending);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, file);
    return undefined;
  } catch (error) {
    if (existsSync(partial)) rmSync(partial);
    return `the scan cache could not be written to ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the next run reads every file again`;
  }
}
