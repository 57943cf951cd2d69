/** A report CI wrote before the gate ran (a JUnit file, an lcov tracefile…), read from disk. */
export interface ReportFile {
  /** POSIX path relative to the scanned root. */
  path: string;
  text: string;
  /** Last modification time, for telling this run's reports from leftovers. */
  modifiedMs: number;
}

/** A report file that matched a glob but was not read, and why. */
export interface SkippedReport {
  path: string;
  reason: 'symlink' | 'too-large' | 'binary' | 'unreadable' | 'too-many';
}

/** The clock and staleness bound the report collectors use. */
export interface ReportTiming {
  /** The scan's clock, for each report's `ageHours`. */
  nowMs: number;
  /** Reports older than the newest of their kind by more than this are stale (see fresh-reports.ts). */
  staleHours: number;
}

/** Hours between `modifiedMs` and `nowMs`, one decimal, never negative (clocks differ). */
export function ageHours(modifiedMs: number, nowMs: number): number {
  return Math.max(0, Math.round((nowMs - modifiedMs) / 360_000) / 10);
}
