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

export interface ScanOptions {
  /** Files larger than this are skipped as `too-large`. */
  maxFileBytes: number;
  textCollectors: readonly TextCollector[];
  pathCollectors: readonly PathCollector[];
  /** Receives internal errors with their stack (the CLI's --debug, the action's core.debug). */
  debug?: (message: string) => void;
}

export interface ScanResult {
  source: 'git' | 'walk';
  /** Paths listed, plus folders that could not be opened; equals scanned + skipped. */
  listed: number;
  /** Every listed path, for presence checks. */
  paths: string[];
  /** The files that were scanned (not skipped). */
  files: SourceFile[];
  findings: Finding[];
  skipped: Partial<Record<SkipReason, number>>;
  /** Things the user should know about the scan itself, e.g. why git was not used. */
  notes: string[];
}

const READS_IN_FLIGHT = 16;
const MINIFIED_LINE_LENGTH = 1000;

function hasLineLongerThan(text: string, limit: number): boolean {
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    if (stop - start > limit) return true;
    start = stop + 1;
  }
  return false;
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

function skipReasonOnDisk(root: string, relative: string, maxFileBytes: number): SkipReason | undefined {
  const stats = lstatSync(path.join(root, relative), { throwIfNoEntry: false });
  if (stats === undefined) return 'missing';
  if (stats.isSymbolicLink()) return 'symlink';
  if (!stats.isFile()) return 'not-a-file';
  if (stats.size > maxFileBytes) return 'too-large';
  return undefined;
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

  const attributeLines = await readAttributeLines(root, candidates);
  const files: SourceFile[] = [];
  for (const relative of candidates) {
    const reason =
      skipReasonByAttributes(relative, attributeLines) ?? skipReasonOnDisk(root, relative, options.maxFileBytes);
    if (reason) skip(reason);
    else files.push(describeFile(relative));
  }

  const findings: Finding[] = [];
  const runCollector = (collectorId: string, file: string, collect: () => Finding[]) => {
    try {
      findings.push(...collect());
    } catch (error) {
      // A collector bug must not hide the rest of the report; it becomes a visible problem on that file.
      options.debug?.(`${collectorId} failed on ${file}: ${(error as Error).stack ?? String(error)}`);
      findings.push({
        kind: 'parse.errors',
        file,
        line: 0,
        message: `readiness-gate could not analyse this file (${collectorId}: ${(error as Error).message}); please report it`,
      });
    }
  };

  const readable = files.map((file) => ({ file, wanted: options.textCollectors.filter((c) => c.wants(file)) }));
  const unread = new Set<SourceFile>();
  await forEachLimited(
    readable.filter((entry) => entry.wanted.length > 0),
    READS_IN_FLIGHT,
    async ({ file, wanted }) => {
      const outcome = await readText(path.join(root, file.path));
      if ('skipped' in outcome) {
        skip(outcome.skipped);
        unread.add(file);
        return;
      }
      if (file.language === 'javascript' && hasLineLongerThan(outcome.text, MINIFIED_LINE_LENGTH)) {
        skip('minified');
        unread.add(file);
        return;
      }
      for (const collector of wanted) runCollector(collector.id, file.path, () => collector.collect(file, outcome.text));
    },
  );

  const scanned = files.filter((file) => !unread.has(file));
  // Path collectors run last: they may read what the text collectors found (ScanFacts).
  const facts = { paths: listing.paths, findings: [...findings] };
  for (const collector of options.pathCollectors) runCollector(collector.id, '.', () => collector.collect(scanned, facts));

  findings.sort(compareFindings);
    const listed = listing.paths.length + listing.unreadableFolders.length;
  return { source: listing.source, listed, paths: listing.paths, files: scanned, findings, skipped, notes };
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

async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
