import { describe, expect, it } from 'vitest';
import { describeRuleSetDifferences } from '../../src/evaluation/rule-set-differences.js';
import { loadRuleFileText } from '../../src/rules/load-rule-file.js';
import { loadPresetRuleSet } from '../../src/rules/presets.js';
import type { RuleSet } from '../../src/rules/rule-set.js';

function fileRules(text: string, target?: { baseRef?: string; event?: string }): RuleSet {
  return loadRuleFileText(text, '.github/readiness.yml', target);
}

describe('describeRuleSetDifferences', () => {
  it('says nothing when the rules are the same', () => {
    expect(describeRuleSetDifferences(loadPresetRuleSet('recommended'), fileRules('extends: recommended\n'))).toEqual([]);
  });

  it('names each changed rule once, in the base order, then the added rules', () => {
    const base = fileRules('extends: recommended\nrules:\n  old: { category: ci, level: notice, description: d, metric: ci.jobs, min: 1 }\n');
    const head = fileRules(
      [
        'extends: recommended',
        'rules:',
        '  generic-catches: { level: off }',
        '  todo-comments: { max: 1000 }',
        '  tests-present: { level: warning, metric: tests.files, min: 1 }',
        '  tests-not-dropping: { delta: { min: -5 } }',
        '  new-todo-comments: { new: 3 }',
        '  readme: { category: operability, exists: [README*, docs/*] }',
        '  dockerfile-non-root: { findings: docker.root-user, new: 0 }',
        '  my-rule: { category: testing, level: error, description: d, metric: tests.skipped, delta: { max: 0 } }',
        '  quiet: { category: testing, level: off, description: d, metric: tests.skipped, max: 1 }',
      ].join('\n'),
    );
    expect(describeRuleSetDifferences(base, head)).toEqual([
      'tests-present: level error → warning; check metric tests.cases ≥ 1 → metric tests.files ≥ 1',
      'dockerfile-non-root: check findings docker.root-user ≤ 0 → findings docker.root-user new ≤ 0',
      'generic-catches: level notice → off',
      'todo-comments: check findings todo.comments ≤ 100 → ≤ 1000',
      'readme: category documentation → operability; check exists README* → README*, docs/*',
      'new-todo-comments: check findings todo.comments new ≤ 0 → ≤ 3',
      'tests-not-dropping: check metric tests.cases delta ≥ 0 → ≥ -5',
      'old: removed',
      'my-rule: added (error)',
    ]);
  });

  it('names a changed when and a changed profile', () => {
    const text = [
      'extends: recommended',
      'rules:',
      '  ci-runs-tests: { when: ci.jobs }',
      'profiles:',
      '  - name: release',
      '    branches: "release/**"',
      '    rules:',
      '      readme: { level: error }',
    ].join('\n');
    const base = fileRules('extends: recommended\n', { baseRef: 'release/1' });
    expect(describeRuleSetDifferences(base, fileRules(text, { baseRef: 'release/1' }))).toEqual([
      'profile: none → release',
      'ci-runs-tests: when ci.workflows → ci.jobs',
      'readme: level warning → error',
    ]);
    const gated = fileRules('extends: recommended\nrules:\n  tests-present: { when: source.files }\n');
    expect(describeRuleSetDifferences(gated, loadPresetRuleSet('recommended'))).toEqual(['tests-present: when source.files → always']);
    // Restating the same check is no difference.
    const restated = fileRules('extends: recommended\nrules:\n  test-file-ratio: { metric: tests.ratio, min: 0.1 }\n');
    expect(describeRuleSetDifferences(loadPresetRuleSet('recommended'), restated)).toEqual([]);
  });

  it('ignores rules that are off or absent on both sides', () => {
    const base = fileRules('extends: recommended\nrules:\n  readme: { level: off }\n');
    const head = fileRules('extends: recommended\nrules:\n  readme: { level: off, exists: docs/* }\n');
    expect(describeRuleSetDifferences(base, head)).toEqual([]);
  });
});
