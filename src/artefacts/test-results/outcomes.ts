// The four outcomes a reported test case counts as, shared by every test report format.

export type Outcome = 'passed' | 'failed' | 'errors' | 'skipped';

export type OutcomeCounts = Record<Outcome, number>;

export function noOutcomes(): OutcomeCounts {
  return { passed: 0, failed: 0, errors: 0, skipped: 0 };
}

// When a test case carries several results (pytest writes a <failure> and a teardown <error> into one
// <testcase>), it counts once, as the most severe.
const SEVERITY: Record<Outcome, number> = { passed: 0, skipped: 1, errors: 2, failed: 3 };

export function moreSevere(a: Outcome, b: Outcome): Outcome {
  return SEVERITY[b] > SEVERITY[a] ? b : a;
}

/** Counts one format's test cases while the XML reader walks the report. */
export interface FormatCounter {
  counts: OutcomeCounts;
  /** `name` without a namespace prefix; `depth` 0 is the root element. */
  open(name: string, attributes: ReadonlyMap<string, string>, depth: number): void;
  close(name: string, depth: number): void;
}

/** Counts elements named `element` (at any depth) by the outcome `outcomeOf` reads from their attributes. */
export function attributeCounter(element: string, outcomeOf: (attributes: ReadonlyMap<string, string>) => Outcome): FormatCounter {
  const counts = noOutcomes();
  return {
    counts,
    open(name, attributes) {
      if (name === element) counts[outcomeOf(attributes)] += 1;
    },
    close() {},
  };
}
