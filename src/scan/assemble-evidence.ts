import type { Evidence, Language } from '../evidence.js';
import type { ScanResult } from './scan-repository.js';

/** Code metrics that are also split by language in `byLanguage`. */
export const CODE_METRICS = [
  'tests.files',
  'tests.cases',
  'tests.skipped',
  'source.files',
  'catch.generic',
  'catch.empty',
  'todo.comments',
  'stubs.placeholder',
] as const;

/** Language-specific code metrics: split by language too, but only shown for languages that have them. */
const LANGUAGE_METRICS = new Set([
  'stubs.mock-data',
  'tests.pending',
  'tests.benchmarks',
  'tests.fuzz',
  'tests.examples',
  'tests.subtests',
  'tests.skip-calls',
  'tests.templates',
  'tests.skipped-classes',
  'catch.rescue-modifier',
  'code.panics',
]);

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : Math.round((numerator / denominator) * 10000) / 10000;
}

/**
 * Percent from the summed counts of every report, truncated (not rounded) to one decimal, so 79.96% reads
 * 79.9 and never meets `min: 80`. 0 without reports: rules on it use `when: coverage.reports`.
 */
function coveragePercent(covered: number, total: number): number {
  return total === 0 ? 0 : Math.floor((covered / total) * 1000) / 10;
}

function increment(map: Record<string, number>, key: string, amount = 1): void {
  map[key] = (map[key] ?? 0) + amount;
}

/**
 * Turns a scan into the evidence every later stage reads: each finding kind is a metric (its count);
 * file counts and ratios come from the inventory. `metricNames` are zero-filled so a missing kind reads 0.
 */
export function assembleEvidence(scan: ScanResult, metricNames: readonly string[]): Evidence {
  const metrics: Record<string, number> = Object.fromEntries(metricNames.map((name) => [name, 0]));
  const byLanguage: Partial<Record<Language, Record<string, number>>> = {};
  const languageMetrics = (language: Language) =>
    (byLanguage[language] ??= Object.fromEntries(CODE_METRICS.map((name) => [name, 0])));

  for (const file of scan.files) {
    if (file.language === undefined) continue;
    const perLanguage = languageMetrics(file.language);
    if (file.isTestFile) {
      increment(metrics, 'tests.files');
      increment(perLanguage, 'tests.files');
    }
    if (!file.isTest) {
      increment(metrics, 'source.files');
      increment(perLanguage, 'source.files');
    }
  }
  for (const finding of scan.findings) {
    increment(metrics, finding.kind, finding.value ?? 1);
    const isCodeMetric = (CODE_METRICS as readonly string[]).includes(finding.kind) || LANGUAGE_METRICS.has(finding.kind);
    if (finding.language !== undefined && isCodeMetric) increment(languageMetrics(finding.language), finding.kind);
  }

  metrics['tests.ratio'] = ratio(metrics['tests.files'] ?? 0, metrics['source.files'] ?? 0);
  for (const perLanguage of Object.values(byLanguage)) {
    perLanguage['tests.ratio'] = ratio(perLanguage['tests.files'] ?? 0, perLanguage['source.files'] ?? 0);
  }
  metrics['ci.pipelines'] = (metrics['ci.workflows'] ?? 0) + (metrics['ci.other'] ?? 0);
  for (const kind of ['lines', 'branches']) {
    metrics[`coverage.${kind}`] = coveragePercent(metrics[`coverage.${kind}.covered`] ?? 0, metrics[`coverage.${kind}.total`] ?? 0);
  }
  const skippedTotal = Object.values(scan.skipped).reduce((sum, n) => sum + (n ?? 0), 0);
  metrics['files.scanned'] = scan.files.length;
  metrics['files.skipped'] = skippedTotal;

  return {
    inventory: {
      source: scan.source,
      listed: scan.listed,
      scanned: scan.files.length,
      skipped: scan.skipped,
    },
    metrics,
    byLanguage,
    findings: scan.findings,
  };
}
