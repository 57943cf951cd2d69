export const id = 177;
export const ids = [177];
export const modules = {

/***/ 8177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  resolveRuleSet: () => (/* binding */ resolveRuleSet),
  rulesForChange: () => (/* binding */ rulesForChange)
});

// UNUSED EXPORTS: DEFAULT_RULE_FILE

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/change/read-blobs.ts
var read_blobs = __webpack_require__(5891);
// EXTERNAL MODULE: ./src/evaluation/checks/check-definition.ts
var check_definition = __webpack_require__(690);
;// CONCATENATED MODULE: ./src/evaluation/rule-set-differences.ts

function bounds(min, max) {
    const parts = [];
    if (min !== undefined)
        parts.push(`≥ ${(0,check_definition/* formatNumber */.ZV)(min)}`);
    if (max !== undefined)
        parts.push(`≤ ${(0,check_definition/* formatNumber */.ZV)(max)}`);
    return parts.join(' and ');
}
/** A check as what it looks at (`findings todo.comments`) and what it allows (`≤ 100`). */
function describeCheck(check) {
    switch (check.type) {
        case 'metric':
            return { subject: `metric ${check.metric}`, limit: bounds(check.min, check.max) };
        case 'delta':
            return { subject: `metric ${check.metric} delta`, limit: bounds(check.min, check.max) };
        case 'findings':
            return { subject: `findings ${check.kind}`, limit: bounds(undefined, check.max) };
        case 'new':
            return { subject: `findings ${check.kind} new`, limit: bounds(undefined, check.max) };
        case 'exists':
            return { subject: 'exists', limit: check.globs.join(', ') };
    }
}
function checkDifference(base, head) {
    const before = describeCheck(base);
    const after = describeCheck(head);
    if (before.subject === after.subject) {
        return before.limit === after.limit ? undefined : `check ${before.subject} ${before.limit} → ${after.limit}`;
    }
    return `check ${before.subject} ${before.limit} → ${after.subject} ${after.limit}`;
}
function ruleDifferences(base, head) {
    const parts = [];
    if (base.level !== head.level)
        parts.push(`level ${base.level} → ${head.level}`);
    if (base.category !== head.category)
        parts.push(`category ${base.category} → ${head.category}`);
    const check = checkDifference(base.check, head.check);
    if (check !== undefined)
        parts.push(check);
    if (base.when !== head.when)
        parts.push(`when ${base.when ?? 'always'} → ${head.when ?? 'always'}`);
    return parts;
}
const isActive = (rule) => rule !== undefined && rule.level !== 'off';
/**
 * One line per rule whose level, category, check or `when` differs, in the base's rule order, then
 * the head's new rules: "generic-catches: level notice → off", "tests-present: removed",
 * "my-rule: added (error)". Rules that are off or absent on both sides make no difference.
 */
function describeRuleSetDifferences(base, head) {
    const lines = [];
    if (base.profile !== head.profile)
        lines.push(`profile: ${base.profile ?? 'none'} → ${head.profile ?? 'none'}`);
    const headById = new Map(head.rules.map((rule) => [rule.id, rule]));
    const baseIds = new Set(base.rules.map((rule) => rule.id));
    for (const rule of base.rules) {
        const after = headById.get(rule.id);
        if (!isActive(rule) && !isActive(after))
            continue;
        if (after === undefined) {
            lines.push(`${rule.id}: removed`);
            continue;
        }
        const parts = ruleDifferences(rule, after);
        if (parts.length > 0)
            lines.push(`${rule.id}: ${parts.join('; ')}`);
    }
    for (const rule of head.rules) {
        if (!baseIds.has(rule.id) && isActive(rule))
            lines.push(`${rule.id}: added (${rule.level})`);
    }
    return lines;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(3581);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/rules/yaml-locations.ts
// Turns key paths into line:col in the user's file, and YAML nodes back into key paths,
// so every problem can point at the exact key or value to fix.

/** `rules.readme.exists[1]` */
function formatKeyPath(path) {
    let text = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            text += `[${segment}]`;
        else
            text += text === '' ? String(segment) : `.${String(segment)}`;
    }
    return text;
}
function keyText(key) {
    if ((0,dist/* isScalar */.jn)(key))
        return String(key.value);
    return undefined;
}
function childPair(node, segment) {
    if (!(0,dist/* isMap */.jh)(node))
        return undefined;
    return node.items.find((pair) => keyText(pair.key) === String(segment));
}
function hasRange(node) {
    return typeof node === 'object' && node !== null && 'range' in node && Array.isArray(node.range);
}
function isEmptyValue(node) {
    return node === null || node === undefined || ((0,dist/* isScalar */.jn)(node) && hasRange(node) && node.range[0] === node.range[1]);
}
function createLocator(doc, lineCounter) {
    const position = (offset) => lineCounter.linePos(offset);
    const startOf = (node) => hasRange(node) ? position(node.range[0]) : undefined;
    function locate(path, at = 'value') {
        let node = doc.contents;
        let deepestKey;
        for (const [index, segment] of path.entries()) {
            if ((0,dist/* isAlias */.Vj)(node))
                node = node.resolve(doc);
            const pair = childPair(node, segment);
            if (pair !== undefined) {
                const isLast = index === path.length - 1;
                if (isLast && at === 'key')
                    return startOf(pair.key) ?? position(0);
                deepestKey = pair.key;
                // `level:` with nothing after it has no value, or an empty one; point at its key.
                if (isEmptyValue(pair.value))
                    return startOf(pair.key) ?? position(0);
                node = pair.value;
                continue;
            }
            const item = (0,dist/* isSeq */.oP)(node) && typeof segment === 'number' ? node.items[segment] : undefined;
            if (item === undefined)
                return startOf(deepestKey) ?? startOf(node) ?? position(0);
            // A key missing from a list item (a profile without a name) is pointed at the item.
            deepestKey = item;
            node = item;
        }
        return startOf(node) ?? position(0);
    }
    return { locate, position };
}
/** The key path of the node that starts at `offset` (a key or a value), for YAML errors without one. */
function keyPathAt(doc, offset) {
    let found;
    // A block mapping starts where its first key does; the key is visited later and is the one meant.
    (0,dist/* visit */.YR)(doc, (_key, node, ancestors) => {
        if (hasRange(node) && node.range[0] === offset)
            found = keyPathOf(ancestors, node);
    });
    return found;
}
/** The key path of the first alias in the document, to point an alias-count problem somewhere useful. */
function firstAliasPath(doc) {
    let found;
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, node, ancestors) {
            found = { path: keyPathOf(ancestors, node), offset: node.range?.[0] ?? 0 };
            return dist/* visit */.YR.BREAK;
        },
    });
    return found;
}
function keyPathOf(ancestors, node) {
    const path = [];
    const chain = [...ancestors, node];
    for (const [index, ancestor] of chain.entries()) {
        const child = chain[index + 1];
        if ((0,dist/* isPair */.tO)(ancestor)) {
            const key = keyText(ancestor.key);
            if (key !== undefined)
                path.push(key);
        }
        else if ((0,dist/* isSeq */.oP)(ancestor) && child !== undefined) {
            path.push(ancestor.items.indexOf(child));
        }
    }
    return path;
}

;// CONCATENATED MODULE: ./src/rules/located-problems.ts

function problemAt(locator, path, at, text) {
    const { line, col } = locator.locate(path, at);
    return { line, col, path: formatKeyPath(path), text };
}
/** `file:line:col path: text`, in file order. */
function formatProblems(file, problems) {
    return [...problems]
        .sort((a, b) => a.line - b.line || a.col - b.col)
        .map(({ line, col, path, text }) => `${file}:${line}:${col} ${path === '' ? '' : `${path}: `}${text}`);
}
function zodIssueProblems(issues, locator, basePath = []) {
    return issues.flatMap((issue) => issueProblems(issue, locator, [...basePath, ...issue.path]));
}
function issueProblems(issue, locator, path) {
    switch (issue.code) {
        case 'unrecognized_keys':
            return issue.keys.map((key) => problemAt(locator, [...path, key], 'key', issue.message));
        case 'invalid_key':
            return [problemAt(locator, path, 'key', issue.issues[0]?.message ?? issue.message)];
        case 'invalid_union': {
            // Report the alternative the user was writing: the one that did not fail on the value's type.
            const meant = issue.errors.find((branch) => !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0));
            return meant === undefined
                ? [problemAt(locator, path, 'value', issue.message)]
                : zodIssueProblems(meant, locator, path);
        }
        default:
            return [problemAt(locator, path, 'value', issue.message)];
    }
}
const YAML_MESSAGES = {
    DUPLICATE_KEY: 'duplicate key; a key may appear only once in a mapping, so merge the two',
    MULTIPLE_DOCS: 'a rule file holds one YAML document; remove the second "---" document',
};
/** YAML syntax errors and warnings at the YAML parser's own positions. */
function yamlErrorProblems(doc, errors, locator) {
    return errors.map((error) => {
        const { line, col } = error.linePos?.[0] ?? locator.position(error.pos[0]);
        const known = YAML_MESSAGES[error.code];
        if (known !== undefined) {
            const path = error.code === 'DUPLICATE_KEY' ? (keyPathAt(doc, error.pos[0]) ?? []) : [];
            return { line, col, path: formatKeyPath(path), text: known };
        }
        // With prettyErrors the message ends in " at line 3, column 5:" and a code excerpt; the
        // location is already in front of the problem.
        const firstLine = error.message.split('\n')[0] ?? error.message;
        const text = firstLine.replace(/ at line \d+, column \d+:?$/, '');
        return { line, col, path: '', text: `YAML syntax: ${text}` };
    });
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/change/change-evidence.ts
const SUPPORTED_EVENTS = ['pull_request', 'pull_request_target', 'merge_group', 'push', 'workflow_dispatch'];

// EXTERNAL MODULE: ./src/report.ts
var report = __webpack_require__(665);
;// CONCATENATED MODULE: ./src/rules/glob-limits.ts
// What a glob in a rule file may be. A pull request can edit the rule file, so its globs are untrusted:
// they must name paths inside the repository, and must stay cheap for minimatch, which expands braces
// into every alternative before it compiles them.
/** Long enough for any real path pattern, short enough that compiling it stays trivial. */
const MAX_GLOB_LENGTH = 256;
/** `{a,b}{c,d}…` multiplies; minimatch would build (and test) every alternative. */
const MAX_GLOB_ALTERNATIVES = 256;
// `..` as a whole path segment, also as a brace alternative (`{..,x}/etc`); `{1..3}` is a range, not this.
const PARENT_SEGMENT = /(?:^|[/{,])\.\.(?:$|[/},])/;
const DRIVE_LETTER = /^[A-Za-z]:/;
const RANGE = /^(-?\d+|[A-Za-z])\.\.(-?\d+|[A-Za-z])(?:\.\.(-?\d+))?$/;
/** Why a glob could name a path outside the repository, or undefined when it cannot. */
function globEscapeReason(glob) {
    if (DRIVE_LETTER.test(glob))
        return 'names a drive; globs are relative to the repository root';
    if (glob.includes('\\'))
        return 'contains a backslash; separate folders with "/"';
    if (glob.startsWith('/'))
        return 'is an absolute path; globs are relative to the repository root';
    if (PARENT_SEGMENT.test(glob))
        return 'leaves the repository with ".."; globs are relative to the repository root';
    return undefined;
}
/** Why a glob is too costly to compile, or undefined. */
function globCostReason(glob) {
    if (glob.length > MAX_GLOB_LENGTH)
        return `is ${glob.length} characters long; a glob may have at most ${MAX_GLOB_LENGTH}`;
    if (countAlternatives(glob) > MAX_GLOB_ALTERNATIVES) {
        return `expands to more than ${MAX_GLOB_ALTERNATIVES} patterns; use fewer {…} alternatives`;
    }
    return undefined;
}
/** The index of the `}` closing the `{` at `open`, or -1 when it is unclosed (then it is a literal brace). */
function closingBrace(text, open) {
    let depth = 0;
    for (let i = open; i < text.length; i++) {
        const character = text[i];
        if (character === '\\')
            i++;
        else if (character === '{')
            depth++;
        else if (character === '}' && --depth === 0)
            return i;
    }
    return -1;
}
/** Splits a brace group's body on its top-level commas. */
function alternativesOf(body) {
    const parts = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < body.length; i++) {
        const character = body[i];
        if (character === '\\')
            i++;
        else if (character === '{')
            depth++;
        else if (character === '}')
            depth--;
        else if (character === ',' && depth === 0) {
            parts.push(body.slice(start, i));
            start = i + 1;
        }
    }
    parts.push(body.slice(start));
    return parts;
}
function rangeSize(body) {
    const match = RANGE.exec(body);
    if (match === null)
        return undefined;
    const [, from, to, step] = match;
    const value = (end) => (/^-?\d+$/.test(end) ? Number(end) : end.charCodeAt(0));
    const span = Math.abs(value(to) - value(from)) + 1;
    return Math.ceil(span / Math.max(1, Math.abs(Number(step ?? 1))));
}
/** How many patterns brace expansion makes of `text`, counted without expanding (capped just past the limit). */
function countAlternatives(text) {
    const cap = MAX_GLOB_ALTERNATIVES + 1;
    let count = 1;
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '\\') {
            i++;
            continue;
        }
        if (text[i] !== '{')
            continue;
        const close = closingBrace(text, i);
        if (close === -1)
            continue;
        const body = text.slice(i + 1, close);
        const parts = alternativesOf(body);
        const group = parts.length > 1
            ? parts.reduce((sum, part) => Math.min(cap, sum + countAlternatives(part)), 0)
            : (rangeSize(body) ?? countAlternatives(body));
        count = Math.min(cap, count * group);
        i = close;
    }
    return count;
}

// EXTERNAL MODULE: ./src/rules/metric-catalog.ts
var metric_catalog = __webpack_require__(841);
// EXTERNAL MODULE: ./src/rules/suggest.ts
var suggest = __webpack_require__(517);
;// CONCATENATED MODULE: ./src/rules/schema.ts
// The rule file's shape: one zod schema for validation, TypeScript types and the editor JSON Schema.
// Every field is optional here because a rule may only override a preset rule; completeness is
// checked after merging (see merge.ts). Error callbacks word each message for the user.






const PRESET_NAMES = ['recommended', 'strict'];
const RULE_ID_PATTERN = /^[a-z0-9-]+$/;
/** Check fields: giving any of them in an override replaces the preset rule's whole check. */
const CHECK_FIELDS = ['metric', 'min', 'max', 'delta', 'findings', 'new', 'exists'];
const SHOWN_TEXT_LIMIT = 40;
/** How a YAML value reads in a message: `"eror"`, `3`, `a list`, `an empty value`. */
function shown(input) {
    if (input === null || input === undefined)
        return 'an empty value';
    // Long text is cut: a message should name the value, not quote a whole file back.
    if (typeof input === 'string') {
        return JSON.stringify(input.length > SHOWN_TEXT_LIMIT ? `${input.slice(0, SHOWN_TEXT_LIMIT - 1)}…` : input);
    }
    if (Array.isArray(input))
        return 'a list';
    if (typeof input === 'object')
        return 'a mapping';
    return String(input);
}
function didYouMean(input, candidates) {
    const match = typeof input === 'string' ? (0,suggest/* closestMatch */.h)(input, candidates) : undefined;
    return match === undefined ? undefined : `did you mean "${match}"?`;
}
function metricName() {
    return schemas/* enum */.k5n(metric_catalog/* METRIC_NAMES */.Uw, {
        error: (issue) => `unknown metric ${shown(issue.input)}; ` +
            (didYouMean(issue.input, metric_catalog/* METRIC_NAMES */.Uw) ?? `known metrics: ${metric_catalog/* METRIC_NAMES */.Uw.join(', ')}`),
    });
}
const findingKind = schemas/* enum */.k5n(metric_catalog/* FINDING_KINDS */.mH, {
    error: (issue) => {
        if (typeof issue.input === 'string' && metric_catalog/* METRIC_NAMES */.Uw.includes(issue.input)) {
            return `${issue.input} is computed, not counted from findings; use metric: ${issue.input} with min or max`;
        }
        return (`unknown finding kind ${shown(issue.input)}; ` +
            (didYouMean(issue.input, metric_catalog/* FINDING_KINDS */.mH) ?? `known kinds: ${metric_catalog/* FINDING_KINDS */.mH.join(', ')}`));
    },
});
function number(field) {
    return schemas/* number */.aig({ error: (issue) => `${shown(issue.input)} is not a number; ${field} takes a number such as 1` });
}
// A pull request may edit the rule file: its globs must stay inside the repository and cheap to compile.
const glob = schemas/* string */.YjP({ error: (issue) => `${shown(issue.input)} is not a glob; use a quoted pattern such as "README*"` })
    .min(1, { error: 'an empty glob matches nothing; use a pattern such as "README*"' })
    .superRefine((value, context) => {
    const reason = globEscapeReason(value) ?? globCostReason(value);
    if (reason !== undefined)
        context.addIssue({ code: 'custom', input: value, message: `${shown(value)} ${reason}` });
});
/** A strict mapping: a key it does not know is a typo, never ignored. */
function strictMapping(shape, what) {
    const allowed = Object.keys(shape).join(', ');
    return schemas/* strictObject */.rej(shape, {
        error: (issue) => issue.code === 'unrecognized_keys'
            ? `unknown key; allowed: ${allowed}`
            : `${shown(issue.input)} is not a mapping; ${what} is a mapping with ${allowed}`,
    });
}
const RuleSchema = strictMapping({
    category: schemas/* enum */.k5n(report/* CATEGORIES */.R6, {
        error: (issue) => `${shown(issue.input)} is not a category; use ${(0,suggest/* listInWords */.D)(report/* CATEGORIES */.R6)}`,
    })
        .meta({ description: 'The score category the rule counts towards.' })
        .optional(),
    level: schemas/* enum */.k5n(report/* LEVELS */.A_, {
        error: (issue) => `${shown(issue.input)} is not a level; use ${(0,suggest/* listInWords */.D)(report/* LEVELS */.A_)}`,
    })
        .meta({ description: 'error and warning can fail the gate (see fail-on); notice only reports; off disables the rule.' })
        .optional(),
    description: schemas/* string */.YjP({ error: (issue) => `${shown(issue.input)} is not text; describe in a sentence what the rule is for` })
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
    delta: strictMapping({
        min: number('delta.min').meta({ description: 'The lowest passing change; 0 means the metric may not drop.' }).optional(),
        max: number('delta.max').meta({ description: 'The highest passing change; 0 means the metric may not rise.' }).optional(),
    }, 'delta')
        .meta({
        description: 'Check: a delta limit, for pull requests only. With `metric`, limits how the pull request moves the metric over the files it changes.',
    })
        .optional(),
    findings: findingKind.meta({
        description: 'Check: a finding budget. Fails when there are more than `max` findings of this kind.',
    }).optional(),
    new: number('new')
        .meta({
        description: 'Check: a budget of new findings, for pull requests only. With `findings`, at most this many findings of the kind on lines the pull request adds.',
    })
        .optional(),
    exists: schemas/* union */.KCZ([schemas/* array */.YOg(glob).min(1, { error: 'the list is empty; give at least one glob such as "README*"' }), glob], {
        error: (issue) => `${shown(issue.input)} is not a glob or a list of globs; use e.g. ["README*"]`,
    })
        .meta({
        description: 'Check: at least one repository path matches one of these globs (case-insensitive, relative to the root).',
    })
        .optional(),
    when: metricName().meta({
        description: 'The rule applies only when this metric is above 0; otherwise it is not applicable.',
    }).optional(),
}, 'a rule');
const presetName = schemas/* enum */.k5n(PRESET_NAMES, {
    error: (issue) => `${typeof issue.input === 'string' ? `unknown preset ${shown(issue.input)}` : `${shown(issue.input)} is not a preset name`}; ` +
        `built-in presets: ${PRESET_NAMES.join(', ')}`,
});
// Lists come first in unions: located-problems reports the first alternative that did not fail
// on the value's type, and an enum fails on a list by value, not by type.
const ExtendsSchema = schemas/* union */.KCZ([schemas/* array */.YOg(presetName), presetName], {
    error: (issue) => `${shown(issue.input)} is not a preset name; built-in presets: ${PRESET_NAMES.join(', ')}`,
})
    .meta({ description: 'Built-in preset(s) to start from, applied in order: recommended or strict.' });
const RuleIdSchema = schemas/* string */.YjP().regex(RULE_ID_PATTERN, { error: 'rule ids are kebab-case (a-z, 0-9, -)' });
const RulesSchema = schemas/* record */.g1P(RuleIdSchema, RuleSchema, {
    error: (issue) => `${shown(issue.input)} is not a mapping; rules maps rule ids to rules`,
});
/** What a pull request or push is judged as; GitHub's event names. */
const eventName = schemas/* enum */.k5n(SUPPORTED_EVENTS, {
    error: (issue) => `${typeof issue.input === 'string' ? `unknown event ${shown(issue.input)}` : `${shown(issue.input)} is not an event name`}; ` +
        (didYouMean(issue.input, SUPPORTED_EVENTS) ?? `events: ${SUPPORTED_EVENTS.join(', ')}`),
});
// GitHub names the base branch without refs/heads/ (GITHUB_BASE_REF, payload base.ref), and its own
// filters give "!" a meaning (exclude what an earlier pattern matched) that one glob cannot have.
const branchGlob = schemas/* string */.YjP({ error: (issue) => `${shown(issue.input)} is not a branch glob; use a quoted pattern such as "release/**"` })
    .min(1, { error: 'an empty glob matches no branch; use a pattern such as "release/**"' })
    .superRefine((value, context) => {
    if (value.startsWith('refs/')) {
        context.addIssue({
            code: 'custom',
            input: value,
            message: `${shown(value)} names a ref; branch globs match the branch name, e.g. ${shown(value.replace(/^refs\/(heads\/)?/, ''))}`,
        });
    }
    else if (value.startsWith('!')) {
        context.addIssue({
            code: 'custom',
            input: value,
            message: `${shown(value)} starts with "!"; list the branches the profile is for, and put a profile for the others after it`,
        });
    }
    else {
        // Branch globs are names, not paths, so only their cost is limited.
        const reason = globCostReason(value);
        if (reason !== undefined)
            context.addIssue({ code: 'custom', input: value, message: `${shown(value)} ${reason}` });
    }
});
const ProfileSchema = strictMapping({
    name: schemas/* string */.YjP({
        error: (issue) => issue.input === undefined ? 'a profile needs a name, e.g. name: release' : `${shown(issue.input)} is not a profile name; use kebab-case text such as release`,
    })
        .regex(RULE_ID_PATTERN, { error: 'profile names are kebab-case (a-z, 0-9, -)' })
        .meta({ description: 'The profile name the report shows, kebab-case.' }),
    branches: schemas/* union */.KCZ([schemas/* array */.YOg(branchGlob).min(1, { error: 'the list is empty; give at least one glob such as "release/**"' }), branchGlob], {
        error: (issue) => `${shown(issue.input)} is not a glob or a list of globs; use e.g. ["release/**", main]`,
    })
        .meta({ description: 'The profile applies when the base branch (or the pushed branch) matches one of these globs.' })
        .optional(),
    events: schemas/* union */.KCZ([schemas/* array */.YOg(eventName).min(1, { error: 'the list is empty; give at least one event such as pull_request' }), eventName], {
        error: (issue) => `${shown(issue.input)} is not an event or a list of events; use e.g. [pull_request, merge_group]`,
    })
        .meta({ description: 'The profile applies only to these events.' })
        .optional(),
    extends: ExtendsSchema.optional(),
    rules: RulesSchema.optional().meta({
        description: "Rules by id, merged onto the file's rules when the profile applies; the same format as the top-level rules.",
    }),
}, 'a profile').meta({ description: 'Rules for some branches or events, e.g. stricter rules for pull requests into release branches.' });
const RuleFileSchema = strictMapping({
    extends: ExtendsSchema.optional(),
    rules: RulesSchema.optional().meta({
        description: 'Rules by id. A preset rule given here changes only the fields given; any check field replaces its whole check.',
    }),
    profiles: schemas/* array */.YOg(ProfileSchema, {
        error: (issue) => `${shown(issue.input)} is not a list; profiles is a list of profiles, each with a name and branches or events`,
    })
        .meta({ description: 'Profiles in order; the first whose branches and events match applies on top of the rules.' })
        .optional(),
}, 'the rule file').meta({ title: 'readiness-gate rule file', description: 'Production-readiness rules for readiness-gate.' });

;// CONCATENATED MODULE: ./src/rules/merge.ts


const CHECK_TYPES = ['metric', 'findings', 'exists'];
/** Fields that bound a check rather than name one; given alone, they tighten the base rule's check. */
const BOUND_FIELDS = ['min', 'max', 'delta', 'new'];
/**
 * Field by field. Naming a check type (metric, findings, exists) replaces the base's whole check; giving
 * only a bound (min, max, delta, new) tightens the base's check, so `todo-comments: { max: 0 }` does what it says.
 */
function mergeRule(base, override) {
    const replacesCheck = CHECK_TYPES.some((field) => override[field] !== undefined);
    const merged = { ...base };
    if (replacesCheck)
        for (const field of CHECK_FIELDS)
            delete merged[field];
    for (const [field, value] of Object.entries(override)) {
        if (value !== undefined)
            merged[field] = value;
    }
    return merged;
}
function fromRule(rule) {
    const raw = { category: rule.category, level: rule.level, description: rule.description };
    const { check } = rule;
    if (check.type === 'metric') {
        raw.metric = check.metric;
        if (check.min !== undefined)
            raw.min = check.min;
        if (check.max !== undefined)
            raw.max = check.max;
    }
    else if (check.type === 'findings') {
        raw.findings = check.kind;
        raw.max = check.max;
    }
    else if (check.type === 'new') {
        raw.findings = check.kind;
        raw.new = check.max;
    }
    else if (check.type === 'delta') {
        raw.metric = check.metric;
        raw.delta = { ...(check.min === undefined ? {} : { min: check.min }), ...(check.max === undefined ? {} : { max: check.max }) };
    }
    else {
        raw.exists = check.globs;
    }
    if (rule.when !== undefined)
        raw.when = rule.when;
    return raw;
}
function checkOf(raw) {
    if (raw.metric !== undefined && raw.delta !== undefined) {
        return { type: 'delta', metric: raw.metric, min: raw.delta.min, max: raw.delta.max };
    }
    if (raw.metric !== undefined)
        return { type: 'metric', metric: raw.metric, min: raw.min, max: raw.max };
    if (raw.findings !== undefined && raw.new !== undefined)
        return { type: 'new', kind: raw.findings, max: raw.new };
    if (raw.findings !== undefined)
        return { type: 'findings', kind: raw.findings, max: raw.max ?? 0 };
    if (raw.exists !== undefined)
        return { type: 'exists', globs: typeof raw.exists === 'string' ? [raw.exists] : raw.exists };
    return undefined;
}
/** The rule evaluation reads, or undefined when it is incomplete (only allowed for rules that are off). */
function toRule(id, raw) {
    const check = checkOf(raw);
    const { category, level, description, when } = raw;
    if (check === undefined || category === undefined || level === undefined || description === undefined)
        return undefined;
    if (check.type === 'metric' || check.type === 'delta') {
        if (check.min === undefined)
            delete check.min;
        if (check.max === undefined)
            delete check.max;
    }
    return { id, category, level, description, check, ...(when === undefined ? {} : { when }) };
}
function checkAsYaml(raw) {
    if (raw.metric !== undefined)
        return `metric: ${raw.metric}`;
    if (raw.findings !== undefined)
        return `findings: ${raw.findings}`;
    return `exists: ${JSON.stringify(raw.exists)}`;
}
function unknownOverride(id, context) {
    if (context.presets.length === 0) {
        return `this file extends no preset, so "${id}" is a new rule; add "extends: recommended" to change a built-in rule, or give category, level, description and a check`;
    }
    const match = (0,suggest/* closestMatch */.h)(id, context.presetRuleIds);
    const hint = match === undefined ? 'a new rule needs category, level, description and a check' : `did you mean "${match}"?`;
    return `no rule "${id}" in ${(0,suggest/* listInWords */.D)(context.presets)} to change; ${hint}`;
}
function mergedRuleProblems(id, merged, context) {
    const checks = CHECK_TYPES.filter((type) => merged[type] !== undefined);
    const isNew = context.base === undefined;
    if (isNew && checks.length === 0 && merged.category === undefined && merged.description === undefined) {
        return [{ text: unknownOverride(id, context) }];
    }
    if (merged.level === 'off')
        return [];
    const problems = [];
    const missing = ['category', 'level', 'description'].filter((field) => merged[field] === undefined);
    if (missing.length > 0) {
        problems.push({
            text: `missing ${(0,suggest/* listInWords */.D)(missing, 'and')}; every rule needs category, level, description and one check`,
        });
    }
    problems.push(...checkProblems(merged, checks, context.base));
    return problems;
}
const INTEGER_OR_ZERO = (value) => Number.isInteger(value) && value >= 0;
function checkProblems(merged, checks, base) {
    const bound = BOUND_FIELDS.find((field) => merged[field] !== undefined);
    const [first, second] = checks;
    if (first === undefined) {
        if (bound === undefined) {
            return [{ text: 'no check; add one of metric (with min and/or max, or delta), findings (with max or new) or exists' }];
        }
        const hint = base === undefined
            ? 'add metric (with min and/or max, or delta) or findings (with max or new)'
            : `a change to a check restates the whole check, e.g. ${checkAsYaml(base)}`;
        return [{ fields: [bound], text: `${bound} has no check to apply to; ${hint}` }];
    }
    if (second !== undefined) {
        return [{ fields: [second], text: `a rule has exactly one check, but this one has ${(0,suggest/* listInWords */.D)(checks, 'and')}; split it into one rule per check` }];
    }
    if (first === 'metric')
        return metricProblems(merged);
    if (first === 'findings')
        return findingsProblems(merged);
    return BOUND_FIELDS.filter((field) => merged[field] !== undefined).map((field) => ({
        fields: [field],
        text: `${field} does not apply to an exists check; exists takes only globs`,
    }));
}
function metricProblems(merged) {
    const { metric, min, max, delta } = merged;
    const problems = [];
    if (merged.new !== undefined) {
        problems.push({
            fields: ['new'],
            text: `new does not apply to a metric check; to limit how a pull request moves ${metric}, use delta, e.g. delta: { max: 0 }`,
        });
    }
    if (delta !== undefined) {
        if (min !== undefined || max !== undefined) {
            problems.push({
                fields: ['delta', min !== undefined ? 'min' : 'max'],
                text: "a rule has one limit: min and max bound the whole repository's value, delta bounds how the pull request moves it; split it into two rules",
            });
        }
        else if (delta.min === undefined && delta.max === undefined) {
            problems.push({ fields: ['delta'], text: 'delta needs min and/or max, e.g. delta: { min: 0 } (may not drop)' });
        }
        else if (delta.min !== undefined && delta.max !== undefined && delta.min > delta.max) {
            problems.push({ fields: ['delta'], text: `delta min ${delta.min} is above max ${delta.max}, so the rule can never pass` });
        }
        return problems;
    }
    if (min === undefined && max === undefined) {
        problems.push({ fields: ['metric'], text: 'a metric check needs min and/or max, or delta, e.g. min: 1' });
    }
    else if (min !== undefined && max !== undefined && min > max) {
        problems.push({ fields: ['min'], text: `min ${min} is above max ${max}, so the rule can never pass` });
    }
    return problems;
}
function findingsProblems(merged) {
    const { findings: kind, min, max, delta } = merged;
    const problems = [];
    if (min !== undefined) {
        problems.push({ fields: ['min'], text: 'min does not apply to a findings check; a finding budget takes only max' });
    }
    if (delta !== undefined) {
        problems.push({
            fields: ['delta'],
            text: `delta does not apply to a findings check; to limit how a pull request moves ${kind}, use metric: ${kind} with delta`,
        });
    }
    if (merged.new !== undefined && max !== undefined) {
        problems.push({
            fields: ['new', 'max'],
            text: 'a rule has one budget: max counts the whole repository, new counts what the pull request adds; split it into two rules',
        });
        return problems;
    }
    if (max !== undefined && !INTEGER_OR_ZERO(max)) {
        problems.push({ fields: ['max'], text: `${max} is not a finding budget; use a whole number of findings, 0 or more` });
    }
    if (merged.new !== undefined && !INTEGER_OR_ZERO(merged.new)) {
        problems.push({ fields: ['new'], text: `${merged.new} is not a budget of new findings; use a whole number, 0 or more` });
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/rules/parse-rule-file-text.ts
// From rule-file text to the valid parts of it plus every problem found, each with a location.
// Nothing here throws for a user's mistake: problems are collected so all can be shown at once.




/** Rule files are small; a handful of nested alias expansions is plenty, more is an alias bomb. */
const MAX_ALIAS_COUNT = 20;
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function parseRuleFileText(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
    const locator = createLocator(doc, lineCounter);
    const parsed = { locator, problems: [], extends: undefined, rules: [], profiles: [] };
    parsed.problems.push(...yamlErrorProblems(doc, [...doc.errors, ...doc.warnings], locator));
    // After a syntax error the data is a guess; schema problems on it would only add noise.
    if (doc.errors.some((error) => error.code !== 'DUPLICATE_KEY'))
        return parsed;
    let raw;
    try {
        raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        if (!(error instanceof ReferenceError))
            throw error;
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
    if (raw === null || raw === undefined)
        return parsed;
    const fileResult = RuleFileSchema.safeParse(raw);
    if (!fileResult.success)
        parsed.problems.push(...zodIssueProblems(fileResult.error.issues, locator));
    if (!isMapping(raw))
        return parsed;
    parsed.extends = raw.extends === undefined ? [] : presetList(raw.extends);
    parsed.rules = validRules(raw.rules, locator, ['rules'], parsed.problems);
    if (Array.isArray(raw.profiles))
        parsed.profiles = validProfiles(raw.profiles, locator, parsed.problems);
    return parsed;
}
function presetList(value) {
    const result = ExtendsSchema.safeParse(value);
    if (!result.success)
        return undefined;
    return typeof result.data === 'string' ? [result.data] : result.data;
}
function listOf(value) {
    if (value === undefined)
        return undefined;
    return Array.isArray(value) ? value : [value];
}
/** The rules that pass validation; problems the whole-file schema cannot report are added. */
function validRules(value, locator, basePath, problems) {
    if (!isMapping(value))
        return [];
    const rules = [];
    for (const [id, rule] of Object.entries(value)) {
        const ruleResult = RuleSchema.safeParse(rule);
        const idIsValid = RuleIdSchema.safeParse(id).success;
        // zod skips the body of a rule whose id is invalid; check it here so every problem shows at once.
        if (!idIsValid && !ruleResult.success) {
            problems.push(...zodIssueProblems(ruleResult.error.issues, locator, [...basePath, id]));
        }
        if (idIsValid && ruleResult.success)
            rules.push([id, ruleResult.data]);
    }
    return rules;
}
function validProfiles(items, locator, problems) {
    const profiles = [];
    const seen = new Set();
    for (const [index, item] of items.entries()) {
        if (!isMapping(item))
            continue;
        const path = ['profiles', index];
        if (item.branches === undefined && item.events === undefined) {
            problems.push(problemAt(locator, path, 'value', 'a profile needs branches and/or events to say when it applies, e.g. branches: ["release/**"]'));
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
        if (item.extends !== undefined && presets === undefined)
            continue;
        const profile = { index, name: name.data ?? `profiles[${index}]`, rules };
        if (branches.data !== undefined)
            profile.branches = listOf(branches.data);
        if (events.data !== undefined)
            profile.events = listOf(events.data);
        if (presets !== undefined)
            profile.extends = presets;
        profiles.push(profile);
    }
    return profiles;
}

// EXTERNAL MODULE: ./src/rules/rule-set.ts
var rule_set = __webpack_require__(9596);
;// CONCATENATED MODULE: ./src/rules/resolve-rule-set.ts
// Resolves one rule file's text against its presets into a complete RuleSet, or throws every problem.
// Layers, each merged onto the one before: presets → the file's rules → the applying profile's rules.





function presetRules(names, extendsPath, parsed, options, problems) {
    const merged = new Map();
    for (const name of names) {
        if (options.chain.includes(name)) {
            const cycle = [...options.chain, name].join(' → ');
            problems.push(problemAt(parsed.locator, extendsPath, 'value', `preset cycle ${cycle}; a preset cannot extend itself, directly or through another`));
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
function applyLayer(base, layer, presets) {
    const merged = new Map(base);
    const problems = [];
    const presetRuleIds = [...base.keys()];
    for (const [id, own] of layer) {
        const before = merged.get(id);
        const rule = before === undefined ? own : mergeRule(before, own);
        merged.set(id, rule);
        if (presets === undefined)
            continue;
        for (const problem of mergedRuleProblems(id, rule, { base: before, presets, presetRuleIds }))
            problems.push({ ...problem, id, own });
    }
    return { merged, problems };
}
function locateRuleProblem(parsed, rulesPath, problem) {
    const field = problem.fields?.find((candidate) => problem.own[candidate] !== undefined);
    const path = field === undefined ? [...rulesPath, problem.id] : [...rulesPath, problem.id, field];
    return problemAt(parsed.locator, path, 'key', problem.text);
}
function branchName(ref) {
    return ref.replace(/^refs\/heads\//, '');
}
/** Branch globs work like GitHub's branch filters: `*` stays within a path segment, `**` crosses them. */
function profileApplies(profile, target) {
    const { baseRef, event } = target ?? {};
    const branchMatches = profile.branches === undefined ||
        (baseRef !== undefined && profile.branches.some((glob) => new esm/* Minimatch */.VR(glob, { dot: true }).match(branchName(baseRef))));
    const eventMatches = profile.events === undefined || (event !== undefined && profile.events.includes(event));
    return branchMatches && eventMatches;
}
/** Every profile is resolved, applying or not, so its mistakes show on any branch. */
function resolveProfile(profile, parsed, fileLayer, options, problems) {
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
function resolveRuleFileText(text, options) {
    const parsed = parseRuleFileText(text);
    const problems = [...parsed.problems];
    const presets = parsed.extends ?? [];
    // With an invalid `extends` every override would look like an incomplete new rule; skip those checks.
    const fileLayer = applyLayer(presetRules(presets, ['extends'], parsed, options, problems), parsed.rules, parsed.extends);
    problems.push(...fileLayer.problems.map((problem) => locateRuleProblem(parsed, ['rules'], problem)));
    const profiles = parsed.profiles.map((profile) => resolveProfile(profile, parsed, fileLayer, options, problems));
    if (problems.length > 0)
        throw new rule_set/* RuleFileError */.$(formatProblems(options.displayPath, problems));
    const applied = profiles.find((layer) => profileApplies(layer.profile, options.target));
    const merged = applied?.rules ?? fileLayer.merged;
    const rules = [...merged].map(([id, raw]) => toRule(id, raw)).filter((rule) => rule !== undefined);
    const ruleSet = { source: options.source, extends: [...(applied?.presets ?? presets)], rules };
    if (applied !== undefined)
        ruleSet.profile = applied.profile.name;
    return ruleSet;
}

;// CONCATENATED MODULE: ./src/rules/presets.ts
// The built-in presets: `rules/<name>.yml` in the package, parsed and checked like any rule file.






const MAX_LEVELS_UP = 4;
/**
 * The package's `rules/` folder. The same code runs as `src/rules/*.ts` under vitest and bundled
 * into `dist/*.js`, so the folder is searched upwards; a static relative path would be wrong in one
 * of them (and a bundler would try to inline it).
 */
function findPresetsDir(startDir = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url))) {
    const tried = [];
    let dir = startDir;
    for (let level = 0; level <= MAX_LEVELS_UP; level++) {
        const candidate = external_node_path_default().join(dir, 'rules');
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(candidate, 'recommended.yml')))
            return candidate;
        tried.push(candidate);
        dir = external_node_path_default().dirname(dir);
    }
    throw new Error(`readiness-gate cannot find its presets (rules/recommended.yml); looked in ${tried.join(', ')}`);
}
function isPresetName(name) {
    return PRESET_NAMES.includes(name);
}
/** A loader for the presets in `presetsDir`, for rule files that extend them. */
function presetLoader(presetsDir) {
    const load = (name, chain) => {
        const file = external_node_path_default().join(presetsDir, `${name}.yml`);
        return resolveRuleFileText((0,external_node_fs_.readFileSync)(file, 'utf8'), {
            displayPath: file,
            source: `built-in:${name}`,
            chain: [...chain, name],
            loadPreset: load,
        });
    };
    return load;
}
function loadPresetRuleSet(name, presetsDir = findPresetsDir()) {
    if (!isPresetName(name)) {
        throw new rule_set/* RuleFileError */.$([`unknown preset ${JSON.stringify(name)}; built-in presets: ${PRESET_NAMES.join(', ')}`]);
    }
    return presetLoader(presetsDir)(name, []);
}

;// CONCATENATED MODULE: ./src/rules/load-rule-file.ts
// The one place that reads rule files from disk.





/** Rule files are a few kilobytes; a larger one is a mistake (or an attempt to stall the gate). */
const MAX_RULE_FILE_BYTES = 1024 * 1024;
// O_NOFOLLOW: a file swapped for a link after the lstat still cannot be read through. O_NONBLOCK: opening a
// named pipe returns at once instead of waiting for a writer, so the fstat below can refuse it. (Windows has
// neither flag; there the lstat alone refuses links.)
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0);
function isNodeError(error) {
    return error instanceof Error && typeof error.code === 'string';
}
/**
 * A pull request can turn a folder above the rule file into a link (`.github -> /somewhere`), which would make
 * us read, and quote back in problems, a file outside the repository. Folders between `root` and the file
 * must be real folders; a rule file outside `root` is the user's own choice (trusted workflow input).
 */
function refuseLinkedFolders(file, displayPath, root) {
    const relative = external_node_path_default().relative(root, external_node_path_default().dirname(file));
    if (relative === '' || relative.startsWith('..') || external_node_path_default().isAbsolute(relative))
        return;
    let folder = root;
    for (const part of relative.split((external_node_path_default()).sep)) {
        folder = external_node_path_default().join(folder, part);
        if ((0,external_node_fs_.lstatSync)(folder).isSymbolicLink()) {
            const shown = external_node_path_default().relative(root, folder).split((external_node_path_default()).sep).join('/');
            throw new rule_set/* RuleFileError */.$([`${displayPath}: ${shown} is a symbolic link; a rule file is never read through one`]);
        }
    }
}
function refuseNonRegular(stats, displayPath) {
    // A link (e.g. to /proc/self/environ) would have its target's text quoted back in problems.
    if (stats.isSymbolicLink())
        throw new rule_set/* RuleFileError */.$([`${displayPath}: is a symbolic link; a rule file must be a regular file`]);
    if (stats.isDirectory()) {
        throw new rule_set/* RuleFileError */.$([`${displayPath}: is a directory; give the path of a YAML rule file such as .github/readiness.yml`]);
    }
    // A named pipe would block the read forever; a device could stream without end.
    if (!stats.isFile())
        throw new rule_set/* RuleFileError */.$([`${displayPath}: is not a regular file (a pipe, socket or device); a rule file must be a regular file`]);
    if (stats.size > MAX_RULE_FILE_BYTES) {
        throw new rule_set/* RuleFileError */.$([`${displayPath}: is ${stats.size} bytes; a rule file may be at most ${MAX_RULE_FILE_BYTES} bytes`]);
    }
}
function readRuleFileText(file, displayPath, root) {
    try {
        if (root !== undefined)
            refuseLinkedFolders(file, displayPath, root);
        refuseNonRegular((0,external_node_fs_.lstatSync)(file), displayPath);
        const descriptor = (0,external_node_fs_.openSync)(file, OPEN_FLAGS);
        try {
            refuseNonRegular((0,external_node_fs_.fstatSync)(descriptor), displayPath);
            return (0,external_node_fs_.readFileSync)(descriptor, 'utf8');
        }
        finally {
            (0,external_node_fs_.closeSync)(descriptor);
        }
    }
    catch (error) {
        if (!isNodeError(error))
            throw error;
        if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
            throw new rule_set/* RuleFileError */.$([`${displayPath}: no such rule file`]);
        if (error.code === 'ELOOP')
            throw new rule_set/* RuleFileError */.$([`${displayPath}: is a symbolic link; a rule file must be a regular file`]);
        throw new rule_set/* RuleFileError */.$([`${displayPath}: cannot read the rule file (${error.code}: ${error.message})`]);
    }
}
/**
 * Whether the rule file at `file` is there to be loaded: anything at that path counts (a link or a folder
 * too, so that loading it refuses it with a message), but a path through a regular file (`.github` being a
 * file) is simply absent.
 */
function ruleFileIsPresent(file) {
    try {
        return (0,external_node_fs_.lstatSync)(file, { throwIfNoEntry: false }) !== undefined;
    }
    catch (error) {
        if (isNodeError(error) && error.code === 'ENOTDIR')
            return false;
        throw error;
    }
}
/**
 * Validates and resolves rule-file text, e.g. the base branch's rule file read from git; the profile
 * that matches `target` applies. Throws RuleFileError listing every problem.
 */
function loadRuleFileText(text, displayPath, target) {
    return resolveRuleFileText(text, {
        displayPath,
        source: displayPath,
        chain: [],
        loadPreset: presetLoader(findPresetsDir()),
        target,
    });
}
/**
 * Reads, validates and resolves a rule file; throws RuleFileError listing every problem. With `root` (the
 * repository), no folder between it and the file may be a symbolic link.
 */
function loadRuleFile(file, displayPath, target, root) {
    return loadRuleFileText(readRuleFileText(file, displayPath, root), displayPath, target);
}
// The rule engine's public entry: callers import everything they need from here.



;// CONCATENATED MODULE: ./src/rules-in-force.ts
// Which rules judge a check. runCheck loads this module once its scan has started (in the bundles it is a
// chunk of its own): the rule schema (zod) takes tens of milliseconds to load, and files are read meanwhile.




const DEFAULT_RULE_FILE = '.github/readiness.yml';
/** The rules in force: `--config`, else `.github/readiness.yml` under the root, else `recommended`. */
function resolveRuleSet(root, config, target = {}) {
    if (config !== undefined)
        return loadRuleFile(config.path, config.display, target, config.root ?? root);
    const defaultPath = external_node_path_default().join(root, DEFAULT_RULE_FILE);
    if (ruleFileIsPresent(defaultPath))
        return loadRuleFile(defaultPath, DEFAULT_RULE_FILE, target, root);
    return loadPresetRuleSet('recommended');
}
/**
 * A pull request that edits the rule file is judged by the base branch's rules, so it cannot weaken its own
 * gate; the report lists what its rules would change. Without the base commit the built-in rules apply.
 */
async function rulesForChange(options, request, resolved, prefix) {
    const target = { baseRef: request.baseRef, event: request.event };
    const ruleFile = options.config
        ? external_node_path_default().relative(request.repositoryRoot, options.config.path).split((external_node_path_default()).sep).join('/')
        : `${prefix}${DEFAULT_RULE_FILE}`;
    const display = options.config?.display ?? DEFAULT_RULE_FILE;
    const edited = resolved.changeSet.files.some((file) => file.path === ruleFile || file.previousPath === ruleFile);
    if (!edited)
        return { ruleSet: resolveRuleSet(options.root, options.config, target) };
    let base = loadPresetRuleSet('recommended');
    if (resolved.baseReadable) {
        const read = (await (0,read_blobs/* readBlobs */.b)(request.repositoryRoot, request.baseSha, [ruleFile])).get(ruleFile);
        if (read !== undefined && 'content' in read)
            base = loadRuleFileText(read.content.toString('utf8'), `${display} (base)`, target);
    }
    let differences;
    try {
        differences = describeRuleSetDifferences(base, resolveRuleSet(options.root, options.config, target));
    }
    catch (error) {
        if (!(error instanceof rule_set/* RuleFileError */.$))
            throw error;
        differences = [`the pull request's rule file has problems: ${error.problems.join('; ')}`];
    }
    return { ruleSet: base, ruleFileChange: { path: display, differences } };
}


/***/ })

};
