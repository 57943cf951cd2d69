// Gets the change set of a pull request (or push) and the base contents it needs, from git when git can
// reach the base commit, else from the pull-request files API. Never guesses base or head: they come from
// the caller (the event payload, or the CLI's --base).
import path from 'node:path';
import type { PathCollector, TextCollector } from '../evidence.js';
import type { ApiPullRequestFile } from '../github/types.js';
import { skipReasonByName } from '../inventory/skip-by-name.js';
import { decodeText } from '../scan/read-text.js';
import type { ScanResult } from '../scan/scan-repository.js';
import { apiChangeSet } from './api-change-set.js';
import type { ChangeEvidence, EventName } from './change-evidence.js';
import type { ChangeSet } from './change-set.js';
import { computeChangeEvidence, relativeToScannedFolder } from './compute-change-evidence.js';
import { type CommitPresence, ensureCommit } from './ensure-commit.js';
import { gitChangeSet } from './git-change-set.js';
import { readBlobs } from './read-blobs.js';

export interface ChangeRequest {
  /** The repository's top folder (`git rev-parse --show-toplevel`). */
  repositoryRoot: string;
  baseSha: string;
  headSha: string;
  event: EventName;
  baseRef?: string;
  pullRequest?: number;
  /** The pull-request files API, for when git cannot reach the base commit. */
  listFiles?: () => Promise<{ files: ApiPullRequestFile[]; truncated: boolean }>;
}

export interface ResolvedChange {
  /** Paths relative to the repository root. */
  changeSet: ChangeSet;
  /** Git can read the base commit (so base contents, and with them metric deltas, are available). */
  baseReadable: boolean;
  notes: string[];
}

export interface ChangeCommits {
  base: CommitPresence;
  head: CommitPresence;
}

/** Makes sure both commits are in the clone, fetching what is missing: a blocking git call of up to two minutes. */
export function ensureChangeCommits(request: ChangeRequest): ChangeCommits {
  return { base: ensureCommit(request.repositoryRoot, request.baseSha), head: ensureCommit(request.repositoryRoot, request.headSha) };
}

/** The change set of `request`, whose commits `ensureChangeCommits` has looked for. */
export async function resolveChangeSet(request: ChangeRequest, { base, head }: ChangeCommits): Promise<ResolvedChange | { unavailable: string }> {
  if (base.present && head.present) {
    const notes = base.fetched ? [`fetched the base commit ${request.baseSha.slice(0, 12)} (the checkout was shallow)`] : [];
    return { changeSet: await gitChangeSet(request.repositoryRoot, request.baseSha, request.headSha), baseReadable: true, notes };
  }
  const problem = (base.present ? head.problem : base.problem) ?? 'unknown reason';
  if (request.listFiles === undefined) return { unavailable: `git cannot reach the ${base.present ? 'head' : 'base'} commit: ${problem}` };
  const { files, truncated } = await request.listFiles();
  return {
    changeSet: { ...apiChangeSet(files, request.baseSha, request.headSha), truncated },
    baseReadable: false,
    notes: [
      `git cannot reach the base commit (${problem}); the changed lines came from the pull-request files API, and metric deltas need the base commit, so none are shown`,
    ],
  };
}

/**
 * Base texts of the changed files with the scan's skip rules, keyed by their path in the scanned folder, which
 * is `prefix` inside the repository; none without a readable base. Read without blocking this thread, so git
 * reads them while the scan goes on.
 */
export async function readBaseTexts(request: ChangeRequest, resolved: ResolvedChange, prefix: string, maxFileBytes: number): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  if (!resolved.baseReadable) return texts;
  const wanted = new Map<string, string>();
  for (const file of relativeToScannedFolder(resolved.changeSet, prefix).files) {
    if (file.status === 'added' || file.binary) continue;
    const relative = file.previousPath ?? file.path;
    if (skipReasonByName(relative) === undefined) wanted.set(path.posix.join(prefix, relative), relative);
  }
  const blobs = await readBlobs(request.repositoryRoot, request.baseSha, [...wanted.keys()], { maxBytes: maxFileBytes });
  for (const [repositoryPath, read] of blobs) {
    if (!('content' in read)) continue;
    const text = decodeText(read.content);
    const relative = wanted.get(repositoryPath);
    if (text !== undefined && relative !== undefined) texts.set(relative, text);
  }
  return texts;
}

export interface ChangeEvidenceRequest {
  request: ChangeRequest;
  resolved: ResolvedChange;
  /** The scanned folder relative to the repository root, '' or ending in '/'. */
  prefix: string;
  scan: ScanResult;
  /** From readBaseTexts. */
  baseTexts: ReadonlyMap<string, string>;
  textCollectors: readonly TextCollector[];
  pathCollectors: readonly PathCollector[];
}

export function changeEvidenceOf(input: ChangeEvidenceRequest): { evidence: ChangeEvidence; changeSet: ChangeSet } {
  const { request, resolved, prefix } = input;
  const changeSet = relativeToScannedFolder(resolved.changeSet, prefix);
  const evidence = computeChangeEvidence({
    change: changeSet,
    scan: input.scan,
    baseTexts: input.baseTexts,
    textCollectors: input.textCollectors,
    pathCollectors: input.pathCollectors,
    event: request.event,
    ...(request.baseRef === undefined ? {} : { baseRef: request.baseRef }),
    ...(request.pullRequest === undefined ? {} : { pullRequest: request.pullRequest }),
  });
  // Without base contents there is nothing to subtract: deltas would just restate the head.
  return { evidence: resolved.baseReadable ? evidence : { ...evidence, deltas: {} }, changeSet };
}
