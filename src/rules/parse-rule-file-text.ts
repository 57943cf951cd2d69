// From rule-file text to the valid parts of it plus every problem found, each with a location.
// Nothing here throws for a user's mistake: problems are collected so all can be shown at once.
import { LineCounter, parseDocument } from 'yaml';
import { problemAt, yamlErrorProblems, zodIssueProblems, type Problem } from './located-problems.js';
import {
  ExtendsSchema,
  RuleFileSchema,
  RuleIdSchema,
  RuleSchema,
  type PresetName,
  type RawRule,
} from './schema.js';
import { createLocator, firstAliasPath, type Locator } from './yaml-locations.js';

/** Rule files are small; a handful of nested alias expansions is plenty, more is an alias bomb. */
export const MAX_ALIAS_COUNT = 20;

export interface ParsedRuleFile {
  locator: Locator;
  problems: Problem[];
  /** Presets named in `extends`, as a list; undefined when `extends` is invalid. */
  extends: PresetName[] | undefined;
  /** The rules that passed validation, in file order. */
  rules: Array<[string, RawRule]>;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseRuleFileText(text: string): ParsedRuleFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const locator = createLocator(doc, lineCounter);
  const parsed: ParsedRuleFile = { locator, problems: [], extends: undefined, rules: [] };
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

  if (raw === null || raw === undefined || (isMapping(raw) && raw.extends === undefined && raw.rules === undefined)) {
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

  if (raw.extends === undefined) {
    parsed.extends = [];
  } else {
    const extendsResult = ExtendsSchema.safeParse(raw.extends);
    if (extendsResult.success) parsed.extends = typeof extendsResult.data === 'string' ? [extendsResult.data] : extendsResult.data;
  }

  if (isMapping(raw.rules)) {
    for (const [id, value] of Object.entries(raw.rules)) {
      const ruleResult = RuleSchema.safeParse(value);
      const idIsValid = RuleIdSchema.safeParse(id).success;
      // zod skips the body of a rule whose id is invalid; check it here so every problem shows at once.
      if (!idIsValid && !ruleResult.success) {
        parsed.problems.push(...zodIssueProblems(ruleResult.error.issues, locator, ['rules', id]));
      }
      if (idIsValid && ruleResult.success) parsed.rules.push([id, ruleResult.data]);
    }
  }
  return parsed;
}
