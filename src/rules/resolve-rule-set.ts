// Resolves one rule file's text against its presets into a complete RuleSet, or throws every problem.
// Layers, each merged onto the one before: presets → the file's rules → the applying profile's rules.
import { Minimatch } from 'minimatch';
import { formatProblems, problemAt, type Problem } from './located-problems.js';
import { mergeRule, mergedRuleProblems, fromRule, toRule, type MergedRuleProblem } from './merge.js';
import { parseRuleFileText, type ParsedProfile, type ParsedRuleFile } from './parse-rule-file-text.js';
import { RuleFileError, type Rule, type RuleSet } from './rule-set.js';
import type { PresetName, RawRule } from './schema.js';
import type { KeyPath } from './yaml-locations.js';

/** Loads a preset; `chain` is the presets being resolved around it, outermost first, for cycles. */
export type PresetLoader = (name: PresetName, chain: readonly PresetName[]) => RuleSet;

/** What is being judged, to choose a profile: the base branch (or pushed branch) and the event name. */
export interface RuleTarget {
  baseRef?: string;
  event?: string;
}

export interface ResolveOptions {
  /** How problems name the file, e.g. `.github/readiness.yml`. */
  displayPath: string;
  /** `RuleSet.source`. */
  source: string;
  /** Presets already being resolved, when this text is itself a preset (ends with its own name). */
  chain: readonly PresetName[];
  loadPreset: PresetLoader;
  /** Without a target no profile applies. */
  target?: RuleTarget;
}

type RuleMap = Map<string, RawRule>;
type RuleProblem = MergedRuleProblem & { id: string; own: RawRule };

function presetRules(names: readonly PresetName[], extendsPath: KeyPath, parsed: ParsedRuleFile, options: ResolveOptions, problems: Problem[]): RuleMap {
  const merged: RuleMap = new Map();
  for (const name of names) {
    if (options.chain.includes(name)) {
      const cycle = [...options.chain, name].join(' → ');
      problems.push(
        problemAt(parsed.locator, extendsPath, 'value', `preset cycle ${cycle}; a preset cannot extend itself, directly or through another`),
      );
      continue;
    }
    for (const rule of options.loadPreset(name, options.chain).rules) {
      const existing = merged.get(rule.id);
      merged.set(rule.id, existing === undefined ? fromRule(rule) : mergeRule(existing, fromRule(rule)));
    }
  }
  return merged;
}

/** Merges `layer` onto `base`; with `presets` undefined (invalid extends) overrides are not checked. */
function applyLayer(base: RuleMap, layer: ReadonlyArray<[string, RawRule]>, presets: readonly PresetName[] | undefined) {
  const merged: RuleMap = new Map(base);
  const problems: RuleProblem[] = [];
  const presetRuleIds = [...base.keys()];
  for (const [id, own] of layer) {
    const before = merged.get(id);
    const rule = before === undefined ? own : mergeRule(before, own);
    merged.set(id, rule);
    if (presets === undefined) continue;
    for (const problem of mergedRuleProblems(id, rule, { base: before, presets, presetRuleIds })) problems.push({ ...problem, id, own });
  }
  return { merged, problems };
}

function locateRuleProblem(parsed: ParsedRuleFile, rulesPath: KeyPath, problem: RuleProblem): Problem {
  const field = problem.fields?.find((candidate) => problem.own[candidate] !== undefined);
  const path = field === undefined ? [...rulesPath, problem.id] : [...rulesPath, problem.id, field];
  return problemAt(parsed.locator, path, 'key', problem.text);
}

function branchName(ref: string): string {
  return ref.replace(/^refs\/heads\//, '');
}

/** Branch globs work like GitHub's branch filters: `*` stays within a path segment, `**` crosses them. */
export function profileApplies(profile: Pick<ParsedProfile, 'branches' | 'events'>, target: RuleTarget | undefined): boolean {
  const { baseRef, event } = target ?? {};
  const branchMatches =
    profile.branches === undefined ||
    (baseRef !== undefined && profile.branches.some((glob) => new Minimatch(glob, { dot: true }).match(branchName(baseRef))));
  const eventMatches = profile.events === undefined || (event !== undefined && (profile.events as readonly string[]).includes(event));
  return branchMatches && eventMatches;
}

interface ProfileLayer {
  profile: ParsedProfile;
  presets: readonly PresetName[];
  rules: RuleMap;
}

/** Every profile is resolved, applying or not, so its mistakes show on any branch. */
function resolveProfile(profile: ParsedProfile, parsed: ParsedRuleFile, fileLayer: ReturnType<typeof applyLayer>, options: ResolveOptions, problems: Problem[]): ProfileLayer {
  const profilePath = ['profiles', profile.index];
  let base = fileLayer.merged;
  if (profile.extends !== undefined) {
    // The file's rules on other presets can go wrong in new ways; name those at the profile's extends.
    const presets = presetRules(profile.extends, [...profilePath, 'extends'], parsed, options, problems);
    const onPresets = applyLayer(presets, parsed.rules, profile.extends);
    const known = new Set(fileLayer.problems.map((problem) => `${problem.id}\n${problem.text}`));
    for (const problem of onPresets.problems.filter((candidate) => !known.has(`${candidate.id}\n${candidate.text}`))) {
      problems.push(problemAt(parsed.locator, [...profilePath, 'extends'], 'value', `with these presets, rules.${problem.id}: ${problem.text}`));
    }
    base = onPresets.merged;
  }
  const presets = profile.extends ?? parsed.extends;
  const layer = applyLayer(base, profile.rules, presets);
  problems.push(...layer.problems.map((problem) => locateRuleProblem(parsed, [...profilePath, 'rules'], problem)));
  return { profile, presets: presets ?? [], rules: layer.merged };
}

export function resolveRuleFileText(text: string, options: ResolveOptions): RuleSet {
  const parsed = parseRuleFileText(text);
  const problems: Problem[] = [...parsed.problems];
  const presets = parsed.extends ?? [];
  // With an invalid `extends` every override would look like an incomplete new rule; skip those checks.
  const fileLayer = applyLayer(presetRules(presets, ['extends'], parsed, options, problems), parsed.rules, parsed.extends);
  problems.push(...fileLayer.problems.map((problem) => locateRuleProblem(parsed, ['rules'], problem)));
  const profiles = parsed.profiles.map((profile) => resolveProfile(profile, parsed, fileLayer, options, problems));

  if (problems.length > 0) throw new RuleFileError(formatProblems(options.displayPath, problems));
  const applied = profiles.find((layer) => profileApplies(layer.profile, options.target));
  const merged = applied?.rules ?? fileLayer.merged;
  const rules = [...merged].map(([id, raw]) => toRule(id, raw)).filter((rule): rule is Rule => rule !== undefined);
  const ruleSet: RuleSet = { source: options.source, extends: [...(applied?.presets ?? presets)], rules };
  if (applied !== undefined) ruleSet.profile = applied.profile.name;
  return ruleSet;
}
