// A pull request's evaluation: the head with the change, and the base for comparison, so the comment can
// say how the PR moved the score. The base is judged by the same rules with an empty change (nothing new,
// nothing moved): the pull-request rules pass there, so an empty PR moves the score by exactly 0.
import type { ChangeEvidence } from '../change/change-evidence.js';
import type { ChangedFile } from '../change/change-set.js';
import { baseEvidence } from './base-evidence.js';
import { evaluate, type Evaluation, type EvaluationInput } from './evaluate.js';
import { roundToTenth } from './score.js';

export interface PullRequestEvaluationInput extends EvaluationInput {
  change: ChangeEvidence;
  /** The change set's files, to take added, removed and renamed paths back for the base. */
  changedFiles: readonly ChangedFile[];
}

export type PullRequestEvaluation = Evaluation & {
  /** The base's overall score under the same rules. */
  baseScore: number;
  /** Head overall − base overall, rounded to one decimal. */
  scoreDelta: number;
};

export function evaluatePullRequest(input: PullRequestEvaluationInput): PullRequestEvaluation {
  const head = evaluate(input);
  const base = baseEvidence(input.evidence, input.paths, input.change, input.changedFiles);
  const unchanged: ChangeEvidence = { ...input.change, newFindings: [], deltas: {} };
  const baseScore = evaluate({
    evidence: base.evidence,
    paths: base.paths,
    ruleSet: input.ruleSet,
    failOn: input.failOn,
    change: unchanged,
  }).score.overall;
  return { ...head, baseScore, scoreDelta: roundToTenth(head.score.overall - baseScore) };
}
