import { describe, expect, it } from 'vitest';
import { FINDING_KINDS, METRIC_CATALOG, METRIC_NAMES } from '../../src/rules/metric-catalog.js';
import { loadPresetRuleSet } from '../../src/rules/presets.js';
import { PRESET_NAMES } from '../../src/rules/schema.js';
import { closestMatch } from '../../src/rules/suggest.js';

describe('metric catalog', () => {
  it('describes every metric in a sentence, once', () => {
    expect(new Set(METRIC_NAMES).size).toBe(METRIC_NAMES.length);
    for (const entry of METRIC_CATALOG) {
      expect(entry.name).toMatch(/^[a-z0-9]+(\.[a-z-]+)+$/);
      expect(entry.description, entry.name).toMatch(/^\S.{10,}\.$/);
    }
  });

  it('marks only inventory counts, ratios, sums and report amounts as not countable by findings', () => {
    expect(METRIC_NAMES.filter((name) => !FINDING_KINDS.includes(name))).toEqual([
      'tests.files',
      'source.files',
      'tests.ratio',
      'tests.reported.files',
      'tests.reported.passed',
      'tests.reported.failed',
      'tests.reported.errors',
      'tests.reported.skipped',
      'coverage.reports',
      'coverage.lines.covered',
      'coverage.lines.total',
      'coverage.branches.covered',
      'coverage.branches.total',
      'coverage.lines',
      'coverage.branches',
      'ci.pipelines',
      'files.scanned',
      'files.skipped',
    ]);
  });

  it('knows every metric and finding kind the presets use', () => {
    for (const preset of PRESET_NAMES) {
      for (const rule of loadPresetRuleSet(preset).rules) {
        if (rule.check.type === 'metric') expect(METRIC_NAMES, rule.id).toContain(rule.check.metric);
        if (rule.check.type === 'findings') expect(FINDING_KINDS, rule.id).toContain(rule.check.kind);
        if (rule.when !== undefined) expect(METRIC_NAMES, rule.id).toContain(rule.when);
      }
    }
  });
});

describe('closestMatch', () => {
  it('suggests only near misses', () => {
    expect(closestMatch('test.cases', METRIC_NAMES)).toBe('tests.cases');
    expect(closestMatch('docker.rootuser', METRIC_NAMES)).toBe('docker.root-user');
    expect(closestMatch('coverage', METRIC_NAMES)).toBeUndefined();
  });
});
