// The resolved rules evaluation reads: presets and the user's file merged, every rule complete.
import type { Category, Level } from '../report.js';

export type MetricCheck = { type: 'metric'; metric: string; min?: number; max?: number };
export type FindingsCheck = { type: 'findings'; kind: string; max: number };
export type ExistsCheck = { type: 'exists'; globs: string[] };
/** `findings: <kind>` with `new: <max>`: a budget of findings on the lines a pull request adds. */
export type NewFindingsCheck = { type: 'new'; kind: string; max: number };
/** `metric: <name>` with `delta: { min, max }`: how far a pull request may move the metric. */
export type DeltaCheck = { type: 'delta'; metric: string; min?: number; max?: number };
export type Check = MetricCheck | FindingsCheck | ExistsCheck | NewFindingsCheck | DeltaCheck;

export interface Rule {
  id: string;
  category: Category;
  level: Level;
  description: string;
  check: Check;
  /** The rule applies only when this metric is above 0; otherwise its result is `not-applicable`. */
  when?: string;
}

export interface RuleSet {
  /** The rule file as the user named it, or `built-in:<preset>`. */
  source: string;
  /** The presets the file extends, as written. */
  extends: string[];
  /** Preset rules in preset order, then the file's new rules in file order, then the profile's. */
  rules: Rule[];
  /** The name of the profile that applied, when one did. */
  profile?: string;
}

/** A mistake in a rule file. `problems` are `file:line:col path: what is wrong, what is allowed`. */
export class RuleFileError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'RuleFileError';
    this.problems = problems;
  }
}
