// The evidence of a pull request's base, reconstructed from the head evidence and the change alone:
// the base is never scanned, so a PR costs what it changes, not what the repository holds.
import type { ChangeEvidence } from '../change/change-evidence.js';
import type { ChangedFile } from '../change/change-set.js';
import type { Evidence } from '../evidence.js';

/** The same rounding as the head's tests.ratio (scan/assemble-evidence.ts), so equal parts give equal ratios. */
function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : Math.round((numerator / denominator) * 10000) / 10000;
}

function baseMetrics(head: Record<string, number>, change: ChangeEvidence): Record<string, number> {
  const metrics = { ...head };
  for (const [metric, moved] of Object.entries(change.deltas)) {
    // A delta measured over the changed files can exceed what the head evidence counted (a file the
    // head scan skipped as too large, say); a count is never negative.
    metrics[metric] = Math.max(0, (head[metric] ?? 0) - moved.delta);
  }
  // Computed metrics follow their parts; a delta of the ratio over the changed files means nothing here.
  metrics['tests.ratio'] = ratio(metrics['tests.files'] ?? 0, metrics['source.files'] ?? 0);
  metrics['ci.pipelines'] = (metrics['ci.workflows'] ?? 0) + (metrics['ci.other'] ?? 0);
  return metrics;
}

/** Head paths with the change taken back: added files go, removed files return, renames swap back. */
function basePaths(paths: readonly string[], changedFiles: readonly ChangedFile[]): string[] {
  const gone = new Set<string>();
  const back: string[] = [];
  for (const file of changedFiles) {
    if (file.status === 'added') gone.add(file.path);
    if (file.status === 'removed') back.push(file.path);
    if (file.status === 'renamed') {
      gone.add(file.path);
      if (file.previousPath !== undefined) back.push(file.previousPath);
    }
  }
  const kept = paths.filter((path) => !gone.has(path));
  // The head's paths come sorted (ScanResult.paths): sorting 50,000 of them again cost more than the rest
  // of the base's evaluation. Only paths given back need a place found.
  return back.length === 0 ? kept : [...new Set([...kept, ...back])].sort();
}

/**
 * Metrics are the head's minus each delta; findings are empty (the finding budget then counts the
 * metric); byLanguage is empty because deltas are not split by language; the inventory is the head's.
 */
export function baseEvidence(
  head: Evidence,
  paths: readonly string[],
  change: ChangeEvidence,
  changedFiles: readonly ChangedFile[],
): { evidence: Evidence; paths: string[] } {
  return {
    evidence: { inventory: head.inventory, metrics: baseMetrics(head.metrics, change), byLanguage: {}, findings: [] },
    paths: basePaths(paths, changedFiles),
  };
}
