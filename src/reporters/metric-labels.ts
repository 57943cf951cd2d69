// Metric names in the words a reviewer reads: "+4 test cases", "−1 Dockerfile HEALTHCHECK".
// The order here is the order of the "What this PR changed" rows: tests and code first, then
// containers, CI and the rest. Metrics not listed fall back to their name in a code span.
import { codeSpan } from './markdown-escape.js';
import { formatNumber } from './report-view.js';

interface MetricLabel {
  singular: string;
  plural: string;
}

function label(singular: string, plural = `${singular}s`): MetricLabel {
  return { singular, plural };
}

export const METRIC_LABELS: ReadonlyMap<string, MetricLabel> = new Map([
  ['tests.cases', label('test case')],
  ['tests.skipped', label('skipped test')],
  ['tests.files', label('test file')],
  ['catch.generic', label('generic catch', 'generic catches')],
  ['catch.empty', label('empty catch', 'empty catches')],
  ['todo.comments', label('TODO comment')],
  ['stubs.placeholder', label('placeholder stub')],
  ['docker.files', label('Dockerfile')],
  ['docker.healthcheck', label('Dockerfile HEALTHCHECK')],
  ['docker.no-healthcheck', label('Dockerfile without a HEALTHCHECK', 'Dockerfiles without a HEALTHCHECK')],
  ['docker.nonroot', label('non-root Dockerfile')],
  ['docker.root-user', label('Dockerfile running as root', 'Dockerfiles running as root')],
  ['docker.multistage', label('multi-stage Dockerfile')],
  ['docker.unpinned-base', label('unpinned base image')],
  ['ci.workflows', label('CI workflow')],
  ['ci.jobs', label('CI job')],
  ['ci.test-jobs', label('CI test job')],
  ['ci.other', label('other CI configuration', 'other CI configurations')],
  ['ci.pipelines', label('CI pipeline')],
  ['compose.services', label('compose service')],
  ['migrations.files', label('migration')],
  ['parse.errors', label('unreadable file')],
  ['source.files', label('source file')],
  ['tests.ratio', label('test-to-source ratio', 'test-to-source ratio')],
  ['files.scanned', label('scanned file')],
  ['files.skipped', label('skipped file')],
]);

/** `+4` or `−1` (U+2212, which reads as a deduction rather than a hyphen). */
export function signed(delta: number): string {
  return `${delta < 0 ? '\u2212' : '+'}${formatNumber(Math.abs(delta))}`;
}

/** e.g. "+4 test cases", "−1 Dockerfile HEALTHCHECK", "+5 `lines.code`"; safe inside a table cell. */
export function describeDelta(metric: string, delta: number): string {
  const known = METRIC_LABELS.get(metric);
  if (known === undefined) return `${signed(delta)} ${codeSpan(metric, { inTable: true })}`;
  return `${signed(delta)} ${Math.abs(delta) === 1 ? known.singular : known.plural}`;
}

/** Known metrics in label order, then the others by name. */
export function metricOrder(metrics: readonly string[]): string[] {
  const known = [...METRIC_LABELS.keys()].filter((metric) => metrics.includes(metric));
  const unknown = metrics.filter((metric) => !METRIC_LABELS.has(metric)).sort();
  return [...known, ...unknown];
}
