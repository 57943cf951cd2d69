import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempRepo } from '../helpers/temp-repo.js';
import { loadRuleFile } from '../../src/rules/load-rule-file.js';
import { RuleFileError } from '../../src/rules/rule-set.js';

const DISPLAY = '.github/readiness.yml';

function writeRuleFile(text: string): string {
  return path.join(makeTempRepo({ 'readiness.yml': text }, { git: false }), 'readiness.yml');
}

function problemsOf(text: string): string[] {
  try {
    loadRuleFile(writeRuleFile(text), DISPLAY);
  } catch (error) {
    if (error instanceof RuleFileError) return error.problems;
    throw error;
  }
  throw new Error('expected the rule file to be rejected');
}

describe('rule file validation', () => {
  it('reports every problem at once, each at its line and column', () => {
    const text = [
      'extends: recommended',
      'rules:',
      '  Tests:',
      '    category: testing',
      '    level: notice',
      '  tests-present:',
      '    level: eror',
      '  ci-present:',
      '    mn: 1',
      '  x:',
      '    category: testing',
      '    metric: test.cases',
      '    min: 1',
    ].join('\n');
    expect(problemsOf(text)).toEqual([
      `${DISPLAY}:3:3 rules.Tests: rule ids are kebab-case (a-z, 0-9, -)`,
      `${DISPLAY}:7:12 rules.tests-present.level: "eror" is not a level; use error, warning, notice or off`,
      `${DISPLAY}:9:5 rules.ci-present.mn: unknown key; allowed: category, level, description, metric, min, max, delta, findings, new, exists, when`,
      `${DISPLAY}:12:13 rules.x.metric: unknown metric "test.cases"; did you mean "tests.cases"?`,
    ]);
  });

  it('joins the problems into the error message, one a line', () => {
    const file = writeRuleFile('extends: recomended\nrules:\n  readme: { level: loud }\n');
    expect(() => loadRuleFile(file, DISPLAY)).toThrow(
      new RuleFileError([
        `${DISPLAY}:1:10 extends: unknown preset "recomended"; built-in presets: recommended, strict`,
        `${DISPLAY}:3:20 rules.readme.level: "loud" is not a level; use error, warning, notice or off`,
      ]),
    );
  });

  it('names an unknown preset inside a list by its index', () => {
    expect(problemsOf('extends: [recommended, strct]\n')).toEqual([
      `${DISPLAY}:1:24 extends[1]: unknown preset "strct"; built-in presets: recommended, strict`,
    ]);
  });

  it('rejects values of the wrong type with what is allowed', () => {
    const text = 'extends: recommended\nrules:\n  tests-present:\n    metric: tests.cases\n    min: "one"\n  readme: yes\n';
    expect(problemsOf(text)).toEqual([
      `${DISPLAY}:5:10 rules.tests-present.min: "one" is not a number; min takes a number such as 1`,
      `${DISPLAY}:6:11 rules.readme: "yes" is not a mapping; a rule is a mapping with category, level, description, metric, min, max, delta, findings, new, exists, when`,
    ]);
  });

  it('points an empty value at its key', () => {
    expect(problemsOf('extends: recommended\nrules:\n  readme:\n    level:\n')).toEqual([
      `${DISPLAY}:4:5 rules.readme.level: an empty value is not a level; use error, warning, notice or off`,
    ]);
  });

  it('tells a computed metric from a finding kind', () => {
    const text = 'rules:\n  ratio:\n    category: testing\n    level: notice\n    description: d\n    findings: tests.ratio\n';
    expect(problemsOf(text)).toEqual([
      `${DISPLAY}:6:15 rules.ratio.findings: tests.ratio is computed, not counted from findings; use metric: tests.ratio with min or max`,
    ]);
  });

  it('reports YAML syntax errors at the parser position, without a code excerpt', () => {
    expect(problemsOf('rules:\n  readme: { level: off\n')).toEqual([
      `${DISPLAY}:3:1 YAML syntax: Flow map in block collection must be sufficiently indented and end with a }`,
    ]);
  });

  it('reports a duplicate key at the second occurrence, with its path', () => {
    const text = 'extends: recommended\nrules:\n  readme:\n    level: error\n  readme:\n    level: off\n';
    expect(problemsOf(text)).toEqual([
      `${DISPLAY}:5:3 rules.readme: duplicate key; a key may appear only once in a mapping, so merge the two`,
    ]);
  });

  it('refuses an alias bomb but allows reusing an anchor a few times', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
    ].join('\n');
    expect(problemsOf(bomb)).toEqual([
      `${DISPLAY}:2:8 b[0]: aliases expand too often; a rule file may expand at most 20 aliases`,
    ]);
    const reuse = [
      'extends: recommended',
      'rules:',
      '  readme: { exists: &docs [README*, docs/index.md] }',
      '  guide: { category: documentation, level: notice, description: A guide exists., exists: *docs }',
    ].join('\n');
    const rules = loadRuleFile(writeRuleFile(reuse), DISPLAY).rules;
    expect(rules.find((rule) => rule.id === 'guide')?.check).toEqual({ type: 'exists', globs: ['README*', 'docs/index.md'] });
  });

  it('explains an empty file and one with neither extends nor rules', () => {
    const advice = 'start it with "extends: recommended" and add rules under "rules:"';
    expect(problemsOf('')).toEqual([`${DISPLAY}:1:1 the rule file is empty; ${advice}`]);
    expect(problemsOf('# only a comment\n')).toEqual([`${DISPLAY}:1:1 the rule file is empty; ${advice}`]);
    expect(problemsOf('rule:\n  readme: { level: off }\n')).toEqual([
      `${DISPLAY}:1:1 the rule file has neither extends nor rules; ${advice}`,
      `${DISPLAY}:1:1 rule: unknown key; allowed: extends, rules, profiles`,
    ]);
    expect(problemsOf('- recommended\n')).toEqual([
      `${DISPLAY}:1:1 a list is not a mapping; the rule file is a mapping with extends, rules, profiles`,
    ]);
  });

  it('rejects a rule with two checks, pointing at the second', () => {
    const text = [
      'rules:',
      '  docs:',
      '    category: documentation',
      '    level: warning',
      '    description: Docs exist.',
      '    metric: tests.files',
      '    min: 1',
      '    exists: README*',
    ].join('\n');
    expect(problemsOf(text)).toEqual([
      `${DISPLAY}:8:5 rules.docs.exists: a rule has exactly one check, but this one has metric and exists; split it into one rule per check`,
    ]);
  });

  it('rejects a new rule with no check or missing fields, at the rule key', () => {
    const text = [
      'rules:',
      '  docs:',
      '    category: documentation',
      '    level: warning',
      '  ops:',
      '    category: operability',
      '    metric: compose.services',
    ].join('\n');
    expect(problemsOf(text)).toEqual([
      `${DISPLAY}:2:3 rules.docs: missing description; every rule needs category, level, description and one check`,
      `${DISPLAY}:2:3 rules.docs: no check; add one of metric (with min and/or max, or delta), findings (with max or new) or exists`,
      `${DISPLAY}:5:3 rules.ops: missing level and description; every rule needs category, level, description and one check`,
      `${DISPLAY}:7:5 rules.ops.metric: a metric check needs min and/or max, or delta, e.g. min: 1`,
    ]);
  });

  it('rejects bounds that do not fit the check', () => {
    const text = [
      'rules:',
      '  a: { category: ci, level: notice, description: d, findings: ci.jobs, min: 1, max: 1.5 }',
      '  b: { category: ci, level: notice, description: d, exists: ci.yml, max: 1 }',
      '  c: { category: ci, level: notice, description: d, metric: ci.jobs, min: 5, max: 2 }',
    ].join('\n');
    expect(problemsOf(text)).toEqual([
      `${DISPLAY}:2:72 rules.a.min: min does not apply to a findings check; a finding budget takes only max`,
      `${DISPLAY}:2:80 rules.a.max: 1.5 is not a finding budget; use a whole number of findings, 0 or more`,
      `${DISPLAY}:3:69 rules.b.max: max does not apply to an exists check; exists takes only globs`,
      `${DISPLAY}:4:70 rules.c.min: min 5 is above max 2, so the rule can never pass`,
    ]);
  });

  it('suggests the preset rule an override probably meant', () => {
    expect(problemsOf('extends: recommended\nrules:\n  generic-catch: { level: off }\n')).toEqual([
      `${DISPLAY}:3:3 rules.generic-catch: no rule "generic-catch" in recommended to change; did you mean "generic-catches"?`,
    ]);
    expect(problemsOf('rules:\n  generic-catches: { level: off }\n')).toEqual([
      `${DISPLAY}:2:3 rules.generic-catches: this file extends no preset, so "generic-catches" is a new rule; add "extends: recommended" to change a built-in rule, or give category, level, description and a check`,
    ]);
  });

  it('refuses a bound that the preset rule check cannot take', () => {
    expect(problemsOf('extends: recommended\nrules:\n  readme: { max: 1 }\n')).toEqual([
      `${DISPLAY}:3:13 rules.readme.max: max does not apply to an exists check; exists takes only globs`,
    ]);
  });

  it('cuts long values short instead of quoting them back whole', () => {
    const secret = 'A'.repeat(200);
    expect(problemsOf(`extends: recommended\nrules:\n  readme: { level: ${secret} }\n`)).toEqual([
      `${DISPLAY}:3:20 rules.readme.level: "${'A'.repeat(39)}…" is not a level; use error, warning, notice or off`,
    ]);
  });
});

describe('rule file paths', () => {
  it('names a directory given as the rule file', () => {
    const dir = makeTempRepo({}, { git: false });
    expect(() => loadRuleFile(dir, '.github')).toThrow(
      new RuleFileError(['.github: is a directory; give the path of a YAML rule file such as .github/readiness.yml']),
    );
  });

  it('names a missing file', () => {
    const missing = path.join(makeTempRepo({}, { git: false }), 'nope.yml');
    expect(() => loadRuleFile(missing, 'nope.yml')).toThrow(new RuleFileError(['nope.yml: no such rule file']));
  });

  it('refuses a symbolic link, which could point at a secret', () => {
    const dir = makeTempRepo(
      { 'target.yml': 'extends: recommended\n' },
      { git: false, symlinks: { '.github/readiness.yml': '../target.yml' } },
    );
    expect(() => loadRuleFile(path.join(dir, '.github', 'readiness.yml'), DISPLAY)).toThrow(
      new RuleFileError([`${DISPLAY}: is a symbolic link; a rule file must be a regular file`]),
    );
  });
});
