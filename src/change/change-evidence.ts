// The pull-request part of the evidence: findings on added lines and metric deltas, computed from the
// changed files only (their base and head contents), so the cost grows with the PR, not the repository.
import type { Finding } from '../evidence.js';

export const SUPPORTED_EVENTS = ['pull_request', 'pull_request_target', 'merge_group', 'push', 'workflow_dispatch'] as const;
export type EventName = (typeof SUPPORTED_EVENTS)[number];

export interface MetricDelta {
  /** The metric over the changed files' base contents. */
  base: number;
  /** The metric over the changed files' head contents. */
  head: number;
  /** head − base. */
  delta: number;
}

export interface ChangeEvidence {
  event: EventName;
  /** The branch the change merges into (pull_request, merge_group), or the pushed branch. */
  baseRef?: string;
  baseSha: string;
  headSha: string;
  pullRequest?: number;
  /** Where the change set came from and how many files it had. */
  source: 'git' | 'api';
  files: { changed: number; added: number; removed: number; renamed: number; binary: number };
  truncated: boolean;
  /** Findings on lines the change adds (whole-file findings of added files count too). */
  newFindings: Finding[];
  /** Per metric, over the changed files only; metrics that did not move are left out. */
  deltas: Record<string, MetricDelta>;
}
