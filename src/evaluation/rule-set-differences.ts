// What a pull request's own rule file would change about the gate, in lines a reviewer reads in the
// PR comment. The gate itself uses the base's rules then, so a PR cannot weaken the rules it is judged by.
import type { Check, Rule, RuleSet } from '../rules/rule-set.js';
import { formatNumber } from './checks/check-definition.js';

function bounds(min: number | undefined, max: number | undefined): string {
  const parts: string[] = [];
  if (min !== undefined) parts.push(`≥ ${formatNumber(min)}`);
  if (max !== undefined) parts.push(`≤ ${formatNumber(max)}`);
  return parts.join(' and ');
}

/** A check as what it looks at (`findings todo.comments`) and what it allows (`≤ 100`). */
function describeCheck(check: Check): { subject: string; limit: string } {
  switch (check.type) {
    case 'metric':
      return { subject: `metric ${check.metric}`, limit: bounds(check.min, check.max) };
    case 'delta':
      return { subject: `metric ${check.metric} delta`, limit: bounds(check.min, check.max) };
    case 'findings':
      return { subject: `findings ${check.kind}`, limit: bounds(undefined, check.max) };
    case 'new':
      return { subject: `findings ${check.kind} new`, limit: bounds(undefined, check.max) };
    case 'exists':
      return { subject: 'exists', limit: check.globs.join(', ') };
  }
}

function checkDifference(base: Check, head: Check): string | undefined {
  const before = describeCheck(base);
  const after = describeCheck(head);
  if (before.subject === after.subject) {
    return before.limit === after.limit ? undefined : `check ${before.subject} ${before.limit} → ${after.limit}`;
  }
  return `check ${before.subject} ${before.limit} → ${after.subject} ${after.limit}`;
}

function ruleDifferences(base: Rule, head: Rule): string[] {
  const parts: string[] = [];
  if (base.level !== head.level) parts.push(`level ${base.level} → ${head.level}`);
  if (base.category !== head.category) parts.push(`category ${base.category} → ${head.category}`);
  const check = checkDifference(base.check, head.check);
  if (check !== undefined) parts.push(check);
  if (base.when !== head.when) parts.push(`when ${base.when ?? 'always'} → ${head.when ?? 'always'}`);
  return parts;
}

const isActive = (rule: Rule | undefined): boolean => rule !== undefined && rule.level !== 'off';

/**
 * One line per rule whose level, category, check or `when` differs, in the base's rule order, then
 * the head's new rules: "generic-catches: level notice → off", "tests-present: removed",
 * "my-rule: added (error)". Rules that are off or absent on both sides make no difference.
 */
export function describeRuleSetDifferences(base: RuleSet, head: RuleSet): string[] {
  const lines: string[] = [];
  if (base.profile !== head.profile) lines.push(`profile: ${base.profile ?? 'none'} → ${head.profile ?? 'none'}`);
  const headById = new Map(head.rules.map((rule) => [rule.id, rule]));
  const baseIds = new Set(base.rules.map((rule) => rule.id));
  for (const rule of base.rules) {
    const after = headById.get(rule.id);
    if (!isActive(rule) && !isActive(after)) continue;
    if (after === undefined) {
      lines.push(`${rule.id}: removed`);
      continue;
    }
    const parts = ruleDifferences(rule, after);
    if (parts.length > 0) lines.push(`${rule.id}: ${parts.join('; ')}`);
  }
  for (const rule of head.rules) {
    if (!baseIds.has(rule.id) && isActive(rule)) lines.push(`${rule.id}: added (${rule.level})`);
  }
  return lines;
}
