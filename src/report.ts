// The report contract: evaluation produces it, reporters render it, `--format json` prints it.
// Later versions only add fields; none is renamed or removed without a new schemaVersion.
import type { ChangeEvidence } from './change/change-evidence.js';
import type { Evidence, Finding } from './evidence.js';

export const CATEGORIES = [
  'testing',
  'ci',
  'containers',
  'database',
  'code-quality',
  'security',
  'operability',
  'documentation',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const LEVELS = ['error', 'warning', 'notice', 'off'] as const;
export type Level = (typeof LEVELS)[number];
export type ActiveLevel = Exclude<Level, 'off'>;

/** `never` makes the gate advisory; `warning` fails on warnings too. */
export type FailOn = 'error' | 'warning' | 'never';

export interface RuleResult {
  id: string;
  category: Category;
  level: ActiveLevel;
  /** `not-applicable` when the rule's `when` metric is zero (e.g. Dockerfile rules with no Dockerfile). */
  status: 'pass' | 'fail' | 'not-applicable';
  /** What the rule is for, from the rule file. */
  description: string;
  /** What the check found, e.g. "tests.cases is 0; at least 1 is required". */
  message: string;
  evidence: {
    metric?: string;
    actual?: number;
    /** The threshold in words, e.g. ">= 1" or "<= 50 findings". */
    expected?: string;
    /** The findings that decided the result, at most `FINDINGS_PER_RESULT`. */
    findings: Finding[];
    /** How many findings there were before the cut. */
    findingCount: number;
  };
  /** Points this result took off its category score and off the overall score (0 when it passed). */
  impact: { category: number; overall: number };
}

export const FINDINGS_PER_RESULT = 20;

export interface CategoryScore {
  category: Category;
  /** 0–100, rounded to one decimal. */
  score: number;
  /** The category's weight in the overall score. */
  weight: number;
  rules: number;
  failed: number;
}

export interface Score {
  /** 0–100, rounded to one decimal: the weighted mean of the category scores. */
  overall: number;
  categories: CategoryScore[];
}

/** What a pull request changed and how it moved the gate; present only in pull-request mode. */
export interface ChangeReport extends ChangeEvidence {
  /** The score of the base: the same rules on the head evidence with this change's deltas taken back. */
  baseScore: number;
  /** score.overall − baseScore. */
  scoreDelta: number;
  /** Set when the change edits the rule file: the rules then come from the base, so a PR cannot weaken its own gate. */
  ruleFileChange?: {
    path: string;
    /** Rules whose level or check the head's rule file would change, e.g. "generic-catches: level notice → off". */
    differences: string[];
  };
}

export interface Report extends Evidence {
  schemaVersion: 1;
  tool: { name: 'readiness-gate'; version: string };
  /** Where the rules came from: a file path relative to the root, or `built-in:recommended`; and the profile that applied. */
  rules: { source: string; extends: string[]; profile?: string };
  failOn: FailOn;
  results: RuleResult[];
  score: Score;
  /** `fail` when a failed rule's level is at or above `failOn`. */
  verdict: 'pass' | 'fail';
  counts: { errors: number; warnings: number; notices: number; passed: number; notApplicable: number };
  /** Set when the time budget ran out: `unscanned` files were not read, and the verdict is `fail`. */
  incomplete?: { reason: 'time budget'; unscanned: number };
  /** Pull-request mode only. */
  change?: ChangeReport;
}
