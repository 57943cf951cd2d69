// What a coverage report says, in counts, so several reports add up exactly.

export type CoverageFormat =
  | 'lcov'
  | 'Cobertura XML'
  | 'JaCoCo XML'
  | 'Clover XML'
  | 'coverage.py JSON'
  | 'Istanbul summary JSON'
  | 'Istanbul JSON'
  | 'Go coverprofile'
  | 'SimpleCov JSON';

export interface CoverageCount {
  covered: number;
  total: number;
}

export interface CoverageTotals {
  format: CoverageFormat;
  /** What `lines` counts: source lines, or statements (Go, coverage.py and Clover count statements). */
  unit: 'lines' | 'statements';
  lines: CoverageCount;
  /** Absent when the format or this report has no branch data. */
  branches?: CoverageCount;
}

export type CoverageRead =
  | { ok: true; totals: CoverageTotals }
  | { ok: false; reason: 'invalid'; message: string; line: number }
  | { ok: false; reason: 'unrecognised'; message: string };

export function invalid(message: string, line = 0): CoverageRead {
  return { ok: false, reason: 'invalid', message, line };
}

/** A count of things: a non-negative integer. Attribute and JSON values are checked with this. */
export function countFrom(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number >= 0 ? number : undefined;
}

/** `{ covered, total }` when both are counts and covered ≤ total. */
export function coverageCount(covered: unknown, total: unknown): CoverageCount | undefined {
  const c = countFrom(covered);
  const t = countFrom(total);
  return c !== undefined && t !== undefined && c <= t ? { covered: c, total: t } : undefined;
}
