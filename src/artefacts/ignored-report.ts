// `reports.ignored`: a report file that matched but whose numbers are not used, with the reason, so a reader
// of the evidence can see every report that was left out.
import type { Finding } from '../evidence.js';
import type { SkippedReport } from './report-file.js';
import type { StaleReport } from './fresh-reports.js';

export type IgnoredReason = SkippedReport['reason'] | 'stale' | 'unrecognised' | 'duplicate';

export function ignoredReport(file: string, reason: IgnoredReason, message: string): Finding {
  return { kind: 'reports.ignored', file, line: 0, message, data: { reason } };
}

const SKIP_MESSAGES: Record<SkippedReport['reason'], string> = {
  symlink: 'report not read: it is a symlink',
  'too-large': 'report not read: larger than the size limit',
  binary: 'report not read: it is not text',
  unreadable: 'report not read: it could not be opened',
  'too-many': 'report not read: more reports matched than the limit',
};

export function skippedReportFinding(skipped: SkippedReport): Finding {
  return ignoredReport(skipped.path, skipped.reason, SKIP_MESSAGES[skipped.reason]);
}

export function staleReportFinding(stale: StaleReport, kind: string): Finding {
  return ignoredReport(
    stale.file.path,
    'stale',
    `${kind} ignored as stale: written ${stale.hoursBeforeNewest} hours before the newest ${kind}`,
  );
}
