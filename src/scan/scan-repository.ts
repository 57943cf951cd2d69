import { lstatSync } from 'node:fs';
import path from 'node:path';
import type { Finding, PathCollector, SkipReason, SourceFile, TextCollector } from '../evidence.js';
import { describeFile } from '../inventory/classify.js';
import { listRepositoryPaths } from '../inventory/list-paths.js';
import {
  type AttributeLine,
  parseGitattributes,
  skipReasonByAttributes,
  skipReasonByName,
} from '../inventory/skip-by-name.js';
import { readText } from './read-text.js';
import { collectorFailure, collectorsIn, type FileOutcome, scanFile, skipReasonOnDisk, wantedMask } from './scan-file.js';
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

/** Each task's outcome, on worker threads too when the options allow and the work is worth it. */
async function readAndCollect(root: string, tasks: readonly ReadTask[], options: ScanOptions): Promise<(FileOutcome | undefined)[]> {
  const { parallel, deadline } = options;
  const scanHere = ({ file, mask }: ReadTask) => scanFile(root, file, collectorsIn(options.textCollectors, mask), options.maxFileBytes);
  const timeIsUp = () => deadline !== undefined && Date.now() >= deadline;
  if (parallel !== undefined && parallel.threads > 0 && tasks.length >= parallel.minFiles && !timeIsUp()) {
    const collectorIds = options.textCollectors.map((collector) => collector.id);
    const { workerScript, threads } = parallel;
    return scanInParallel(tasks, { root, maxFileBytes: options.maxFileBytes, collectorIds, workerScript, threads, deadline }, scanHere);
  }
  const outcomes: (FileOutcome | undefined)[] = new Array(tasks.length).fill(undefined);
  for (let i = 0; i < tasks.length && !timeIsUp(); i++) outcomes[i] = scanHere(tasks[i] as ReadTask);
  return outcomes;
}

export async function scanRepository(root: string, options: ScanOptions): Promise<ScanResult> {
  const listing = listRepositoryPaths(root);
  const notes = listing.note ? [`files listed by walking the folder: ${listing.note}`] : [];
  const skipped: Partial<Record<SkipReason, number>> = {};
  const skip = (reason: SkipReason) => {
    skipped[reason] = (skipped[reason] ?? 0) + 1;
  };
  for (let i = 0; i < listing.unreadableFolders.length; i++) skip('unreadable');
  const parentsAreReal = makeParentCheck(root);

  const candidates: string[] = [];
  for (const relative of listing.paths) {
    const reason = skipReasonByName(relative) ?? (parentsAreReal(relative) ? undefined : 'symlink');
    if (reason) skip(reason);
    else candidates.push(relative);
  }

  // Files no text collector wants are checked on disk here; the rest where they are read (scan-file.ts).
  const attributeLines = await readAttributeLines(root, candidates);
  const entries: ReadTask[] = [];
  for (const relative of candidates) {
    const byAttributes = skipReasonByAttributes(relative, attributeLines);
    if (byAttributes) {
      skip(byAttributes);
      continue;
    }
    const file = describeFile(relative);
    const mask = wantedMask(options.textCollectors, file);
    const onDisk = mask === 0 ? skipReasonOnDisk(root, relative, options.maxFileBytes) : undefined;
    if (onDisk) skip(onDisk);
    else entries.push({ file, mask });
  }

  const tasks = entries.filter((entry) => entry.mask !== 0);
  const outcomes = await readAndCollect(root, tasks, options);
  const outcomeOf = new Map<SourceFile, FileOutcome | undefined>(tasks.map((task, i) => [task.file, outcomes[i]]));
  const findings: Finding[] = [];
  const scanned: SourceFile[] = [];
  let unscanned = 0;
  for (const { file, mask } of entries) {
    if (mask === 0) {
      scanned.push(file);
      continue;
    }
    const outcome = outcomeOf.get(file);
    if (outcome === undefined) unscanned++;
    else if (outcome.skipped) skip(outcome.skipped);
    else scanned.push(file);
    for (const finding of outcome?.findings ?? []) findings.push(finding);
    for (const message of outcome?.debug ?? []) options.debug?.(message);
  }

  // Path collectors run last: they may read what the text collectors found (ScanFacts).
  const facts = { paths: listing.paths, findings: [...findings] };
  for (const collector of options.pathCollectors) {
    try {
      for (const finding of collector.collect(scanned, facts)) findings.push(finding);
    } catch (error) {
      options.debug?.(`${collector.id} failed on .: ${(error as Error).stack ?? String(error)}`);
      findings.push(collectorFailure(collector.id, '.', error));
    }
  }

  findings.sort(compareFindings);
  const listed = listing.paths.length + listing.unreadableFolders.length;
  return {
    source: listing.source,
    listed,
    paths: listing.paths,
    files: scanned,
    findings,
    skipped,
    notes,
    ...(unscanned > 0 ? { incomplete: { reason: 'time budget' as const, unscanned } } : {}),
  };
}

function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return (a.column ?? 0) - (b.column ?? 0);
}

async function readAttributeLines(root: string, candidates: readonly string[]): Promise<AttributeLine[]> {
  const attributeFiles = candidates
    .filter((p) => p === '.gitattributes' || p.endsWith('/.gitattributes'))
    .sort((a, b) => a.split('/').length - b.split('/').length);
  const lines: AttributeLine[] = [];
  for (const relative of attributeFiles) {
    if (skipReasonOnDisk(root, relative, 1024 * 1024) !== undefined) continue;
    const outcome = await readText(path.join(root, relative));
    if ('text' in outcome) lines.push(...parseGitattributes(path.posix.dirname(relative).replace(/^\.$/, ''), outcome.text));
  }
  return lines;
}
