// The rule file's shape: one zod schema for validation, TypeScript types and the editor JSON Schema.
// Every field is optional here because a rule may only override a preset rule; completeness is
// checked after merging (see merge.ts). Error callbacks word each message for the user.
import * as z from 'zod';
import { SUPPORTED_EVENTS } from '../change/change-evidence.js';
import { CATEGORIES, LEVELS } from '../report.js';
import { globCostReason, globEscapeReason } from './glob-limits.js';
import { FINDING_KINDS, METRIC_NAMES } from './metric-catalog.js';
import { closestMatch, listInWords } from './suggest.js';

export const PRESET_NAMES = ['recommended', 'strict'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export const RULE_ID_PATTERN = /^[a-z0-9-]+$/;

/** Check fields: giving any of them in an override replaces the preset rule's whole check. */
export const CHECK_FIELDS = ['metric', 'min', 'max', 'delta', 'findings', 'new', 'exists'] as const;

const SHOWN_TEXT_LIMIT = 40;

/** How a YAML value reads in a message: `"eror"`, `3`, `a list`, `an empty value`. */
export function shown(input: unknown): string {
  if (input === null || input === undefined) return 'an empty value';
  // Long text is cut: a message should name the value, not quote a whole file back.
  if (typeof input === 'string') {
    return JSON.stringify(input.length > SHOWN_TEXT_LIMIT ? `${input.slice(0, SHOWN_TEXT_LIMIT - 1)}…` : input);
  }
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a mapping';
  return String(input);
}

function didYouMean(input: unknown, candidates: readonly string[]): string | undefined {
  const match = typeof input === 'string' ? closestMatch(input, candidates) : undefined;
  return match === undefined ? undefined : `did you mean "${match}"?`;
}

function metricName() {
  return z.enum(METRIC_NAMES as [string, ...string[]], {
    error: (issue) =>
      `unknown metric ${shown(issue.input)}; ` +
      (didYouMean(issue.input, METRIC_NAMES) ?? `known metrics: ${METRIC_NAMES.join(', ')}`),
  });
}

const findingKind = z.enum(FINDING_KINDS as [string, ...string[]], {
  error: (issue) => {
    if (typeof issue.input === 'string' && METRIC_NAMES.includes(issue.input)) {
      return `${issue.input} is computed, not counted from findings; use metric: ${issue.input} with min or max`;
    }
    return (
      `unknown finding kind ${shown(issue.input)}; ` +
      (didYouMean(issue.input, FINDING_KINDS) ?? `known kinds: ${FINDING_KINDS.join(', ')}`)
    );
  },
});

function number(field: string) {
  return z.number({ error: (issue) => `${shown(issue.input)} is not a number; ${field} takes a number such as 1` });
}

// A pull request may edit the rule file: its globs must stay inside the repository and cheap to compile.
const glob = z
  .string({ error: (issue) => `${shown(issue.input)} is not a glob; use a quoted pattern such as "README*"` })
  .min(1, { error: 'an empty glob matches nothing; use a pattern such as "README*"' })
  .superRefine((value, context) => {
    const reason = globEscapeReason(value) ?? globCostReason(value);
    if (reason !== undefined) context.addIssue({ code: 'custom', input: value, message: `${shown(value)} ${reason}` });
  });

/** A strict mapping: a key it does not know is a typo, never ignored. */
function strictMapping<Shape extends z.ZodRawShape>(shape: Shape, what: string) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown key; allowed: ${allowed}`
        : `${shown(issue.input)} is not a mapping; ${what} is a mapping with ${allowed}`,
  });
}

export const RuleSchema = strictMapping(
  {
    category: z
      .enum(CATEGORIES, {
        error: (issue) => `${shown(issue.input)} is not a category; use ${listInWords(CATEGORIES)}`,
      })
      .meta({ description: 'The score category the rule counts towards.' })
      .optional(),
    level: z
      .enum(LEVELS, {
        error: (issue) => `${shown(issue.input)} is not a level; use ${listInWords(LEVELS)}`,
      })
      .meta({ description: 'error and warning can fail the gate (see fail-on); notice only reports; off disables the rule.' })
      .optional(),
    description: z
      .string({ error: (issue) => `${shown(issue.input)} is not text; describe in a sentence what the rule is for` })
      .min(1, { error: 'the description is empty; describe in a sentence what the rule is for' })
      .meta({ description: 'What the rule is for, in a sentence the report shows next to the result.' })
      .optional(),
    metric: metricName().meta({
      description: 'Check: a metric threshold. The metric must be at least `min` and/or at most `max`.',
    }).optional(),
    min: number('min').meta({ description: 'The lowest passing value of `metric`.' }).optional(),
    max: number('max').meta({
      description: 'The highest passing value of `metric`, or the finding budget of `findings` (default 0).',
    }).optional(),
    delta: strictMapping(
      {
        min: number('delta.min').meta({ description: 'The lowest passing change; 0 means the metric may not drop.' }).optional(),
        max: number('delta.max').meta({ description: 'The highest passing change; 0 means the metric may not rise.' }).optional(),
      },
      'delta',
    )
      .meta({
        description:
          'Check: a delta limit, for pull requests only. With `metric`, limits how the pull request moves the metric over the files it changes.',
      })
      .optional(),
    findings: findingKind.meta({
      description: 'Check: a finding budget. Fails when there are more than `max` findings of this kind.',
    }).optional(),
    new: number('new')
      .meta({
        description:
          'Check: a budget of new findings, for pull requests only. With `findings`, at most this many findings of the kind on lines the pull request adds.',
      })
      .optional(),
    exists: z
      .union([z.array(glob).min(1, { error: 'the list is empty; give at least one glob such as "README*"' }), glob], {
        error: (issue) => `${shown(issue.input)} is not a glob or a list of globs; use e.g. ["README*"]`,
      })
      .meta({
        description:
          'Check: at least one repository path matches one of these globs (case-insensitive, relative to the root).',
      })
      .optional(),
    when: metricName().meta({
      description: 'The rule applies only when this metric is above 0; otherwise it is not applicable.',
    }).optional(),
  },
  'a rule',
);

export type RawRule = z.infer<typeof RuleSchema>;

const presetName = z.enum(PRESET_NAMES, {
  error: (issue) =>
    `${typeof issue.input === 'string' ? `unknown preset ${shown(issue.input)}` : `${shown(issue.input)} is not a preset name`}; ` +
    `built-in presets: ${PRESET_NAMES.join(', ')}`,
});

// Lists come first in unions: located-problems reports the first alternative that did not fail
// on the value's type, and an enum fails on a list by value, not by type.
export const ExtendsSchema = z
  .union([z.array(presetName), presetName], {
    error: (issue) => `${shown(issue.input)} is not a preset name; built-in presets: ${PRESET_NAMES.join(', ')}`,
  })
  .meta({ description: 'Built-in preset(s) to start from, applied in order: recommended or strict.' });

export const RuleIdSchema = z.string().regex(RULE_ID_PATTERN, { error: 'rule ids are kebab-case (a-z, 0-9, -)' });

const RulesSchema = z.record(RuleIdSchema, RuleSchema, {
  error: (issue) => `${shown(issue.input)} is not a mapping; rules maps rule ids to rules`,
});

/** What a pull request or push is judged as; GitHub's event names. */
const eventName = z.enum(SUPPORTED_EVENTS, {
  error: (issue) =>
    `${typeof issue.input === 'string' ? `unknown event ${shown(issue.input)}` : `${shown(issue.input)} is not an event name`}; ` +
    (didYouMean(issue.input, SUPPORTED_EVENTS) ?? `events: ${SUPPORTED_EVENTS.join(', ')}`),
});

// GitHub names the base branch without refs/heads/ (GITHUB_BASE_REF, payload base.ref), and its own
// filters give "!" a meaning (exclude what an earlier pattern matched) that one glob cannot have.
const branchGlob = z
  .string({ error: (issue) => `${shown(issue.input)} is not a branch glob; use a quoted pattern such as "release/**"` })
  .min(1, { error: 'an empty glob matches no branch; use a pattern such as "release/**"' })
  .superRefine((value, context) => {
    if (value.startsWith('refs/')) {
      context.addIssue({
        code: 'custom',
        input: value,
        message: `${shown(value)} names a ref; branch globs match the branch name, e.g. ${shown(value.replace(/^refs\/(heads\/)?/, ''))}`,
      });
    } else if (value.startsWith('!')) {
      context.addIssue({
        code: 'custom',
        input: value,
        message: `${shown(value)} starts with "!"; list the branches the profile is for, and put a profile for the others after it`,
      });
    } else {
      // Branch globs are names, not paths, so only their cost is limited.
      const reason = globCostReason(value);
      if (reason !== undefined) context.addIssue({ code: 'custom', input: value, message: `${shown(value)} ${reason}` });
    }
  });

export const ProfileSchema = strictMapping(
  {
    name: z
      .string({
        error: (issue) =>
          issue.input === undefined ? 'a profile needs a name, e.g. name: release' : `${shown(issue.input)} is not a profile name; use kebab-case text such as release`,
      })
      .regex(RULE_ID_PATTERN, { error: 'profile names are kebab-case (a-z, 0-9, -)' })
      .meta({ description: 'The profile name the report shows, kebab-case.' }),
    branches: z
      .union([z.array(branchGlob).min(1, { error: 'the list is empty; give at least one glob such as "release/**"' }), branchGlob], {
        error: (issue) => `${shown(issue.input)} is not a glob or a list of globs; use e.g. ["release/**", main]`,
      })
      .meta({ description: 'The profile applies when the base branch (or the pushed branch) matches one of these globs.' })
      .optional(),
    events: z
      .union([z.array(eventName).min(1, { error: 'the list is empty; give at least one event such as pull_request' }), eventName], {
        error: (issue) => `${shown(issue.input)} is not an event or a list of events; use e.g. [pull_request, merge_group]`,
      })
      .meta({ description: 'The profile applies only to these events.' })
      .optional(),
    extends: ExtendsSchema.optional(),
    rules: RulesSchema.optional().meta({
      description: "Rules by id, merged onto the file's rules when the profile applies; the same format as the top-level rules.",
    }),
  },
  'a profile',
).meta({ description: 'Rules for some branches or events, e.g. stricter rules for pull requests into release branches.' });

export type RawProfile = z.infer<typeof ProfileSchema>;

export const RuleFileSchema = strictMapping(
  {
    extends: ExtendsSchema.optional(),
    rules: RulesSchema.optional().meta({
      description:
        'Rules by id. A preset rule given here changes only the fields given; any check field replaces its whole check.',
    }),
    profiles: z
      .array(ProfileSchema, {
        error: (issue) => `${shown(issue.input)} is not a list; profiles is a list of profiles, each with a name and branches or events`,
      })
      .meta({ description: 'Profiles in order; the first whose branches and events match applies on top of the rules.' })
      .optional(),
  },
  'the rule file',
).meta({ title: 'readiness-gate rule file', description: 'Production-readiness rules for readiness-gate.' });

export type RawRuleFile = z.infer<typeof RuleFileSchema>;
