import { describe, expect, it } from 'vitest';
import { loadRuleFileText } from '../../src/rules/load-rule-file.js';
import { loadPresetRuleSet } from '../../src/rules/presets.js';
import { RuleFileError, type Rule } from '../../src/rules/rule-set.js';

const DISPLAY = '.github/readiness.yml';

function rulesOf(text: string): Rule[] {
  return loadRuleFileText(text, DISPLAY).rules;
}

function problemsOf(text: string): string[] {
  try {
    loadRuleFileText(text, DISPLAY);
  } catch (error) {
    if (error instanceof RuleFileError) return error.problems;
    throw error;
  }
  throw new Error('expected the rule file to be rejected');
}

function summary(rules: readonly Rule[], id: string) {
  const rule = rules.find((candidate) => candidate.id === id);
  return rule === undefined ? undefined : [rule.category, rule.level, rule.check, rule.when];
}

describe('new and delta checks in rule files', () => {
  it('reads findings with new as a new-findings budget, and metric with delta as a delta limit', () => {
    const rules = rulesOf(
      [
        'rules:',
        '  no-new-todos: { category: code-quality, level: warning, description: d, findings: todo.comments, new: 2 }',
        '  cases-hold: { category: testing, level: error, description: d, metric: tests.cases, delta: { min: -1, max: 10 } }',
      ].join('\n'),
    );
    expect(rules.map((rule) => rule.check)).toEqual([
      { type: 'new', kind: 'todo.comments', max: 2 },
      { type: 'delta', metric: 'tests.cases', min: -1, max: 10 },
    ]);
  });

  it('tightens a preset rule given only new or delta, and replaces the delta whole', () => {
    const rules = rulesOf(
      'extends: recommended\nrules:\n  new-todo-comments: { new: 3 }\n  tests-not-dropping: { delta: { max: 5 } }\n',
    );
    expect(summary(rules, 'new-todo-comments')).toEqual(['code-quality', 'warning', { type: 'new', kind: 'todo.comments', max: 3 }, undefined]);
    expect(summary(rules, 'tests-not-dropping')?.[2]).toEqual({ type: 'delta', metric: 'tests.cases', max: 5 });
  });

  it('turns a whole-repository budget into a new-findings budget when the check is restated', () => {
    const rules = rulesOf('extends: recommended\nrules:\n  generic-catches: { findings: catch.generic, new: 0 }\n');
    expect(summary(rules, 'generic-catches')?.[2]).toEqual({ type: 'new', kind: 'catch.generic', max: 0 });
  });

  it('refuses max and new together, at whichever the file wrote', () => {
    const budget =
      'a rule has one budget: max counts the whole repository, new counts what the pull request adds; split it into two rules';
    expect(
      problemsOf(
        [
          'extends: recommended',
          'rules:',
          '  generic-catches: { new: 0 }',
          '  new-todo-comments: { max: 2 }',
          '  mine: { category: ci, level: error, description: d, findings: catch.empty, max: 1, new: 0 }',
        ].join('\n'),
      ),
    ).toEqual([
      `${DISPLAY}:3:22 rules.generic-catches.new: ${budget}`,
      `${DISPLAY}:4:24 rules.new-todo-comments.max: ${budget}`,
      `${DISPLAY}:5:86 rules.mine.new: ${budget}`,
    ]);
  });

  it('refuses delta with min or max, and bounds on the wrong check', () => {
    const text = [
      'extends: recommended',
      'rules:',
      '  tests-not-dropping: { min: 3 }',
      '  a: { category: ci, level: notice, description: d, metric: ci.jobs, delta: {} }',
      '  b: { category: ci, level: notice, description: d, metric: ci.jobs, delta: { min: 2, max: 1 } }',
      '  c: { category: ci, level: notice, description: d, metric: ci.jobs, min: 1, new: 0 }',
      '  d: { category: ci, level: notice, description: d, findings: catch.empty, delta: { max: 0 } }',
      '  e: { category: ci, level: notice, description: d, findings: catch.empty, new: 1.5 }',
      '  f: { category: ci, level: notice, description: d, exists: ci.yml, new: 0 }',
      '  g: { category: ci, level: notice, description: d, metric: ci.jobs, delta: { mn: 0 } }',
      '  h: { category: ci, level: notice, description: d, new: 0 }',
    ].join('\n');
    expect(problemsOf(text)).toEqual([
      `${DISPLAY}:3:25 rules.tests-not-dropping.min: a rule has one limit: min and max bound the whole repository's value, delta bounds how the pull request moves it; split it into two rules`,
      `${DISPLAY}:4:70 rules.a.delta: delta needs min and/or max, e.g. delta: { min: 0 } (may not drop)`,
      `${DISPLAY}:5:70 rules.b.delta: delta min 2 is above max 1, so the rule can never pass`,
      `${DISPLAY}:6:78 rules.c.new: new does not apply to a metric check; to limit how a pull request moves ci.jobs, use delta, e.g. delta: { max: 0 }`,
      `${DISPLAY}:7:76 rules.d.delta: delta does not apply to a findings check; to limit how a pull request moves catch.empty, use metric: catch.empty with delta`,
      `${DISPLAY}:8:76 rules.e.new: 1.5 is not a budget of new findings; use a whole number, 0 or more`,
      `${DISPLAY}:9:69 rules.f.new: new does not apply to an exists check; exists takes only globs`,
      `${DISPLAY}:10:79 rules.g.delta.mn: unknown key; allowed: min, max`,
      `${DISPLAY}:11:53 rules.h.new: new has no check to apply to; add metric (with min and/or max, or delta) or findings (with max or new)`,
    ]);
  });
});

describe('pull-request rules in the presets', () => {
  it('adds pull-request rules to recommended: errors for new catches and stubs, warnings for TODOs and dropped tests', () => {
    const rules = loadPresetRuleSet('recommended').rules;
    expect(summary(rules, 'new-generic-catches')).toEqual(['code-quality', 'error', { type: 'new', kind: 'catch.generic', max: 0 }, undefined]);
    expect(summary(rules, 'new-empty-catches')).toEqual(['code-quality', 'error', { type: 'new', kind: 'catch.empty', max: 0 }, undefined]);
    expect(summary(rules, 'new-placeholder-stubs')).toEqual(['code-quality', 'error', { type: 'new', kind: 'stubs.placeholder', max: 0 }, undefined]);
    expect(summary(rules, 'new-todo-comments')).toEqual(['code-quality', 'warning', { type: 'new', kind: 'todo.comments', max: 0 }, undefined]);
    expect(summary(rules, 'tests-not-dropping')).toEqual(['testing', 'warning', { type: 'delta', metric: 'tests.cases', min: 0 }, undefined]);
    // Existing findings the pull request did not touch stay notices.
    expect(summary(rules, 'generic-catches')?.[1]).toBe('notice');
  });

  it('makes strict fail on new TODOs and dropped tests, and on rising skips and new unpinned bases', () => {
    const rules = loadPresetRuleSet('strict').rules;
    expect(summary(rules, 'new-todo-comments')?.[1]).toBe('error');
    expect(summary(rules, 'tests-not-dropping')?.[1]).toBe('error');
    expect(summary(rules, 'skipped-tests-not-rising')).toEqual(['testing', 'warning', { type: 'delta', metric: 'tests.skipped', max: 0 }, undefined]);
    expect(summary(rules, 'new-unpinned-base')).toEqual([
      'containers',
      'error',
      { type: 'new', kind: 'docker.unpinned-base', max: 0 },
      'docker.files',
    ]);
  });
});
