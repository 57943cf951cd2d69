import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempRepo } from '../helpers/temp-repo.js';
import { loadRuleFile } from '../../src/rules/load-rule-file.js';
import { findPresetsDir, loadPresetRuleSet } from '../../src/rules/presets.js';
import { RuleFileError, type Rule } from '../../src/rules/rule-set.js';
import { PRESET_NAMES } from '../../src/rules/schema.js';

const RECOMMENDED_IDS = [
  'tests-present',
  'test-file-ratio',
  'skipped-tests',
  'ci-present',
  'ci-runs-tests',
  'dockerfile-non-root',
  'dockerfile-healthcheck',
  'dockerfile-pinned-base',
  'generic-catches',
  'empty-catches',
  'todo-comments',
  'placeholder-stubs',
  'unparseable-files',
  'readme',
  'license',
  'security-policy',
  'new-generic-catches',
  'new-empty-catches',
  'new-placeholder-stubs',
  'new-todo-comments',
  'tests-not-dropping',
  'reported-test-failures',
  'reported-test-errors',
  'line-coverage',
  'skipped-test-classes',
  'no-committed-secrets',
  'no-committed-env-files',
  'lockfiles',
  'panics',
  'rescue-modifiers',
  'health-endpoint',
  'monitoring',
  'structured-logging',
  'k8s-liveness-probes',
  'k8s-readiness-probes',
  'k8s-memory-limits',
  'graceful-shutdown',
  'mock-data',
  'new-mock-data',
  'ci-lint',
  'ci-deploy-after-tests',
  'ci-security-scan-on-pr',
];

const STRICT_IDS = [...RECOMMENDED_IDS, 'skipped-tests-not-rising', 'new-unpinned-base'];

function loadText(text: string): Rule[] {
  const file = path.join(makeTempRepo({ 'readiness.yml': text }, { git: false }), 'readiness.yml');
  return loadRuleFile(file, 'readiness.yml').rules;
}

function byId(rules: readonly Rule[], id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}

describe('presets', () => {
  it('ships exactly the named presets', () => {
    const files = readdirSync(findPresetsDir()).filter((name) => name.endsWith('.yml')).sort();
    expect(files).toEqual(PRESET_NAMES.map((name) => `${name}.yml`));
  });

  it('loads recommended with its rules in file order', () => {
    const recommended = loadPresetRuleSet('recommended');
    expect(recommended.source).toBe('built-in:recommended');
    expect(recommended.extends).toEqual([]);
    expect(recommended.rules.map((rule) => rule.id)).toEqual(RECOMMENDED_IDS);
    expect(byId(recommended.rules, 'test-file-ratio')).toEqual({
      id: 'test-file-ratio',
      category: 'testing',
      level: 'notice',
      description: 'There is at least one test file for every ten source files.',
      check: { type: 'metric', metric: 'tests.ratio', min: 0.1 },
      when: 'source.files',
    });
    expect(byId(recommended.rules, 'security-policy')?.check).toEqual({
      type: 'exists',
      globs: ['SECURITY.md', '.github/SECURITY.md', 'docs/SECURITY.md'],
    });
  });

  it('keeps every code-quality count a notice in recommended, so existing debt never fails it', () => {
    const levels = loadPresetRuleSet('recommended')
      .rules.filter((rule) => ['generic-catches', 'empty-catches', 'todo-comments', 'placeholder-stubs'].includes(rule.id))
      .map((rule) => rule.level);
    expect(levels).toEqual(['notice', 'notice', 'notice', 'notice']);
  });

  it('loads strict as recommended tightened, keeping the order', () => {
    const strict = loadPresetRuleSet('strict');
    expect(strict.source).toBe('built-in:strict');
    expect(strict.extends).toEqual(['recommended']);
    expect(strict.rules.map((rule) => rule.id)).toEqual(STRICT_IDS);
    const summary = Object.fromEntries(strict.rules.map((rule) => [rule.id, [rule.level, rule.check]]));
    expect(summary['test-file-ratio']).toEqual(['warning', { type: 'metric', metric: 'tests.ratio', min: 0.2 }]);
    expect(byId(strict.rules, 'test-file-ratio')?.when).toBe('source.files');
    expect(summary['skipped-tests']).toEqual(['warning', { type: 'findings', kind: 'tests.skipped', max: 10 }]);
    expect(summary['ci-runs-tests']).toEqual(['error', { type: 'metric', metric: 'ci.test-jobs', min: 1 }]);
    expect(summary['dockerfile-pinned-base']?.[0]).toBe('error');
    expect(summary['generic-catches']).toEqual(['warning', { type: 'findings', kind: 'catch.generic', max: 10 }]);
    expect(summary['empty-catches']).toEqual(['warning', { type: 'findings', kind: 'catch.empty', max: 0 }]);
    expect(summary['todo-comments']).toEqual(['warning', { type: 'findings', kind: 'todo.comments', max: 50 }]);
    expect(summary['placeholder-stubs']).toEqual(['error', { type: 'findings', kind: 'stubs.placeholder', max: 0 }]);
    expect(summary['license']?.[0]).toBe('warning');
    expect(summary['security-policy']?.[0]).toBe('warning');
  });

  it('rejects an unknown preset name', () => {
    expect(() => loadPresetRuleSet('recomended')).toThrow(
      new RuleFileError(['unknown preset "recomended"; built-in presets: recommended, strict']),
    );
  });

  it('detects presets that extend each other', () => {
    const dir = makeTempRepo({ 'recommended.yml': 'extends: strict\n', 'strict.yml': 'extends: recommended\n' }, { git: false });
    expect(() => loadPresetRuleSet('strict', dir)).toThrow(
      new RuleFileError([
        `${path.join(dir, 'recommended.yml')}:1:10 extends: preset cycle strict → recommended → strict; a preset cannot extend itself, directly or through another`,
      ]),
    );
  });

  it('finds the rules folder up to four levels above the module, and no further', () => {
    const root = makeTempRepo({ 'rules/recommended.yml': 'rules: {}\n' }, { git: false });
    const fourDown = path.join(root, 'a', 'b', 'c', 'd');
    mkdirSync(path.join(fourDown, 'e'), { recursive: true });
    expect(findPresetsDir(fourDown)).toBe(path.join(root, 'rules'));
    expect(() => findPresetsDir(path.join(fourDown, 'e'))).toThrow(/cannot find its presets/);
  });
});

describe('merging a rule file onto its presets', () => {
  it('changes only the level when an override gives only the level', () => {
    const rules = loadText('extends: recommended\nrules:\n  generic-catches: { level: off }\n');
    expect(rules.map((rule) => rule.id)).toEqual(RECOMMENDED_IDS);
    expect(byId(rules, 'generic-catches')).toEqual({
      id: 'generic-catches',
      category: 'code-quality',
      level: 'off',
      description: 'Errors are caught by type, not all at once, so unexpected failures are not hidden.',
      check: { type: 'findings', kind: 'catch.generic', max: 50 },
    });
  });

  it('tightens the preset check when an override gives only a bound', () => {
    const rules = loadText('extends: recommended\nrules:\n  generic-catches: { max: 10 }\n  test-file-ratio: { min: 0.5 }\n');
    expect(byId(rules, 'generic-catches')?.check).toEqual({ type: 'findings', kind: 'catch.generic', max: 10 });
    expect(byId(rules, 'test-file-ratio')?.check).toEqual({ type: 'metric', metric: 'tests.ratio', min: 0.5 });
  });

  it('replaces the whole check when an override names a check type, keeping the rest', () => {
    const rules = loadText('extends: recommended\nrules:\n  test-file-ratio: { metric: tests.files, min: 3 }\n');
    expect(byId(rules, 'test-file-ratio')).toEqual({
      id: 'test-file-ratio',
      category: 'testing',
      level: 'notice',
      description: 'There is at least one test file for every ten source files.',
      check: { type: 'metric', metric: 'tests.files', min: 3 },
      when: 'source.files',
    });
  });

  it('can swap a check for one of another type', () => {
    const rules = loadText('extends: recommended\nrules:\n  readme: { exists: docs/index.md }\n  ci-present: { findings: ci.workflows, max: 3 }\n');
    expect(byId(rules, 'readme')?.check).toEqual({ type: 'exists', globs: ['docs/index.md'] });
    expect(byId(rules, 'ci-present')?.check).toEqual({ type: 'findings', kind: 'ci.workflows', max: 3 });
  });

  it('defaults a finding budget to 0', () => {
    const rules = loadText('rules:\n  no-skips: { category: testing, level: warning, description: No skipped tests., findings: tests.skipped }\n');
    expect(rules).toEqual([
      {
        id: 'no-skips',
        category: 'testing',
        level: 'warning',
        description: 'No skipped tests.',
        check: { type: 'findings', kind: 'tests.skipped', max: 0 },
      },
    ]);
  });

  it('puts new rules after the preset rules, in file order, and applies presets in order', () => {
    const text = [
      'extends: [strict, recommended]',
      'rules:',
      '  zeta: { category: database, level: notice, description: Migrations exist., metric: migrations.files, min: 1 }',
      '  alpha: { category: operability, level: notice, description: Compose file., metric: compose.services, min: 1 }',
      '  readme: { level: notice }',
    ].join('\n');
    const rules = loadText(text);
    expect(rules.map((rule) => rule.id)).toEqual([...STRICT_IDS, 'zeta', 'alpha']);
    // recommended, applied after strict, sets its own levels back.
    expect(byId(rules, 'placeholder-stubs')?.level).toBe('notice');
    expect(byId(rules, 'readme')?.level).toBe('notice');
  });
});
