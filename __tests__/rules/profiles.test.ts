import path from 'node:path';
import { loadPresetRuleSet } from '../../src/rules/presets.js';
import { describe, expect, it } from 'vitest';
import { makeTempRepo } from '../helpers/temp-repo.js';
import { loadRuleFile, loadRuleFileText, type RuleTarget } from '../../src/rules/load-rule-file.js';
import { profileApplies } from '../../src/rules/resolve-rule-set.js';
import { RuleFileError, type RuleSet } from '../../src/rules/rule-set.js';

const DISPLAY = '.github/readiness.yml';

// Three profiles, each changing the level of one rule so the test can see which applied.
const PROFILES = [
  'extends: recommended',
  'rules:',
  '  readme: { level: notice }',
  'profiles:',
  '  - name: release',
  '    branches: ["release/**", main]',
  '    events: [pull_request, merge_group]',
  '    extends: strict',
  '    rules:',
  '      readme: { level: error }',
  '  - name: any-release',
  '    branches: "release/**"',
  '    rules:',
  '      readme: { level: warning }',
  '  - name: pushes',
  '    events: push',
  '    rules:',
  '      readme: { level: off }',
].join('\n');

function resolved(target: RuleTarget | undefined, text = PROFILES): { profile: string | undefined; readme: string | undefined; set: RuleSet } {
  const set = loadRuleFileText(text, DISPLAY, target);
  return { profile: set.profile, readme: set.rules.find((rule) => rule.id === 'readme')?.level, set };
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

describe('profile selection', () => {
  it('applies the first profile whose branches and events both match', () => {
    const { profile, readme, set } = resolved({ baseRef: 'release/2.0', event: 'pull_request' });
    expect([profile, readme]).toEqual(['release', 'error']);
    // The profile's extends replaces the file's: strict's own rules are there.
    expect(set.extends).toEqual(['strict']);
    expect(set.rules.find((rule) => rule.id === 'new-unpinned-base')?.level).toBe('error');
    // The file's rules still apply under the profile's presets, before the profile's own.
    expect(resolved({ baseRef: 'main', event: 'merge_group' }).profile).toBe('release');
  });

  it('falls through to a later profile when an earlier one matches the branch but not the event', () => {
    const { profile, readme, set } = resolved({ baseRef: 'release/2.0', event: 'push' });
    expect([profile, readme]).toEqual(['any-release', 'warning']);
    expect(set.extends).toEqual(['recommended']);
    expect(set.rules.find((rule) => rule.id === 'new-unpinned-base')).toBeUndefined();
  });

  it('matches a profile by events alone, on any branch', () => {
    expect(resolved({ baseRef: 'feature/x', event: 'push' })).toMatchObject({ profile: 'pushes', readme: 'off' });
    expect(resolved({ event: 'push' })).toMatchObject({ profile: 'pushes', readme: 'off' });
  });

  it('uses the file rules when no profile matches, or when there is no target', () => {
    for (const target of [{ baseRef: 'feature/x', event: 'pull_request' }, { baseRef: 'main' }, {}, undefined]) {
      const { profile, readme, set } = resolved(target);
      expect([profile, readme], JSON.stringify(target)).toEqual([undefined, 'notice']);
      expect('profile' in set).toBe(false);
    }
  });

  it('needs a branch for a profile with branches, and an event for one with events', () => {
    expect(profileApplies({ branches: ['main'] }, { event: 'push' })).toBe(false);
    expect(profileApplies({ events: ['push'] }, { baseRef: 'main' })).toBe(false);
    expect(profileApplies({ branches: ['main'], events: ['push'] }, { baseRef: 'main', event: 'push' })).toBe(true);
  });

  it('matches globs like GitHub branch filters, on the name without refs/heads/', () => {
    const release = { branches: ['release/*'] };
    expect(profileApplies(release, { baseRef: 'release/1.2' })).toBe(true);
    expect(profileApplies(release, { baseRef: 'refs/heads/release/1.2' })).toBe(true);
    expect(profileApplies(release, { baseRef: 'release/1.2/hotfix' })).toBe(false);
    expect(profileApplies({ branches: ['release/**'] }, { baseRef: 'release/1.2/hotfix' })).toBe(true);
    expect(profileApplies({ branches: ['Main'] }, { baseRef: 'main' })).toBe(false);
  });

  it('reads the profile from a file on disk too', () => {
    const file = path.join(makeTempRepo({ 'readiness.yml': PROFILES }, { git: false }), 'readiness.yml');
    expect(loadRuleFile(file, DISPLAY, { baseRef: 'release/1', event: 'push' }).profile).toBe('any-release');
  });

  it('allows a file made only of profiles', () => {
    const text = 'profiles:\n  - name: release\n    branches: main\n    extends: strict\n';
    expect(resolved({ baseRef: 'main' }, text).set.rules).toHaveLength(loadPresetRuleSet('strict').rules.length);
    expect(resolved({ baseRef: 'dev' }, text).set.rules).toEqual([]);
  });
});

describe('profile validation', () => {
  it('reports every problem in every profile, applying or not, each at its line and column', () => {
    const text = [
      'extends: recommended',
      'profiles:',
      '  - name: Release',
      '    branches: [refs/heads/main, "!wip/**", ""]',
      '    events: [pull-request, push, 3]',
      '    rules:',
      '      readme: { level: eror }',
      '      generic-catchs: { level: off }',
      '  - name: no-trigger',
      '  - branches: main',
      '    extends: strct',
      '  - name: no-trigger',
      '    events: push',
      '    rulez: {}',
      '  - 3',
    ].join('\n');
    expect(problemsOf(text)).toEqual([
      `${DISPLAY}:3:11 profiles[0].name: profile names are kebab-case (a-z, 0-9, -)`,
      `${DISPLAY}:4:16 profiles[0].branches[0]: "refs/heads/main" names a ref; branch globs match the branch name, e.g. "main"`,
      `${DISPLAY}:4:33 profiles[0].branches[1]: "!wip/**" starts with "!"; list the branches the profile is for, and put a profile for the others after it`,
      `${DISPLAY}:4:44 profiles[0].branches[2]: an empty glob matches no branch; use a pattern such as "release/**"`,
      `${DISPLAY}:5:14 profiles[0].events[0]: unknown event "pull-request"; did you mean "pull_request"?`,
      `${DISPLAY}:5:34 profiles[0].events[2]: 3 is not an event name; events: pull_request, pull_request_target, merge_group, push, workflow_dispatch`,
      `${DISPLAY}:7:24 profiles[0].rules.readme.level: "eror" is not a level; use error, warning, notice or off`,
      `${DISPLAY}:8:7 profiles[0].rules.generic-catchs: no rule "generic-catchs" in recommended to change; did you mean "generic-catches"?`,
      `${DISPLAY}:9:5 profiles[1]: a profile needs branches and/or events to say when it applies, e.g. branches: ["release/**"]`,
      `${DISPLAY}:10:5 profiles[2].name: a profile needs a name, e.g. name: release`,
      `${DISPLAY}:11:14 profiles[2].extends: unknown preset "strct"; built-in presets: recommended, strict`,
      `${DISPLAY}:12:11 profiles[3].name: a profile named "no-trigger" comes earlier; profile names are unique`,
      `${DISPLAY}:14:5 profiles[3].rulez: unknown key; allowed: name, branches, events, extends, rules`,
      `${DISPLAY}:15:5 profiles[4]: 3 is not a mapping; a profile is a mapping with name, branches, events, extends, rules`,
    ]);
  });

  it('checks the file rules again on a profile that extends other presets', () => {
    const text = [
      'extends: recommended',
      'rules:',
      '  readme: { level: off }',
      'profiles:',
      '  - name: bare',
      '    events: push',
      '    extends: []',
    ].join('\n');
    expect(problemsOf(text)).toEqual([
      `${DISPLAY}:7:14 profiles[0].extends: with these presets, rules.readme: this file extends no preset, so "readme" is a new rule; add "extends: recommended" to change a built-in rule, or give category, level, description and a check`,
    ]);
  });

  it('rejects profiles that are not a list', () => {
    expect(problemsOf('extends: recommended\nprofiles: { name: release }\n')).toEqual([
      `${DISPLAY}:2:11 profiles: a mapping is not a list; profiles is a list of profiles, each with a name and branches or events`,
    ]);
  });
});
