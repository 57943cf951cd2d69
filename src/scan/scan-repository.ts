import { lstatSync } from 'node:fs';
import path from 'node:path';
import { type Finding, type PathCollector, SKIP_REASONS, type SkipReason, type SourceFile, type TextCollector } from '../evidence.js';
import { describeFile } from '../inventory/classify.js';
import { listRepositoryPaths, type PathListing } from '../inventory/list-paths.js';
import {
  type AttributeLine,
  parseGitattributes,
  skipReasonByAttributes,
  skipReasonByName,
} from '../inventory/skip-by-name.js';
import { readText } from './read-text.js';
import { type CachedOutcome, cachedEntry, type CacheUse, cacheChanged, keepOutcome, type LoadedCache, loadScanCache, reuseEntry, saveScanCache } from './scan-cache.js';
import {
  collectorFailure,
  collectorsIn,
  detachFromFileText,
  type FileOutcome,
  scanFile,
  skipReasonOnDisk,
  wantedMask,
} from './scan-file.js';
import { type ReadTask, scanInParallel } from './worker-pool.js';

export interface ScanOptions {
  /** Files larger than this are skipped as `too-large`. */
  maxFileBytes: number;
  textCollectors: readonly TextCollector[];
  pathCollectors: readonly PathCollector[];
  /** Receives internal errors with their stack (the CLI's --debug, the action's core.debug). */
  debug?: (message: string) => void;
  /**
   * Read and analyse files on `threads` worker threads running `workerScript` as well as on this one; the
   * script must serve the same text collectors (see scan-worker.ts; checked by id). Used when at least
   * `minFiles` files are to be read. The findings are the same as without it, in the same order.
   */
  parallel?: { workerScript: URL; threads: number; minFiles: number };
  /**
   * Epoch ms. Once passed, no more files are read: what is in flight finishes, the rest is left out of the
   * scan and counted in `incomplete`. Files judged by name alone are still listed as scanned.
   */
  deadline?: number;
  /** Once aborted, no more files are read; the result is then incomplete and meant to be thrown away. */
  signal?: AbortSignal;
  /**
   * Reuse the findings of unchanged tracked files from the cache file (see scan-cache.ts) when it was made
   * with `identity`, and write it anew for the next run. Needs git; without it every file is read.
   */
  cache?: { file: string; identity: string };
}

export interface ScanResult {
  source: 'git' | 'walk';
  /** Paths listed, plus folders that could not be opened; equals scanned + skipped + incomplete.unscanned. */
  listed: number;
  /** Every listed path, for presence checks. */
  paths: string[];
  /** The files that were scanned (not skipped). */
  files: SourceFile[];
  findings: Finding[];
  skipped: Partial<Record<SkipReason, number>>;
  /** Things the user should know about the scan itself, e.g. why git was not used. */
  notes: string[];
  /** Set when the deadline stopped the scan before every file was read. */
  incomplete?: { reason: 'time budget'; unscanned: number };
  /** With a usable cache: how many files' findings came from it instead of a read. */
  cache?: { reused: number };
}

/** True when every folder above `relative` is a real folder, not a symlink (cached per folder). */
function makeParentCheck(root: string): (relative: string) => boolean {
  const verdicts = new Map<string, boolean>();
  const folderIsReal = (folder: string): boolean => {
    let verdict = verdicts.get(folder);
    if (verdict === undefined) {
      const stats = lstatSync(path.join(root, folder), { throwIfNoEntry: false });
      verdict = stats !== undefined && stats.isDirectory() && !stats.isSymbolicLink();
      verdicts.set(folder, verdict);
    }
    return verdict;
  };
  return (relative) => {
    for (let slash = relative.indexOf('/'); slash !== -1; slash = relative.indexOf('/', slash + 1)) {
      if (!folderIsReal(relative.slice(0, slash))) return false;
    }
    return true;
  };
}

/**
 * Each task's outcome in the order `tasks` yields them, on worker threads too when the options allow and
 * the work (`expected` tasks at most) is worth it; undefined for the tasks the deadline left unread.
 */
async function readAndCollect(
  root: string,
  tasks: Generator<ReadTask>,
  expected: number,
  options: ScanOptions,
): Promise<(FileOutcome | undefined)[]> {
  const { parallel, deadline, signal } = options;
  const scanHere = ({ file, mask }: ReadTask) => {
    const outcome = scanFile(root, file, collectorsIn(options.textCollectors, mask), options.maxFileBytes);
    detachFromFileText(outcome.findings);
    return outcome;
  };
  const stopped = () => signal?.aborted === true || (deadline !== undefined && Date.now() >= deadline);
  let outcomes: (FileOutcome | undefined)[] = [];
  if (parallel !== undefined && parallel.threads > 0 && expected >= parallel.minFiles && !stopped()) {
    const collectorIds = options.textCollectors.map((collector) => collector.id);
    const { workerScript, threads } = parallel;
    outcomes = await scanInParallel(tasks, { root, maxFileBytes: options.maxFileBytes, collectorIds, workerScript, threads, stopped }, scanHere);
  } else {
    while (!stopped()) {
      const next = tasks.next();
      if (next.done === true) break;
      outcomes.push(scanHere(next.value));
    }
  }
  // The tasks left when time ran out are still planned, so every file is accounted for.
  for (const _ of tasks) outcomes.push(undefined);
  return outcomes;
}

/** What the passes of one scan add up (see scanRepository). */
interface ScanTally {
  findings: Finding[];
  scanned: SourceFile[];
  skipped: Partial<Record<SkipReason, number>>;
  unscanned: number;
  attributeLines: AttributeLine[];
  cache?: CacheUse;
}

const isAttributesFile = (relative: string) => relative === '.gitattributes' || relative.endsWith('/.gitattributes');

/** Skips, reads and collects one list of paths, adding to the tally. */
async function scanPaths(root: string, paths: readonly string[], tally: ScanTally, options: ScanOptions): Promise<void> {
  const skip = (reason: SkipReason) => {
    tally.skipped[reason] = (tally.skipped[reason] ?? 0) + 1;
  };
  const parentsAreReal = makeParentCheck(root);
  const skipReasonByPath = (relative: string) => skipReasonByName(relative) ?? (parentsAreReal(relative) ? undefined : 'symlink');
  const attributeFiles = paths.filter((relative) => isAttributesFile(relative) && skipReasonByPath(relative) === undefined);
  // Without attribute files there is nothing to wait for: the first files are then read before this call
  // returns, and the caller's own work (loading the rules) overlaps with the scan.
  if (attributeFiles.length > 0) tally.attributeLines.push(...(await readAttributeLines(root, attributeFiles)));

  // Every file judged scanned or to be read, in path order; the ones to read are also yielded as tasks,
  // planned as the readers ask for them, so the first file is read before the last one is planned.
  // With a cache, the entry it serves for each path (found once: the count of files to read below needs them
  // before planning does).
  const { cache } = tally;
  const served = cache === undefined ? undefined : paths.map((relative) => cachedEntry(cache, relative));
  const entries: PlannedFile[] = [];
  function* plannedTasks(): Generator<ReadTask> {
    for (let index = 0; index < paths.length; index++) {
      const relative = paths[index] as string;
      const cached = served?.[index];
      // git names a file behind a symlinked folder as changed, so a cached file needs no check of its folders.
      const reason =
        skipReasonByName(relative) ??
        (cached !== undefined || parentsAreReal(relative) ? undefined : 'symlink') ??
        skipReasonByAttributes(relative, tally.attributeLines);
      if (reason) {
        skip(reason);
        continue;
      }
      const file = describeFile(relative);
      if (cached !== undefined) {
        entries.push({ file, mask: 0, reused: reuseEntry(cache as CacheUse, relative, cached) });
        continue;
      }
      const mask = wantedMask(options.textCollectors, file);
      // Files no text collector wants are checked on disk here; the rest where they are read (scan-file.ts).
      const onDisk = mask === 0 ? skipReasonOnDisk(root, relative, options.maxFileBytes) : undefined;
      if (cache && mask === 0) keepOutcome(cache, relative, { skipped: onDisk, findings: [] });
      if (onDisk) {
        skip(onDisk);
        continue;
      }
      const entry = { file, mask };
      entries.push(entry);
      if (mask !== 0) yield entry;
    }
  }

  // Threads are worth starting only for the files that will be read: with a cache, often a handful. Files
  // skipped by name or by .gitattributes are never cached (the attributes may change), and never read.
  const toRead =
    served === undefined
      ? paths.length
      : paths.filter(
          (relative, index) =>
            served[index] === undefined &&
            skipReasonByName(relative) === undefined &&
            skipReasonByAttributes(relative, tally.attributeLines) === undefined,
        ).length;
  const outcomes = await readAndCollect(root, plannedTasks(), toRead, options);
  let read = 0;
  for (const { file, mask, reused } of entries) {
    let outcome: CachedOutcome | undefined = reused;
    if (outcome === undefined) {
      if (mask === 0) {
        tally.scanned.push(file);
        continue;
      }
      const fresh = outcomes[read++];
      for (const message of fresh?.debug ?? []) options.debug?.(message);
      if (fresh !== undefined && cache) keepOutcome(cache, file.path, fresh);
      outcome = fresh;
    }
    if (outcome === undefined) tally.unscanned++;
    else if (outcome.skipped) skip(outcome.skipped);
    else tally.scanned.push(file);
    for (const finding of outcome?.findings ?? []) tally.findings.push(finding);
  }
}

/** A file planned for the scan: served by the cache (`reused`), to be read (a mask other than 0), or judged by name. */
interface PlannedFile extends ReadTask {
  reused?: CachedOutcome;
}

/**
 * The cache for this scan, once git has said which tracked files are unchanged; undefined (with a note when
 * the user should know why) when it cannot be used.
 */
async function openCache(cacheFile: string, listing: PathListing, loaded: LoadedCache, notes: string[]): Promise<CacheUse | undefined> {
  if (listing.objectIds === undefined) return undefined;
  let objectIds;
  try {
    objectIds = await listing.objectIds;
  } catch (error) {
    notes.push(`the scan cache was not used: git could not compare the work tree with its index (${(error as Error).message})`);
    return undefined;
  }
  // A cache in the commit could be forged by whoever makes the commit: it would vouch for files unread.
  if (listing.paths.includes(cacheFile)) {
    notes.push(`the scan cache ${cacheFile} was not used: git tracks it, so a commit could forge it; keep it outside the repository or ignored`);
    return undefined;
  }
  if (loaded.note !== undefined) notes.push(loaded.note);
  return { objectIds, loaded: loaded.entries, kept: new Map(), reused: 0 };
}

/**
 * Lists, skips, reads and collects. The tracked files are read first, while git lists the untracked ones
 * (a walk of the whole work tree); those are scanned second, so the first file is read as soon as the index
 * is listed. A `.gitattributes` file that is itself untracked therefore applies to untracked files only.
 */
export async function scanRepository(root: string, options: ScanOptions): Promise<ScanResult> {
  const { cache } = options;
  // The cache is read while git lists the repository.
  const [listing, loaded] = await Promise.all([
    listRepositoryPaths(root, { objectIds: cache !== undefined }),
    cache === undefined ? undefined : loadScanCache(cache.file, cache.identity),
  ]);
  const notes = listing.note ? [`files listed by walking the folder: ${listing.note}`] : [];
  const tally: ScanTally = { findings: [], scanned: [], skipped: {}, unscanned: 0, attributeLines: [] };
  // The cache file's path relative to the root, as listed paths are.
  const cacheFile = cache === undefined ? undefined : path.relative(root, cache.file).split(path.sep).join('/');
  if (loaded !== undefined) tally.cache = await openCache(cacheFile as string, listing, loaded, notes);
  if (listing.unreadableFolders.length > 0) tally.skipped.unreadable = listing.unreadableFolders.length;
  await scanPaths(root, listing.paths, tally, options);
  let paths = listing.paths;
  if (listing.untracked !== undefined) {
    const untracked = await listing.untracked;
    if (untracked.note !== undefined) notes.push(untracked.note);
    // The cache file is the scan's own output, not the repository's: whether it exists must not change the scan.
    if (cacheFile !== undefined) untracked.paths = untracked.paths.filter((relative) => relative !== cacheFile);
    if (untracked.paths.length > 0) {
      await scanPaths(root, untracked.paths, tally, options);
      paths = mergeSorted(listing.paths, untracked.paths);
      tally.scanned.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    }
  }
  const { findings, scanned, unscanned } = tally;
  // In one fixed order: the order reasons were first met depends on which files the cache served.
  const skipped = Object.fromEntries(SKIP_REASONS.filter((reason) => tally.skipped[reason] !== undefined).map((reason) => [reason, tally.skipped[reason]]));

  // Path collectors run last: they may read what the text collectors found (ScanFacts).
  const facts = { paths, findings: [...findings] };
  for (const collector of options.pathCollectors) {
    try {
      for (const finding of collector.collect(scanned, facts)) findings.push(finding);
    } catch (error) {
      options.debug?.(`${collector.id} failed on .: ${(error as Error).stack ?? String(error)}`);
      findings.push(collectorFailure(collector.id, '.', error));
    }
  }

  if (cache !== undefined && tally.cache !== undefined && options.signal?.aborted !== true && cacheChanged(tally.cache)) {
    const problem = saveScanCache(cache.file, cache.identity, tally.cache.kept);
    if (problem !== undefined) notes.push(problem);
  }
  findings.sort(compareFindings);
  const listed = paths.length + listing.unreadableFolders.length;
  return {
    source: listing.source,
    listed,
    paths,
    files: scanned,
    findings,
    skipped,
    notes,
    ...(unscanned > 0 ? { incomplete: { reason: 'time budget' as const, unscanned } } : {}),
    ...(tally.cache === undefined ? {} : { cache: { reused: tally.cache.reused } }),
  };
}

/** One sorted list from two sorted lists with nothing in common. */
function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  const merged: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && (a[i] as string) < (b[j] as string))) merged.push(a[i++] as string);
    else merged.push(b[j++] as string);
  }
  return merged;
}

function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return (a.column ?? 0) - (b.column ?? 0);
}

async function readAttributeLines(root: string, attributeFiles: readonly string[]): Promise<AttributeLine[]> {
  const byDepth = [...attributeFiles].sort((a, b) => a.split('/').length - b.split('/').length);
  const lines: AttributeLine[] = [];
  for (const relative of byDepth) {
    if (skipReasonOnDisk(root, relative, 1024 * 1024) !== undefined) continue;
    const outcome = await readText(path.join(root, relative));
    if ('text' in outcome) lines.push(...parseGitattributes(path.posix.dirname(relative).replace(/^\.$/, ''), outcome.text));
  }
  return lines;
}
