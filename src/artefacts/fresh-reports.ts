// Reports left over from an earlier run must not speak for this one. CI starts from a fresh checkout, so
// there every report is from this run; on a developer's machine, `coverage/` may hold last week's numbers
// next to today's JUnit file. "Stale" is relative to the newest report of the same kind (test reports and
// coverage reports separately), not to the clock: a report written more than `staleHours` before the
// newest one is stale. The clock is not used because a scan of an unpacked archive or a cached workspace
// would then call every report stale.
import type { ReportFile } from './report-file.js';

export const DEFAULT_STALE_HOURS = 24;

export interface StaleReport {
  file: ReportFile;
  /** How much older than the newest report, in hours, one decimal. */
  hoursBeforeNewest: number;
}

export function splitStale(files: readonly ReportFile[], staleHours: number): { fresh: ReportFile[]; stale: StaleReport[] } {
  const newest = Math.max(...files.map((file) => file.modifiedMs));
  const fresh: ReportFile[] = [];
  const stale: StaleReport[] = [];
  for (const file of files) {
    const hoursBeforeNewest = (newest - file.modifiedMs) / 3_600_000;
    if (hoursBeforeNewest > staleHours) stale.push({ file, hoursBeforeNewest: Math.round(hoursBeforeNewest * 10) / 10 });
    else fresh.push(file);
  }
  return { fresh, stale };
}
