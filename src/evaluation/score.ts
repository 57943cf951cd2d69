// The readiness score.
//
//   Level weight w:    error 10, warning 4, notice 1.
//   Category weight W: testing 3, security 3, ci 2, code-quality 2, containers 1, database 1,
//                      operability 1, documentation 1.
//   Category score:    S_c = 100 × (1 − Σ w of its failed rules / D_c), where
//                      D_c = max(Σ w of its applicable rules, 10): a category is scored out of at least one
//                      error's weight, so a lone notice (a missing SECURITY.md) costs 10% of its category,
//                      not all of it. Categories without applicable rules (all not-applicable) are left out.
//   Overall:           Σ W_c·S_c / Σ W_c over the categories present; 100 when there are none.
//   Impact of a failed rule: category = 100·w / D_c; overall = category · W_c / Σ W.
//                      The overall impacts add up to 100 − overall, so a report can say exactly
//                      which rules moved the score and by how much.
// Shown numbers are rounded to one decimal; sums use the unrounded values.
import { CATEGORIES, type ActiveLevel, type Category, type CategoryScore, type RuleResult, type Score } from '../report.js';

export const LEVEL_WEIGHTS: Record<ActiveLevel, number> = { error: 10, warning: 4, notice: 1 };

export const CATEGORY_WEIGHTS: Record<Category, number> = {
  testing: 3,
  ci: 2,
  security: 3,
  'code-quality': 2,
  containers: 1,
  database: 1,
  operability: 1,
  documentation: 1,
};

export type ScoredResult = Pick<RuleResult, 'category' | 'level' | 'status'>;

export function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10;
}

function sumOf(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** The score, and each result's impact (in the order of `results`; zero unless it failed). */
export function scoreResults(results: readonly ScoredResult[]): { score: Score; impacts: RuleResult['impact'][] } {
  const present = CATEGORIES.map((category) => {
    const applicable = results.filter((result) => result.category === category && result.status !== 'not-applicable');
    const failed = applicable.filter((result) => result.status === 'fail');
    const total = Math.max(sumOf(applicable.map((result) => LEVEL_WEIGHTS[result.level])), LEVEL_WEIGHTS.error);
    const lost = sumOf(failed.map((result) => LEVEL_WEIGHTS[result.level]));
    return { category, applicable, failed, total, score: 100 * (1 - lost / total) };
  }).filter((entry) => entry.applicable.length > 0);

  const totalWeight = sumOf(present.map((entry) => CATEGORY_WEIGHTS[entry.category]));
  const overall =
    totalWeight === 0 ? 100 : sumOf(present.map((entry) => CATEGORY_WEIGHTS[entry.category] * entry.score)) / totalWeight;

  const impacts = results.map((result) => {
    const entry = present.find((candidate) => candidate.category === result.category);
    if (result.status !== 'fail' || entry === undefined) return { category: 0, overall: 0 };
    const category = (100 * LEVEL_WEIGHTS[result.level]) / entry.total;
    return {
      category: roundToTenth(category),
      overall: roundToTenth((category * CATEGORY_WEIGHTS[result.category]) / totalWeight),
    };
  });

  const categories: CategoryScore[] = present.map((entry) => ({
    category: entry.category,
    score: roundToTenth(entry.score),
    weight: CATEGORY_WEIGHTS[entry.category],
    rules: entry.applicable.length,
    failed: entry.failed.length,
  }));
  return { score: { overall: roundToTenth(overall), categories }, impacts };
}
