// A pull request can edit the rule file. Whatever it writes, the user sees located messages and exit 2;
// nothing in it can point the gate outside the repository or make it slow.
import { describe, expect, it } from 'vitest';
import { makeTempRepo } from '../helpers/temp-repo.js';
import { cli } from './helpers.js';

async function problemsOf(ruleFile: string | undefined, options: { path?: string } = {}): Promise<string[]> {
  const files: Record<string, string> = { 'app.py': 'x = 1\n' };
  if (ruleFile !== undefined) files[options.path ?? '.github/readiness.yml'] = ruleFile;
  const run = await cli(['check', makeTempRepo(files)]);
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  const [heading, ...problems] = run.stderr.trimEnd().split('\n');
  expect(heading).toBe('readiness-gate: the rule file has problems:');
  return problems;
}

const RULE = 'rules:\n  docs:\n    category: documentation\n    level: error\n    description: d\n';

describe('paths in rule files cannot leave the repository', () => {
  it('refuses ../, absolute paths, drive letters, backslashes and hidden ../ in brace alternatives', async () => {
    const globs = ['../etc/passwd', '/etc/passwd', 'C:\\Windows\\win.ini', 'docs\\README.md', '{..,a}/x', 'c:/x'];
    expect(await problemsOf(`${RULE}    exists: ${JSON.stringify(globs)}\n`)).toEqual([
      '.github/readiness.yml:6:14 rules.docs.exists[0]: "../etc/passwd" leaves the repository with ".."; globs are relative to the repository root',
      '.github/readiness.yml:6:30 rules.docs.exists[1]: "/etc/passwd" is an absolute path; globs are relative to the repository root',
      '.github/readiness.yml:6:44 rules.docs.exists[2]: "C:\\\\Windows\\\\win.ini" names a drive; globs are relative to the repository root',
      '.github/readiness.yml:6:67 rules.docs.exists[3]: "docs\\\\README.md" contains a backslash; separate folders with "/"',
      '.github/readiness.yml:6:85 rules.docs.exists[4]: "{..,a}/x" leaves the repository with ".."; globs are relative to the repository root',
      '.github/readiness.yml:6:96 rules.docs.exists[5]: "c:/x" names a drive; globs are relative to the repository root',
    ]);
  });

  it('refuses a single ../ glob at its value', async () => {
    expect(await problemsOf(`${RULE}    exists: ../secrets\n`)).toEqual([
      '.github/readiness.yml:6:13 rules.docs.exists: "../secrets" leaves the repository with ".."; globs are relative to the repository root',
    ]);
  });

  it('keeps globs cheap: brace bombs and overlong globs are refused', async () => {
    const bomb = '{a,b}'.repeat(9);
    expect(await problemsOf(`${RULE}    exists: ["${bomb}", "${'a'.repeat(300)}"]\n`)).toEqual([
      `.github/readiness.yml:6:14 rules.docs.exists[0]: "${bomb.slice(0, 39)}…" expands to more than 256 patterns; use fewer {…} alternatives`,
      `.github/readiness.yml:6:63 rules.docs.exists[1]: "${'a'.repeat(39)}…" is 300 characters long; a glob may have at most 256`,
    ]);
  });

  it('treats profile branches as names (".." is allowed) but limits their cost', async () => {
    expect(await problemsOf('profiles:\n  - name: p\n    branches: ["../main", "{1..100000}"]\n')).toEqual([
      '.github/readiness.yml:3:27 profiles[0].branches[1]: "{1..100000}" expands to more than 256 patterns; use fewer {…} alternatives',
    ]);
  });

  it('has no regex fields: a pattern key is an unknown key, so no user regex ever runs', async () => {
    expect(await problemsOf('rules:\n  readme:\n    pattern: "(a+)+$"\n')).toEqual([
      '.github/readiness.yml:3:5 rules.readme.pattern: unknown key; allowed: category, level, description, metric, min, max, delta, findings, new, exists, when',
    ]);
  });
});

describe('broken rule files', () => {
  it('malformed YAML', async () => {
    expect(await problemsOf('rules:\n  readme:\n    level: [error\n')).toEqual([
      '.github/readiness.yml:4:1 YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('an alias bomb', async () => {
    const bomb =
      'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n' +
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nrules: *c\n';
    expect(await problemsOf(bomb)).toEqual([
      '.github/readiness.yml:2:8 b[0]: aliases expand too often; a rule file may expand at most 20 aliases',
    ]);
  });

  it('wrong types', async () => {
    expect(await problemsOf('extends: 3\nrules:\n  readme:\n    level: 1\n    min: "ten"\n')).toEqual([
      '.github/readiness.yml:1:10 extends: 3 is not a preset name; built-in presets: recommended, strict',
      '.github/readiness.yml:4:12 rules.readme.level: 1 is not a level; use error, warning, notice or off',
      '.github/readiness.yml:5:10 rules.readme.min: "ten" is not a number; min takes a number such as 1',
    ]);
  });

  it('unknown keys', async () => {
    expect(await problemsOf('extend: recommended\nrules: {}\n')).toEqual([
      '.github/readiness.yml:1:1 extend: unknown key; allowed: extends, rules, profiles',
    ]);
  });

  it('unknown presets', async () => {
    expect(await problemsOf('extends: [recommended, paranoid]\n')).toEqual([
      '.github/readiness.yml:1:24 extends[1]: unknown preset "paranoid"; built-in presets: recommended, strict',
    ]);
  });

  it('cyclic extends: a rule file can only extend built-in presets, so it cannot name itself', async () => {
    expect(await problemsOf('extends: .github/readiness.yml\n')).toEqual([
      '.github/readiness.yml:1:10 extends: unknown preset ".github/readiness.yml"; built-in presets: recommended, strict',
    ]);
  });

  it('a rule file of control bytes is quoted escaped, never raw', async () => {
    expect(await problemsOf('\u0000\u0001\u001b[31m')).toEqual([
      '.github/readiness.yml:1:1 "\\u0000\\u0001\\u001b[31m" is not a mapping; the rule file is a mapping with extends, rules, profiles',
    ]);
  });

  it('a directory', async () => {
    expect(await problemsOf('x', { path: '.github/readiness.yml/inner' })).toEqual([
      '.github/readiness.yml: is a directory; give the path of a YAML rule file such as .github/readiness.yml',
    ]);
  });

  it('a rule file larger than 1 MiB', async () => {
    expect(await problemsOf(`# ${'x'.repeat(1024 * 1024)}\nextends: recommended\n`)).toEqual([
      '.github/readiness.yml: is 1048600 bytes; a rule file may be at most 1048576 bytes',
    ]);
  });
});
