/**
 * Cases per property: a quick default so `npm test` stays fast; `FUZZ_RUNS=10000 npx vitest run __tests__/fuzz`
 * is the long mode. Long runs get a matching time budget per test.
 */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? '') || 0;

export function runsFor(quickDefault: number): number {
  return FUZZ_RUNS > 0 ? FUZZ_RUNS : quickDefault;
}

/** A test's time budget: generous per case, so a hang (not a slow machine) is what fails it. */
export function timeoutFor(runs: number, perCaseMs: number): number {
  return Math.max(30_000, runs * perCaseMs);
}
