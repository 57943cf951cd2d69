// From rule-file text to the valid parts of it plus every problem found, each with a location.
// Nothing here throws for a user's mistake: problems are collected so all can be shown at once.
import { LineCounter, parseDocument } from 'yaml';
import type { EventName } from '../change/change-evidence.js';
import { problemAt, yamlErrorProblems, zodIssueProblems, type Problem } from './located-problems.js';
import {
  ExtendsSchema,
  ProfileSchema,
  RuleFileSchema,
  RuleIdSchema,
  RuleSchema,
  type PresetName,
  shown,
  type RawRule,
} from './schema.js';
import { createLocator, firstAliasPath, type KeyPath, type Locator } from './yaml-locations.js';

/** Rule files are small; a handful of nested alias expansions is plenty, more is an alias bomb. */
export const MAX_ALIAS_COUNT = 20;

export interface ParsedRuleFile {
  locator: Locator;
  problems: Problem[];
  /** Presets named in `extends`, as a list; undefined when `extends` is invalid. */
  extends: PresetName[] | undefined;
  /** The rules that passed validation, in file order. */
  rules: Array<[string, RawRule]>;
  /** The profiles whose extends is valid, in file order; their other fields hold what is valid of them. */
  profiles: ParsedProfile[];
}

export interface ParsedProfile {
  /** The profile's index in `profiles`, to locate its problems. */
  index: number;
  name: string;
  branches?: string[];
  events?: EventName[];
  /** Absent when the profile uses the file's presets. */
  extends?: PresetName[];
  /** Its rules that passed validation, in file order. */
  rules: Array<[string, RawRule]>;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseRuleFileText(text: string): ParsedRuleFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const locator = createLocator(doc, lineCounter);
  const parsed: ParsedRuleFile = { locator, problems: [], extends: undefined, rules: [], profiles: [] };
  parsed.problems.push(...yamlErrorProblems(doc, [...doc.errors, ...doc.warnings], locator));
  // After a syntax error the data is a guess; schema problems on it would only add noise.
  if (doc.errors.some((error) => error.code !== 'DUPLICATE_KEY')) return parsed;

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const alias = firstAliasPath(doc);
    const text = error.message.startsWith('Excessive alias count')
      ? `aliases expand too often; a rule file may expand at most ${MAX_ALIAS_COUNT} aliases`
      : error.message;
    parsed.problems.push(alias === undefined ? { ...locator.position(0), path: '', text } : problemAt(locator, alias.path, 'value', text));
    return parsed;
  }

  const isBare = isMapping(raw) && raw.extends === undefined && raw.rules === undefined && raw.profiles === undefined;
  if (raw === null || raw === undefined || isBare) {
    parsed.problems.push({
      ...locator.position(0),
      path: '',
      text: `the rule file ${raw === null || raw === undefined ? 'is empty' : 'has neither extends nor rules'}; start it with "extends: recommended" and add rules under "rules:"`,
    });
  }
  if (raw === null || raw === undefined) return parsed;

  const fileResult = RuleFileSchema.safeParse(raw);
  if (!fileResult.success) parsed.problems.push(...zodIssueProblems(fileResult.error.issues, locator));
  if (!isMapping(raw)) return parsed;

  parsed.extends = raw.extends === undefined ? [] : presetList(raw.extends);
  parsed.rules = validRules(raw.rules, locator, ['rules'], parsed.problems);
  if (Array.isArray(raw.profiles)) parsed.profiles = validProfiles(raw.profiles, locator, parsed.problems);
  return parsed;
}

function presetList(value: unknown): PresetName[] | undefined {
  const result = ExtendsSchema.safeParse(value);
  if (!result.success) return undefined;
  return typeof result.data === 'string' ? [result.data] : result.data;
}

function listOf<T>(value: T | T[] | undefined): T[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value : [value];
}

/** The rules that pass validation; problems the whole-file schema cannot report are added. */
function validRules(value: unknown, locator: Locator, basePath: KeyPath, problems: Problem[]): Array<[string, RawRule]> {
  if (!isMapping(value)) return [];
  const rules: Array<[string, RawRule]> = [];
  for (const [id, rule] of Object.entries(value)) {
    const ruleResult = RuleSchema.safeParse(rule);
    const idIsValid = RuleIdSchema.safeParse(id).success;
    // zod skips the body of a rule whose id is invalid; check it here so every problem shows at once.
    if (!idIsValid && !ruleResult.success) {
      problems.push(...zodIssueProblems(ruleResult.error.issues, locator, [...basePath, id]));
    }
    if (idIsValid && ruleResult.success) rules.push([id, ruleResult.data]);
  }
  return rules;
}

function validProfiles(items: readonly unknown[], locator: Locator, problems: Problem[]): ParsedProfile[] {
  const profiles: ParsedProfile[] = [];
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    if (!isMapping(item)) continue;
    const path = ['profiles', index];
    if (item.branches === undefined && item.events === undefined) {
      problems.push(
        problemAt(locator, path, 'value', 'a profile needs branches and/or events to say when it applies, e.g. branches: ["release/**"]'),
      );
    }
    if (typeof item.name === 'string') {
      if (seen.has(item.name)) {
        problems.push(problemAt(locator, [...path, 'name'], 'value', `a profile named ${shown(item.name)} comes earlier; profile names are unique`));
      }
      seen.add(item.name);
    }
    // Fields are validated one by one (the whole-file schema reported their problems), so that the
    // rules of a profile with a typo elsewhere are still checked after merging.
    const rules = validRules(item.rules, locator, [...path, 'rules'], problems);
    const shape = ProfileSchema.shape;
    const name = shape.name.safeParse(item.name);
    const branches = shape.branches.safeParse(item.branches);
    const events = shape.events.safeParse(item.events);
    const presets = item.extends === undefined ? undefined : presetList(item.extends);
    if (item.extends !== undefined && presets === undefined) continue;
    const profile: ParsedProfile = { index, name: name.data ?? `profiles[${index}]`, rules };
    if (branches.data !== undefined) profile.branches = listOf(branches.data);
    if (events.data !== undefined) profile.events = listOf(events.data);
    if (presets !== undefined) profile.extends = presets;
    profiles.push(profile);
  }
  return profiles;
}
