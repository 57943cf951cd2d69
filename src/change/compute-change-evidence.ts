// New findings and metric deltas of a change, from the head scan (already done for the whole repository)
// and the base contents of the changed files only: the extra work grows with the change, not the repo.
import type { Finding, PathCollector, SourceFile, TextCollector } from '../evidence.js';
import { describeFile } from '../inventory/classify.js';
import type { ScanResult } from '../scan/scan-repository.js';
import type { ChangeEvidence, EventName, MetricDelta } from './change-evidence.js';
import type { ChangedFile, ChangeSet } from './change-set.js';

export interface ChangeEvidenceInput {
  /** Paths relative to the scanned folder (see `relativeToScannedFolder`). */
  change: ChangeSet;
  /** The head scan of the whole folder. */
  scan: ScanResult;
  /** Base text of each changed file that existed in the base and could be read, by base path. */
  baseTexts: ReadonlyMap<string, string>;
  textCollectors: readonly TextCollector[];
  pathCollectors: readonly PathCollector[];
  event: EventName;
  baseRef?: string;
  pullRequest?: number;
}

/** Keeps the changed files inside the scanned folder, with paths relative to it. */
export function relativeToScannedFolder(change: ChangeSet, prefix: string): ChangeSet {
  if (prefix === '') return change;
  const strip = (path: string) => (path.startsWith(prefix) ? path.slice(prefix.length) : undefined);
  const files: ChangedFile[] = [];
  for (const file of change.files) {
    const path = strip(file.path);
    if (path === undefined) continue;
    if (file.previousPath === undefined) {
      files.push({ ...file, path });
      continue;
    }
    const previousPath = strip(file.previousPath);
    // Renamed in from outside the folder: as far as the folder is concerned, the file is new.
    if (previousPath === undefined) files.push({ path, status: 'added', binary: file.binary, addedLines: file.addedLines });
    else files.push({ ...file, path, previousPath });
  }
  return { ...change, files };
}

function basePathOf(file: ChangedFile): string | undefined {
  if (file.status === 'added') return undefined;
  return file.previousPath ?? file.path;
}

function countByKind(findings: readonly Finding[], files: readonly SourceFile[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (kind: string) => counts.set(kind, (counts.get(kind) ?? 0) + 1);
  for (const finding of findings) add(finding.kind);
  for (const file of files) {
    if (file.language === undefined) continue;
    if (file.isTestFile) add('tests.files');
    if (!file.isTest) add('source.files');
  }
  return counts;
}

function isNew(finding: Finding, file: ChangedFile, added: ReadonlySet<number>): boolean {
  if (finding.line === 0) return file.status === 'added';
  return added.has(finding.line);
}

/** Base findings: the collectors run on the base texts, path collectors on the base's file list. */
function baseFindings(input: ChangeEvidenceInput, baseFiles: readonly SourceFile[], headChanged: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  for (const [path, text] of input.baseTexts) {
    const file = describeFile(path);
    for (const collector of input.textCollectors) {
      if (collector.wants(file)) findings.push(...collector.collect(file, text));
    }
  }
  // Path collectors judge only the changed files, as the deltas count nothing else, but they see the whole
  // base around them: its paths (Alembic needs env.py beside a migration) and its text findings (manifests).
  const basePaths = new Set(baseFiles.map((file) => file.path));
  const baseFacts = {
    paths: [...input.scan.paths.filter((path) => !headChanged.has(path)), ...basePaths],
    findings: [...input.scan.findings.filter((finding) => !headChanged.has(finding.file)), ...findings],
  };
  for (const collector of input.pathCollectors) {
    findings.push(...collector.collect(baseFiles, baseFacts).filter((finding) => basePaths.has(finding.file)));
  }
  return findings;
}

export function computeChangeEvidence(input: ChangeEvidenceInput): ChangeEvidence {
  const { change, scan } = input;
  const scanned = new Map(scan.files.map((file) => [file.path, file]));
  const headChanged = new Map<string, ChangedFile>();
  const basePaths = new Set<string>();
  for (const file of change.files) {
    if (file.status !== 'removed' && scanned.has(file.path)) headChanged.set(file.path, file);
    const basePath = basePathOf(file);
    if (basePath !== undefined && input.baseTexts.has(basePath)) basePaths.add(basePath);
  }

  const addedLines = new Map([...headChanged].map(([path, file]) => [path, new Set(file.addedLines)]));
  const headFindings = scan.findings.filter((finding) => headChanged.has(finding.file));
  const newFindings = headFindings.filter((finding) =>
    isNew(finding, headChanged.get(finding.file) as ChangedFile, addedLines.get(finding.file) as Set<number>),
  );
  const headCounts = countByKind(headFindings, [...headChanged.keys()].map((path) => scanned.get(path) as SourceFile));
  // The changed files as they were in the base, described once for the path collectors and the counts.
  const baseFiles = [...basePaths].map((path) => describeFile(path));
  const baseCounts = countByKind(baseFindings(input, baseFiles, new Set(headChanged.keys())), baseFiles);

  for (const counts of [headCounts, baseCounts]) {
    const pipelines = (counts.get('ci.workflows') ?? 0) + (counts.get('ci.other') ?? 0);
    if (pipelines > 0) counts.set('ci.pipelines', pipelines);
  }
  const deltas: Record<string, MetricDelta> = {};
  for (const metric of [...new Set([...headCounts.keys(), ...baseCounts.keys()])].sort()) {
    const head = headCounts.get(metric) ?? 0;
    const base = baseCounts.get(metric) ?? 0;
    if (head !== base) deltas[metric] = { base, head, delta: head - base };
  }

  const statusCount = (status: ChangedFile['status']) => change.files.filter((file) => file.status === status).length;
  return {
    event: input.event,
    ...(input.baseRef === undefined ? {} : { baseRef: input.baseRef }),
    baseSha: change.baseSha,
    headSha: change.headSha,
    ...(input.pullRequest === undefined ? {} : { pullRequest: input.pullRequest }),
    source: change.source,
    files: {
      changed: change.files.length,
      added: statusCount('added'),
      removed: statusCount('removed'),
      renamed: statusCount('renamed'),
      binary: change.files.filter((file) => file.binary).length,
    },
    truncated: change.truncated,
    newFindings,
    deltas,
  };
}
