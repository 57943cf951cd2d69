export const id = 266;
export const ids = [266];
export const modules = {

/***/ 5275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ GITLINK_MODE),
/* harmony export */   GN: () => (/* binding */ SYMLINK_MODE),
/* harmony export */   LP: () => (/* binding */ parseRawDiff)
/* harmony export */ });
// `git diff-tree -r -z --raw` records: exact paths (NUL-separated, never quoted) and the modes that tell a
// file from a symlink or a submodule.
const SYMLINK_MODE = '120000';
const GITLINK_MODE = '160000';
function parseRawDiff(output) {
    const fields = output.split('\0');
    const entries = [];
    let index = 0;
    while (index < fields.length) {
        const header = fields[index];
        if (header === '' && index === fields.length - 1)
            break;
        // ":<old mode> <new mode> <old oid> <new oid> <status>[score]"
        const match = /^:(\d{6}) (\d{6}) [0-9a-f]+ [0-9a-f]+ ([A-Z])\d*$/.exec(header);
        if (match === null)
            throw new Error(`unexpected git raw diff record: ${JSON.stringify(header)}`);
        const [, oldMode, newMode, status] = match;
        const twoPaths = status === 'R' || status === 'C';
        const first = fields[index + 1];
        const second = twoPaths ? fields[index + 2] : undefined;
        if (first === undefined || (twoPaths && second === undefined)) {
            throw new Error(`git raw diff record without its path: ${JSON.stringify(header)}`);
        }
        entries.push(second === undefined
            ? { oldMode, newMode, status, path: first }
            : { oldMode, newMode, status, path: second, previousPath: first });
        index += twoPaths ? 3 : 2;
    }
    return entries;
}


/***/ }),

/***/ 5891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ readBlobs)
/* harmony export */ });
/* harmony import */ var _git_raw_diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5275);
/* harmony import */ var _run_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1656);
// File contents at a commit, read from git's object store rather than the work tree: the work tree may hold
// another commit, and a symlink there could point anywhere (/proc/self/environ holds the token). A tree
// entry's mode is checked first, so only regular-file blobs are ever returned.


// Keeps each ls-tree command line well under Windows' 32,767-character limit.
const ARGUMENT_CHARS_PER_CALL = 24_000;
function chunkPaths(paths) {
    const chunks = [];
    let chunk = [];
    let chars = 0;
    for (const path of paths) {
        if (chunk.length > 0 && chars + path.length + 1 > ARGUMENT_CHARS_PER_CALL) {
            chunks.push(chunk);
            chunk = [];
            chars = 0;
        }
        chunk.push(path);
        chars += path.length + 1;
    }
    if (chunk.length > 0)
        chunks.push(chunk);
    return chunks;
}
/** Tree entries of `paths` at `sha`; ls-tree takes any path (newlines too) and reports mode, type and size. */
async function listTreeEntries(root, sha, paths) {
    const entries = new Map();
    for (const chunk of chunkPaths(paths)) {
        // --literal-pathspecs: a path such as `*.ts` or `:(glob)x` names that file, not a pattern.
        const output = await (0,_run_git_js__WEBPACK_IMPORTED_MODULE_0__/* .runGitTextLater */ .Lx)(root, ['ls-tree', '-z', '--long', '--full-tree', sha, '--', ...chunk], {
            globalOptions: ['--literal-pathspecs'],
        });
        for (const record of output.split('\0')) {
            if (record === '')
                continue;
            // "<mode> <type> <oid> <size, right-aligned or '-'>\t<path>"
            const tab = record.indexOf('\t');
            const match = /^(\d{6}) (\w+) ([0-9a-f]+) +(\d+|-)$/.exec(record.slice(0, tab));
            if (tab === -1 || match === null)
                throw new Error(`unexpected git ls-tree record: ${JSON.stringify(record)}`);
            const [, mode, type, oid, size] = match;
            entries.set(record.slice(tab + 1), { mode, type, oid, size: size === '-' ? 0 : Number(size) });
        }
    }
    return entries;
}
/** Splits `git cat-file --batch` output into contents by object id. */
function parseBatchFrames(output) {
    const contents = new Map();
    let offset = 0;
    while (offset < output.length) {
        const headerEnd = output.indexOf(0x0a, offset);
        if (headerEnd === -1)
            throw new Error('git cat-file --batch output ends inside a header');
        const header = output.toString('utf8', offset, headerEnd);
        offset = headerEnd + 1;
        // "<oid> missing" and similar one-line answers have no content frame.
        const match = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
        if (match === null)
            continue;
        const size = Number(match[3]);
        contents.set(match[1], output.subarray(offset, offset + size));
        offset += size + 1;
    }
    return contents;
}
/**
 * Contents of `paths` (relative to the repository root) at commit `sha`, read through one `git cat-file
 * --batch` process, without blocking this thread. Symlinks, submodules and folders are never returned as
 * content. Contents are slices of one buffer, so keeping any of them keeps that buffer.
 */
async function readBlobs(root, sha, paths, options = {}) {
    (0,_run_git_js__WEBPACK_IMPORTED_MODULE_0__/* .assertCommitSha */ .Kc)(sha);
    const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
    const unique = [...new Set(paths)].filter((path) => path !== '');
    const entries = await listTreeEntries(root, sha, unique);
    const results = new Map();
    const wanted = new Map();
    for (const path of paths) {
        const entry = entries.get(path);
        // A folder is no file: `missing`, as ls-tree leaves a folder out anyway when another path lies inside it.
        if (entry === undefined || entry.type === 'tree')
            results.set(path, { skipped: 'missing' });
        else if (entry.mode === _git_raw_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .SYMLINK_MODE */ .GN)
            results.set(path, { skipped: 'symlink' });
        else if (entry.mode === _git_raw_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .GITLINK_MODE */ .B1)
            results.set(path, { skipped: 'submodule' });
        else if (entry.type !== 'blob')
            throw new Error(`git ls-tree lists ${path} as a ${entry.type}`);
        else if (entry.size > maxBytes)
            results.set(path, { skipped: 'too-large', size: entry.size });
        else
            wanted.set(path, entry);
    }
    if (wanted.size === 0)
        return results;
    // Object ids, not `<sha>:<path>` lines, go to --batch: a path may contain a newline, an id cannot.
    const oids = [...new Set([...wanted.values()].map((entry) => entry.oid))];
    const expectedBytes = [...wanted.values()].reduce((sum, entry) => sum + entry.size + 100, 1024);
    const output = await (0,_run_git_js__WEBPACK_IMPORTED_MODULE_0__/* .runGitBufferLater */ .AO)(root, ['cat-file', '--batch'], {
        input: `${oids.join('\n')}\n`,
        maxBuffer: expectedBytes + oids.length * 100,
    });
    const contents = parseBatchFrames(output);
    for (const [path, entry] of wanted) {
        const content = contents.get(entry.oid);
        results.set(path, content === undefined ? { skipped: 'missing' } : { content });
    }
    return results;
}


/***/ }),

/***/ 1656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AO: () => (/* binding */ runGitBufferLater),
/* harmony export */   HZ: () => (/* binding */ runGitText),
/* harmony export */   Kc: () => (/* binding */ assertCommitSha),
/* harmony export */   Lx: () => (/* binding */ runGitTextLater),
/* harmony export */   _$: () => (/* binding */ isCommitSha),
/* harmony export */   f2: () => (/* binding */ firstStderrLine),
/* harmony export */   k_: () => (/* binding */ GIT_SAFETY),
/* harmony export */   nG: () => (/* binding */ gitFailureReason)
/* harmony export */ });
/* unused harmony export runGitBuffer */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

// `core.fsmonitor` can name a program to run; a scanned repository's config must never make us run code.
// With quotePath=false git prints non-ASCII path bytes as they are; control characters, `"` and `\` are still
// C-quoted, which is how a path with a newline stays on one line of a patch header.
const GIT_SAFETY = ['-c', 'core.fsmonitor=false', '-c', 'core.quotePath=false'];
// A SHA-1 or SHA-256 object id. Checking the shape first also keeps a value such as `--upload-pack=…` from
// ever reaching git as an option.
const COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
function isCommitSha(value) {
    return COMMIT_SHA.test(value);
}
function assertCommitSha(value) {
    if (!isCommitSha(value))
        throw new Error(`not a full commit SHA: ${JSON.stringify(value)}`);
}
/** The command line and options both runners give git. */
function gitInvocation(root, args, options) {
    return {
        args: [...(options.globalOptions ?? []), ...GIT_SAFETY, ...args],
        options: { cwd: root, maxBuffer: options.maxBuffer ?? 1024 * 1024 * 1024, timeout: options.timeoutMs, env: options.env },
    };
}
function runGitBuffer(root, args, options = {}) {
    const git = gitInvocation(root, args, options);
    return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', git.args, { ...git.options, input: options.input, stdio: ['pipe', 'pipe', 'pipe'] });
}
function runGitText(root, args, options = {}) {
    return runGitBuffer(root, args, options).toString('utf8');
}
/**
 * runGitBuffer without blocking this thread: git works on another core while the scan goes on here. Fails
 * the way runGitBuffer throws (the error carries git's `stderr`, `code` and `signal`; see gitFailureReason).
 */
function runGitBufferLater(root, args, options = {}) {
    return new Promise((resolve, reject) => {
        const git = gitInvocation(root, args, options);
        // execFile hands stderr to the callback, not to the error as execFileSync does.
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', git.args, { ...git.options, encoding: 'buffer' }, (error, stdout, stderr) => error === null ? resolve(stdout) : reject(Object.assign(error, { stderr })));
        // A git that exits before reading all its input (it failed) breaks the pipe: that is its failure too.
        child.stdin?.on('error', reject);
        child.stdin?.end(options.input);
    });
}
async function runGitTextLater(root, args, options = {}) {
    return (await runGitBufferLater(root, args, options)).toString('utf8');
}
/** The most telling line git printed before failing: its first `fatal:`/`error:` line, else its first line. */
function firstStderrLine(stderr) {
    const lines = stderr.split('\n').map((line) => line.trim()).filter((line) => line !== '');
    return lines.find((line) => /^(?:fatal|error):/.test(line)) ?? lines[0];
}
/** Why a git child process failed, in one line, for messages that reach the user. */
function gitFailureReason(error) {
    const failure = error;
    if (failure.code === 'ENOENT')
        return 'git is not installed';
    if (failure.code === 'ETIMEDOUT')
        return 'git timed out';
    const line = failure.stderr === undefined ? undefined : firstStderrLine(failure.stderr.toString());
    if (line !== undefined)
        return line;
    if (failure.signal)
        return `git was stopped by ${failure.signal}`;
    return failure.message ?? String(error);
}


/***/ }),

/***/ 2266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: USAGE

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/change/run-git.ts
var run_git = __webpack_require__(1656);
;// CONCATENATED MODULE: ./src/reporters/json-text.ts
// JSON reports in pieces. A report on a large repository carries 100,000+ findings; as one string (from
// JSON.stringify) it would double the memory the scan needed. The pieces join to exactly the text of
// JSON.stringify(value, null, 2).

// Objects and arrays this deep or deeper are written with one JSON.stringify each: the findings sit at
// depth 2 (report → findings → finding), and a piece per finding is small enough.
const SPLIT_DEPTH = 2;
const isContainer = (value) => typeof value === 'object' && value !== null && typeof value.toJSON !== 'function';
// What JSON.stringify leaves out of an object.
const isWritten = (value) => value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
function* jsonPieces(value, indent, depth) {
    if (!isContainer(value) || depth >= SPLIT_DEPTH) {
        // JSON escapes newlines inside strings, so every raw newline here separates lines of the layout.
        yield (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`);
        return;
    }
    if (Array.isArray(value) && value.length > 0 && depth + 1 >= SPLIT_DEPTH) {
        yield* arrayOfWholeItems(value, indent);
        return;
    }
    const inner = `${indent}  `;
    const entries = Array.isArray(value)
        ? value.map((item) => [undefined, item])
        : Object.entries(value).filter(([, item]) => isWritten(item));
    const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
    if (entries.length === 0) {
        yield `${open}${close}`;
        return;
    }
    yield `${open}\n`;
    for (let i = 0; i < entries.length; i++) {
        const [key, item] = entries[i];
        yield key === undefined ? inner : `${inner}${JSON.stringify(key)}: `;
        yield* jsonPieces(item, inner, depth + 1);
        yield i < entries.length - 1 ? ',\n' : '\n';
    }
    yield `${indent}${close}`;
}
// Items written by one JSON.stringify call: one call per item, and re-indenting each, cost three times as much.
const ITEMS_PER_CALL = 256;
/**
 * A non-empty array whose items are written whole, as it appears at `indent`. Each group of items is
 * stringified nested as deep as the array is, so it comes out indented as in the report; the lines of the
 * nesting are cut off.
 */
function* arrayOfWholeItems(items, indent) {
    const level = indent.length / 2;
    yield '[\n';
    for (let start = 0; start < items.length; start += ITEMS_PER_CALL) {
        let nested = items.slice(start, start + ITEMS_PER_CALL);
        for (let i = 0; i < level; i++)
            nested = [nested];
        const text = JSON.stringify(nested, null, 2);
        // The nesting's opening lines: `[`, `  [`, … down to the group's own `[` (level + 1 lines); as many close.
        let from = 0;
        for (let i = 0; i <= level; i++)
            from = text.indexOf('\n', from) + 1;
        let to = text.length;
        for (let i = 0; i <= level; i++)
            to = text.lastIndexOf('\n', to - 1);
        yield text.slice(from, to);
        yield start + ITEMS_PER_CALL < items.length ? ',\n' : '\n';
    }
    yield `${indent}]`;
}
// Small chunks, so that a chunk and its pieces are garbage before a young-generation collection would move
// them to the old generation, which only a full collection empties. With 1 MB chunks, writing the 80 MB
// report of a 100,000-file repository grew the heap by 100 MB; with 64 KB chunks by about 20 MB.
const FLUSH_CHARS = 1 << 16;
/** The JSON text of `value` and a final newline, 64 KB at a time. */
function* jsonTextChunks(value) {
    let pending = '';
    for (const piece of jsonPieces(value, '', 0)) {
        pending += piece;
        if (pending.length >= FLUSH_CHARS) {
            yield pending;
            pending = '';
        }
    }
    yield `${pending}\n`;
}
/** Writes the JSON text of `value` to a file, replacing it. */
function writeJsonFile(file, value) {
    const fd = (0,external_node_fs_.openSync)(file, 'w');
    try {
        for (const chunk of jsonTextChunks(value))
            (0,external_node_fs_.writeSync)(fd, chunk);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/reporters/report-view.ts
const ACTIVE_LEVELS = ['error', 'warning', 'notice'];
/** The metrics a reader checks first; shown on one line in the terminal and first in Markdown. */
const KEY_METRICS = [
    'tests.cases',
    'tests.files',
    'source.files',
    'ci.workflows',
    'docker.files',
    'catch.generic',
    'todo.comments',
];
/** Failed results at one level, largest overall impact first (stable, so ties keep report order). */
function failedResultsAt(report, level) {
    return report.results
        .filter((result) => result.status === 'fail' && result.level === level)
        .sort((a, b) => b.impact.overall - a.impact.overall);
}
function failedCountAt(report, level) {
    if (level === 'error')
        return report.counts.errors;
    if (level === 'warning')
        return report.counts.warnings;
    return report.counts.notices;
}
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
const LEVEL_NOUNS = { error: 'error', warning: 'warning', notice: 'notice' };
/** e.g. `["2 errors", "1 warning"]`: the non-zero failed counts, most severe first. */
function failedCountPhrases(report) {
    return ACTIVE_LEVELS.filter((level) => failedCountAt(report, level) > 0).map((level) => plural(failedCountAt(report, level), LEVEL_NOUNS[level]));
}
/** At most two decimals and no trailing zeros: `7.5`, `10`, `0.25`. */
function formatNumber(value) {
    return String(Number(value.toFixed(2)));
}
/** Uses U+2212 MINUS SIGN, which reads as a deduction rather than a hyphen. */
function formatImpact(overall) {
    return overall > 0 ? `\u2212${formatNumber(overall)} overall` : 'no score impact';
}
function formatScore(score) {
    return score.toFixed(1);
}
function skippedTotal(report) {
    return Object.values(report.inventory.skipped).reduce((sum, count) => sum + (count ?? 0), 0);
}
/** e.g. `15 vendored, 5 generated`, largest first. */
function skippedBreakdown(report) {
    return Object.entries(report.inventory.skipped)
        .filter(([, count]) => (count ?? 0) > 0)
        .sort(([, a], [, b]) => (b ?? 0) - (a ?? 0))
        .map(([reason, count]) => `${count ?? 0} ${reason}`)
        .join(', ');
}
function metricValue(report, metric) {
    const value = report.metrics[metric];
    return value === undefined ? '\u2013' : formatNumber(value);
}
/** `file:line`, or just `file` when the finding is about the whole file. */
function findingLocation(finding) {
    return finding.line > 0 ? `${finding.file}:${finding.line}` : finding.file;
}
/**
 * Caps untrusted text before rendering so one huge message (a minified line quoted by a collector,
 * a hostile rule description) cannot crowd out the rest of the report. Cuts on code points.
 */
function clip(text, maxLength) {
    const codePoints = Array.from(text);
    return codePoints.length <= maxLength ? text : `${codePoints.slice(0, maxLength - 1).join('')}…`;
}
const MAX_PATH_LENGTH = 300;
const MAX_MESSAGE_LENGTH = 500;
const MAX_DESCRIPTION_LENGTH = 1000;

;// CONCATENATED MODULE: ./src/reporters/fit-budget.ts
// Finds how much detail fits a size limit (GitHub rejects an over-long summary or comment whole,
// so reporters shed detail instead of letting the upload fail).
/**
 * The rendering for the largest `size` in [0, max] whose `measure` is at most `limit`, assuming a
 * larger size never measures less; undefined when even size 0 does not fit.
 */
function largestFitting(max, limit, measure, renderAt) {
    let best;
    let low = 0;
    let high = max;
    while (low <= high) {
        const middle = Math.floor((low + high) / 2);
        const text = renderAt(middle);
        if (measure(text) <= limit) {
            best = text;
            low = middle + 1;
        }
        else {
            high = middle - 1;
        }
    }
    return best;
}

;// CONCATENATED MODULE: ./src/evidence.ts
// The evidence contract: what collectors produce and everything downstream reads.
// Collectors report facts with locations; they never decide pass or fail.
const LANGUAGES = [
    'python',
    'javascript',
    'typescript',
    'go',
    'java',
    'kotlin',
    'csharp',
    'ruby',
    'php',
    'rust',
];
/** Why a listed file was not scanned, in the order reports list them. */
const SKIP_REASONS = [
    'vendored',
    'generated',
    'minified',
    'binary',
    'too-large',
    'symlink',
    'unreadable',
    'missing',
    'not-a-file',
];

;// CONCATENATED MODULE: ./src/reporters/change-findings.ts

function findingKey(finding) {
    return `${finding.kind}\u0000${finding.file}\u0000${finding.line}`;
}
function indexNewFindings(report) {
    const newFindings = report.change?.newFindings ?? [];
    const keys = new Set(newFindings.map(findingKey));
    const byKind = new Map();
    for (const finding of newFindings) {
        const list = byKind.get(finding.kind);
        if (list === undefined)
            byKind.set(finding.kind, [finding]);
        else
            list.push(finding);
    }
    return { isNew: (finding) => keys.has(findingKey(finding)), ofKind: (kind) => byKind.get(kind) ?? [] };
}
function ruleFindings(result, index) {
    const reported = result.evidence.findings;
    const kind = result.evidence.metric;
    // A rule that failed for too few of something (findingCount 0) has no findings to blame.
    const ofKind = kind !== undefined && result.evidence.findingCount > 0 ? index.ofKind(kind) : [];
    const ofKindKeys = new Set(ofKind.map(findingKey));
    const fresh = [...ofKind, ...reported.filter((finding) => index.isNew(finding) && !ofKindKeys.has(findingKey(finding)))];
    const others = reported.filter((finding) => !index.isNew(finding));
    return { result, fresh, others, total: Math.max(result.evidence.findingCount, fresh.length + others.length) };
}
/** Failed rules at one level: those with new findings first, then by overall impact (stable). */
function failedRuleFindings(report, level, index) {
    return failedResultsAt(report, level)
        .map((result) => ruleFindings(result, index))
        .sort((a, b) => Number(b.fresh.length > 0) - Number(a.fresh.length > 0));
}
/** The failed rules in the order reporters show them: errors, warnings, then notices. */
function failedGroups(report) {
    const index = indexNewFindings(report);
    return {
        blocking: [...failedRuleFindings(report, 'error', index), ...failedRuleFindings(report, 'warning', index)],
        notices: failedRuleFindings(report, 'notice', index),
    };
}
/** Within each rule's caps, as many findings as `budget` allows: new ones of every rule first, then older ones, each in rule order. */
function allocateFindings(groups, caps, budget) {
    let remaining = budget;
    const freshCounts = groups.map((group) => {
        const count = Math.max(0, Math.min(group.fresh.length, caps.fresh, caps.total, remaining));
        remaining -= count;
        return count;
    });
    return groups.map((group, position) => {
        const freshCount = freshCounts[position] ?? 0;
        const othersCount = Math.max(0, Math.min(group.others.length, caps.others, caps.total - freshCount, remaining));
        remaining -= othersCount;
        return {
            fresh: group.fresh.slice(0, freshCount),
            others: group.others.slice(0, othersCount),
            more: Math.max(0, group.total - freshCount - othersCount),
        };
    });
}
/** How many findings `allocateFindings` shows with no budget limit. */
function showableFindings(groups, caps) {
    return allocateFindings(groups, caps, Number.POSITIVE_INFINITY).reduce((sum, shown) => sum + shown.fresh.length + shown.others.length, 0);
}

;// CONCATENATED MODULE: ./src/reporters/markdown-escape.ts
// Escaping for untrusted text (paths, finding messages, rule text) in GitHub-flavoured Markdown that
// GitHub renders in job summaries and comments. The goal is that such text shows as itself: it
// cannot format, link, ping anyone, embed HTML, close a <details> or add a table row.
const ZWJ = '\u200D';
const ZWSP = '\u200B';
/** C0 and C1 controls, DEL, and bidi overrides/isolates; line breaks are turned into spaces first. */
const UNSAFE_CONTROLS = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** One line of visible text: line breaks and tabs become spaces, other controls are removed. */
function singleLine(text) {
    return text
        .replace(/\r\n|[\r\n\t\u2028\u2029\u0085]/g, ' ')
        .replace(UNSAFE_CONTROLS, '');
}
const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/**
 * Markdown punctuation that can start emphasis, links, images, headings, lists, tables,
 * strikethrough, code or math (`$`, which GitHub renders as LaTeX).
 */
const BACKSLASH_ESCAPED = /[\\*_[\]()#+\-!|~`$]/;
/**
 * Breaks GitHub's auto-linking, which runs on rendered text so backslashes do not stop it:
 * `@user` / `@org/team` mentions, `#123` / `owner/repo#1` / `GH-1` references, and bare
 * `scheme://` and `www.` URLs. A zero-width joiner is invisible but ends the match.
 */
function breakAutolinks(text) {
    return text
        .replace(/[@#]/g, (sign) => sign + ZWJ)
        .replace(/\b(gh)-(?=\d)/gi, `$1-${ZWJ}`)
        .replace(/:\/\//g, `:${ZWJ}//`)
        .replace(/\b(www)\./gi, `$1${ZWJ}.`);
}
function escapeCharacters(text) {
    let escaped = '';
    for (const character of text) {
        const entity = HTML_ENTITIES[character];
        if (entity !== undefined)
            escaped += entity;
        else if (BACKSLASH_ESCAPED.test(character))
            escaped += `\\${character}`;
        else
            escaped += character;
    }
    return escaped;
}
/** `1. text` at the start of a paragraph would become an ordered list (`1)` is escaped already). */
function escapeLeadingListNumber(escaped) {
    return escaped.replace(/^(\d+)\.(?= |$)/, '$1\\.');
}
/** Untrusted text in a plain-text position (paragraph, list item, heading, table cell). */
function escapeText(text) {
    return escapeLeadingListNumber(escapeCharacters(breakAutolinks(singleLine(text))).trim());
}
function longestBacktickRun(text) {
    return Math.max(0, ...Array.from(text.matchAll(/`+/g), (match) => match[0].length));
}
/**
 * Untrusted text shown verbatim in a code span: nothing inside is formatted, linked or mentioned.
 * The fence is longer than any backtick run inside; padding keeps a leading or trailing backtick
 * (or a space at both ends, which CommonMark would strip) as content.
 */
function codeSpan(text, options = {}) {
    let content = singleLine(text);
    if (options.inTable) {
        // In a table `\|` is the only way to keep a pipe in a cell, even in code; a backslash just
        // before it would pair with our escape instead, so a zero-width space keeps them apart.
        content = content.replace(/\\\|/g, `\\${ZWSP}|`).replace(/\|/g, '\\|');
    }
    if (content === '')
        return '` `';
    const fence = '`'.repeat(longestBacktickRun(content) + 1);
    const needsPadding = content.startsWith('`') ||
        content.endsWith('`') ||
        (content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '');
    return needsPadding ? `${fence} ${content} ${fence}` : `${fence}${content}${fence}`;
}
/**
 * Untrusted multi-line text shown verbatim in a fenced code block. The fence is longer than any
 * backtick run inside, so no line can close the block early and turn the rest into Markdown.
 */
function codeBlock(text) {
    const visible = text
        .replace(/\r\n|[\r\u2028\u2029\u0085]/g, '\n')
        .replace(/\t/g, '  ')
        .split('\n')
        .map((line) => line.replace(UNSAFE_CONTROLS, ''))
        .join('\n');
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(visible) + 1));
    return `${fence}text\n${visible}\n${fence}`;
}
/** Splits on CommonMark code spans: a backtick run closed by the next run of the same length. */
function splitCodeSpans(text) {
    const segments = [];
    let textStart = 0;
    const runs = Array.from(text.matchAll(/`+/g), (match) => ({ index: match.index, length: match[0].length }));
    for (let open = 0; open < runs.length; open++) {
        const opening = runs[open];
        if (opening === undefined)
            continue;
        const close = runs.findIndex((run, index) => index > open && run.length === opening.length);
        const closing = runs[close];
        if (closing === undefined)
            continue;
        segments.push({ kind: 'text', value: text.slice(textStart, opening.index) });
        let code = text.slice(opening.index + opening.length, closing.index);
        if (code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '')
            code = code.slice(1, -1);
        segments.push({ kind: 'code', value: code });
        textStart = closing.index + closing.length;
        open = close;
    }
    segments.push({ kind: 'text', value: text.slice(textStart) });
    return segments.filter((segment) => segment.value !== '');
}
/**
 * Untrusted prose that may quote code in backticks, like a finding message
 * ("`except Exception` catches every error"): quoted code stays a code span (re-fenced safely),
 * everything else is escaped as plain text.
 */
function escapeInline(text) {
    const rendered = splitCodeSpans(singleLine(text))
        .map((segment) => segment.kind === 'code' ? codeSpan(segment.value) : escapeCharacters(breakAutolinks(segment.value)))
        .join('');
    return escapeLeadingListNumber(rendered.trim());
}
/** Percent-encodes a path segment so it cannot end a Markdown link destination or add a query. */
function encodePathSegment(segment) {
    return encodeURIComponent(segment).replace(/[()'!*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}
/**
 * A link to `path` (and line) under `linkBase`, or undefined when the path could escape the base:
 * browsers resolve `..` (also spelt `%2e%2e`) in a URL path, so such a link could point anywhere on
 * the host.
 */
function fileUrl(linkBase, path, line) {
    const segments = path.split('/');
    if (segments.some((segment) => segment === '' || segment === '.' || segment === '..'))
        return undefined;
    const anchor = line > 0 ? `#L${line}` : '';
    return `${linkBase}${segments.map(encodePathSegment).join('/')}${anchor}`;
}

;// CONCATENATED MODULE: ./src/reporters/metric-labels.ts
// Metric names in the words a reviewer reads: "+4 test cases", "−1 Dockerfile HEALTHCHECK".
// The order here is the order of the "What this PR changed" rows: tests and code first, then
// containers, CI and the rest. Metrics not listed fall back to their name in a code span.


function label(singular, plural = `${singular}s`) {
    return { singular, plural };
}
const METRIC_LABELS = new Map([
    ['tests.cases', label('test case')],
    ['tests.skipped', label('skipped test')],
    ['tests.files', label('test file')],
    ['catch.generic', label('generic catch', 'generic catches')],
    ['catch.empty', label('empty catch', 'empty catches')],
    ['todo.comments', label('TODO comment')],
    ['stubs.placeholder', label('placeholder stub')],
    ['docker.files', label('Dockerfile')],
    ['docker.healthcheck', label('Dockerfile HEALTHCHECK')],
    ['docker.no-healthcheck', label('Dockerfile without a HEALTHCHECK', 'Dockerfiles without a HEALTHCHECK')],
    ['docker.nonroot', label('non-root Dockerfile')],
    ['docker.root-user', label('Dockerfile running as root', 'Dockerfiles running as root')],
    ['docker.multistage', label('multi-stage Dockerfile')],
    ['docker.unpinned-base', label('unpinned base image')],
    ['ci.workflows', label('CI workflow')],
    ['ci.jobs', label('CI job')],
    ['ci.test-jobs', label('CI test job')],
    ['ci.other', label('other CI configuration', 'other CI configurations')],
    ['ci.pipelines', label('CI pipeline')],
    ['compose.services', label('compose service')],
    ['migrations.files', label('migration')],
    ['parse.errors', label('unreadable file')],
    ['source.files', label('source file')],
    ['tests.ratio', label('test-to-source ratio', 'test-to-source ratio')],
    ['files.scanned', label('scanned file')],
    ['files.skipped', label('skipped file')],
]);
/** `+4` or `−1` (U+2212, which reads as a deduction rather than a hyphen). */
function signed(delta) {
    return `${delta < 0 ? '\u2212' : '+'}${formatNumber(Math.abs(delta))}`;
}
/** e.g. "+4 test cases", "−1 Dockerfile HEALTHCHECK", "+5 `lines.code`"; safe inside a table cell. */
function describeDelta(metric, delta) {
    const known = METRIC_LABELS.get(metric);
    if (known === undefined)
        return `${signed(delta)} ${codeSpan(metric, { inTable: true })}`;
    return `${signed(delta)} ${Math.abs(delta) === 1 ? known.singular : known.plural}`;
}
/** Known metrics in label order, then the others by name. */
function metricOrder(metrics) {
    const known = [...METRIC_LABELS.keys()].filter((metric) => metrics.includes(metric));
    const unknown = metrics.filter((metric) => !METRIC_LABELS.has(metric)).sort();
    return [...known, ...unknown];
}

;// CONCATENATED MODULE: ./src/reporters/change-sections.ts



/** e.g. " (−3.4 vs base)", or "" outside pull-request mode. */
function scoreChange(report) {
    if (report.change === undefined)
        return '';
    const rounded = Number(formatScore(report.change.scoreDelta));
    if (rounded === 0)
        return ' (same as base)';
    const sign = rounded < 0 ? '\u2212' : '+';
    return ` (${sign}${formatScore(Math.abs(rounded))} vs base)`;
}
/** How many code examples a row names, e.g. "+1 generic catch (`except Exception`)". */
const EXAMPLES_PER_ROW = 3;
const MAX_EXAMPLE_LENGTH = 60;
/** The first quoted code in each new finding's message: what the added lines actually contain. */
function examples(metric, index) {
    const quoted = index
        .ofKind(metric)
        .map((finding) => /`([^`]+)`/.exec(finding.message)?.[1])
        .filter((code) => code !== undefined && code.trim() !== '');
    return [...new Set(quoted)].slice(0, EXAMPLES_PER_ROW);
}
function changeRow(metric, change, index) {
    const delta = change.deltas[metric];
    if (delta === undefined || delta.delta === 0)
        return undefined;
    const quoted = delta.delta > 0 ? examples(metric, index) : [];
    const suffix = quoted.length > 0
        ? ` (${quoted.map((code) => codeSpan(clip(code, MAX_EXAMPLE_LENGTH), { inTable: true })).join(', ')})`
        : '';
    return `| ${describeDelta(metric, delta.delta)}${suffix} | ${formatNumber(delta.base)} → ${formatNumber(delta.head)} |`;
}
/** The table, or undefined when no metric moved. */
function changeTable(change, index) {
    const rows = metricOrder(Object.keys(change.deltas))
        .map((metric) => changeRow(metric, change, index))
        .filter((row) => row !== undefined);
    if (rows.length === 0)
        return undefined;
    return ['| Change | In the changed files |', '| --- | --- |', ...rows].join('\n');
}
function hasMovedMetrics(change) {
    return Object.values(change.deltas).some((delta) => delta.delta !== 0);
}
/**
 * Says that the gate ignored the pull request's own rule file (so a PR cannot weaken its gate) and
 * what those rules would change; `withDifferences: false` keeps only the sentence, to save space.
 */
function ruleFileNote(change, withDifferences) {
    const edit = change.ruleFileChange;
    if (edit === undefined)
        return undefined;
    const path = codeSpan(clip(edit.path, MAX_PATH_LENGTH));
    const intro = `> This pull request changes ${path}; the gate used the base branch's rules.`;
    if (edit.differences.length === 0)
        return `${intro} The PR's rules would not change any rule's level or check.`;
    if (!withDifferences)
        return `${intro} With the PR's rules: ${plural(edit.differences.length, 'difference')} (the job summary lists them).`;
    const items = edit.differences.map((difference) => `> - ${escapeInline(clip(difference, MAX_MESSAGE_LENGTH))}`);
    return [`${intro} With the PR's rules:`, '>', ...items].join('\n');
}

;// CONCATENATED MODULE: ./src/reporters/finding-list.ts


function findingLine(finding, linkBase, isNew) {
    const path = clip(finding.file, MAX_PATH_LENGTH);
    const location = codeSpan(findingLocation({ ...finding, file: path }));
    const url = linkBase === undefined ? undefined : fileUrl(linkBase, finding.file, finding.line);
    const target = url === undefined ? location : `[${location}](${url})`;
    const marker = isNew ? ' **new**' : '';
    return `- ${target}${marker} — ${escapeInline(clip(finding.message, MAX_MESSAGE_LENGTH))}`;
}
/** The list, or undefined when there is nothing to list. */
function findingList(shown, linkBase) {
    const lines = [
        ...shown.fresh.map((finding) => findingLine(finding, linkBase, true)),
        ...shown.others.map((finding) => findingLine(finding, linkBase, false)),
    ];
    if (shown.more > 0)
        lines.push(`- … and ${shown.more} more`);
    return lines.length > 0 ? lines.join('\n') : undefined;
}

;// CONCATENATED MODULE: ./src/reporters/markdown-sections.ts
// The sections of the Markdown report, rendered under a plan that says how much detail fits.
// Every string that came from the scanned repository or a rule file goes through markdown-escape.






const FULL_PLAN = {
    findingBudget: Number.POSITIVE_INFINITY,
    ruleBudget: Number.POSITIVE_INFINITY,
    showNotices: true,
    showMetrics: true,
};
/** Enough to act on; the rest are counted in "… and N more". */
const FINDINGS_PER_RULE = 10;
/** New findings come first within the same per-rule limit. */
const SUMMARY_CAPS = { fresh: FINDINGS_PER_RULE, others: FINDINGS_PER_RULE, total: FINDINGS_PER_RULE };
const VERDICT_MARK = { pass: '✅', fail: '❌' };
const LEVEL_MARK = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
function headBlocks(report, title) {
    const verdictWord = report.verdict === 'pass' ? 'passed' : 'failed';
    const heading = `## ${VERDICT_MARK[report.verdict]} ${escapeText(title)}: ${verdictWord} · score ${formatScore(report.score.overall)} / 100${scoreChange(report)}`;
    const counts = report.counts;
    const summary = [
        plural(counts.errors, 'error'),
        plural(counts.warnings, 'warning'),
        plural(counts.notices, 'notice'),
        `${counts.passed} passed`,
        `${counts.notApplicable} not applicable`,
        `fail-on: ${report.failOn}`,
    ].join(' · ');
    return [heading, summary];
}
function categoryTable(report) {
    const rows = report.score.categories.map((category) => `| ${escapeText(category.category)} | ${formatScore(category.score)} | ${formatNumber(category.weight)} | ${category.rules} | ${category.failed} |`);
    return ['| Category | Score | Weight | Rules | Failed |', '| --- | ---: | ---: | ---: | ---: |', ...rows].join('\n');
}
function resultSection(group, shown, linkBase) {
    const { result } = group;
    const impact = result.impact.overall > 0
        ? `${formatImpact(result.impact.overall)} (\u2212${formatNumber(result.impact.category)} on ${escapeText(result.category)})`
        : formatImpact(result.impact.overall);
    const list = findingList(shown, linkBase);
    return [
        `#### ${LEVEL_MARK[result.level]} ${codeSpan(clip(result.id, MAX_PATH_LENGTH))} · ${result.level} · ${escapeText(result.category)}`,
        escapeInline(clip(result.message, MAX_MESSAGE_LENGTH)),
        escapeInline(clip(result.description, MAX_DESCRIPTION_LENGTH)),
        `**Impact:** ${impact}`,
        ...(list === undefined ? [] : [list]),
    ].filter((block) => block !== '');
}
/** Findings the full report shows; the budget search in `renderMarkdown` runs up to this. */
function summaryFindingsShowable(report) {
    const { blocking, notices } = failedGroups(report);
    return showableFindings([...blocking, ...notices], SUMMARY_CAPS);
}
function failedRuleBlocks(report, plan, linkBase) {
    const { blocking, notices } = failedGroups(report);
    const detailed = blocking.slice(0, plan.ruleBudget);
    const noticesShown = plan.showNotices ? notices : [];
    const groups = [...detailed, ...noticesShown];
    const shown = allocateFindings(groups, SUMMARY_CAPS, plan.findingBudget);
    const sections = groups.map((group, position) => {
        const allocation = shown[position];
        return allocation === undefined ? [] : resultSection(group, allocation, linkBase);
    });
    const blocks = [];
    if (groups.length > 0)
        blocks.push('### Failed rules');
    blocks.push(...sections.slice(0, detailed.length).flat());
    if (noticesShown.length > 0) {
        blocks.push(`<details>\n<summary>${plural(noticesShown.length, 'notice')}</summary>`);
        blocks.push(...sections.slice(detailed.length).flat());
        blocks.push('</details>');
    }
    const findingsShown = shown.reduce((sum, allocation) => sum + allocation.fresh.length + allocation.others.length, 0);
    return { blocks, findingsShown, rulesShown: groups.length };
}
/** The score change is in the heading; this is the table and the rule-file note. */
function changeBlocks(report) {
    const change = report.change;
    if (change === undefined)
        return [];
    const table = changeTable(change, indexNewFindings(report));
    const note = ruleFileNote(change, true);
    return [
        ...(table === undefined ? [] : ['### What this PR changed', table]),
        ...(note === undefined ? [] : [note]),
    ];
}
function metricRows(metrics) {
    const keyFirst = KEY_METRICS.filter((metric) => metrics[metric] !== undefined);
    const others = Object.keys(metrics)
        .filter((metric) => !KEY_METRICS.includes(metric))
        .sort();
    return [...keyFirst, ...others];
}
function languageTable(report) {
    const languages = LANGUAGES.filter((language) => report.byLanguage[language] !== undefined);
    if (languages.length === 0)
        return undefined;
    const merged = {};
    for (const language of languages)
        Object.assign(merged, report.byLanguage[language]);
    const rows = metricRows(merged).map((metric) => {
        const cells = languages.map((language) => {
            const value = report.byLanguage[language]?.[metric];
            return value === undefined ? '\u2013' : formatNumber(value);
        });
        return `| ${codeSpan(metric, { inTable: true })} | ${cells.join(' | ')} |`;
    });
    const header = `| Metric | ${languages.join(' | ')} |`;
    const divider = `| --- | ${languages.map(() => '---:').join(' | ')} |`;
    return [header, divider, ...rows].join('\n');
}
function metricsDetails(report) {
    const rows = metricRows(report.metrics).map((metric) => `| ${codeSpan(metric, { inTable: true })} | ${formatNumber(report.metrics[metric] ?? 0)} |`);
    const table = ['| Metric | Value |', '| --- | ---: |', ...rows].join('\n');
    const languages = languageTable(report);
    return [
        '<details>\n<summary>Metrics</summary>',
        table,
        ...(languages === undefined ? [] : ['By language:', languages]),
        '</details>',
    ];
}
function footer(report) {
    const extendsPart = report.rules.extends.length > 0
        ? ` (extends ${report.rules.extends.map((name) => codeSpan(clip(name, MAX_PATH_LENGTH))).join(', ')})`
        : '';
    const { inventory } = report;
    const skipped = skippedTotal(report);
    const breakdown = skipped > 0 ? ` (${skippedBreakdown(report)})` : '';
    const source = inventory.source === 'git' ? 'git ls-files' : 'directory walk';
    return [
        `Rules: ${codeSpan(clip(report.rules.source, MAX_PATH_LENGTH))}${extendsPart}`,
        `Files: ${inventory.listed} listed, ${inventory.scanned} scanned, ${skipped} skipped${breakdown}, from ${source}`,
        `${report.tool.name} ${escapeText(report.tool.version)}`,
    ].join(' · ');
}
function renderBody(report, title, linkBase, plan) {
    const failed = failedRuleBlocks(report, plan, linkBase);
    const body = [...changeBlocks(report), categoryTable(report), ...failed.blocks, ...(plan.showMetrics ? metricsDetails(report) : []), '---', footer(report)];
    return { head: headBlocks(report, title), body, findingsShown: failed.findingsShown, rulesShown: failed.rulesShown };
}

;// CONCATENATED MODULE: ./src/reporters/render-markdown.ts



/** Below GitHub's 1 MiB (1,048,576 bytes), leaving room for a caller's note after the report. */
const DEFAULT_MAX_BYTES = 1_000_000;
function failedResults(report) {
    return report.results.filter((result) => result.status === 'fail');
}
function render(report, options, plan) {
    const rendered = renderBody(report, options.title ?? 'Readiness gate', options.linkBase, plan);
    const failed = failedResults(report);
    const hiddenFindings = failed.reduce((sum, result) => sum + result.evidence.findingCount, 0) - rendered.findingsShown;
    const hiddenRules = failed.length - rendered.rulesShown;
    const truncated = plan.findingBudget !== FULL_PLAN.findingBudget ||
        plan.ruleBudget !== FULL_PLAN.ruleBudget ||
        plan.showNotices !== FULL_PLAN.showNotices ||
        plan.showMetrics !== FULL_PLAN.showMetrics;
    const hidden = hiddenRules > 0
        ? `${plural(hiddenFindings, 'finding')} and ${plural(hiddenRules, 'failed rule')} not shown`
        : `${plural(hiddenFindings, 'finding')} not shown`;
    const note = truncated ? [`> **… report truncated: ${hidden} (the JSON report has them all)**`] : [];
    return `${[...rendered.head, ...note, ...rendered.body].join('\n\n')}\n`;
}
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}
/**
 * Sheds detail until the report fits: evidence findings first (as many as fit, in rule order),
 * then the notice section, then sections of failed rules, then the metrics. The heading, the
 * score table and the truncation note always stay.
 */
function renderMarkdown(report, options = {}) {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const full = render(report, options, FULL_PLAN);
    if (byteLength(full) <= maxBytes)
        return full;
    const failed = failedResults(report);
    const withFindings = largestFitting(summaryFindingsShowable(report), maxBytes, byteLength, (findingBudget) => render(report, options, { ...FULL_PLAN, findingBudget }));
    if (withFindings !== undefined)
        return withFindings;
    const withoutNotices = { ...FULL_PLAN, findingBudget: 0, showNotices: false };
    const blocking = failed.filter((result) => result.level !== 'notice').length;
    const withRules = largestFitting(blocking, maxBytes, byteLength, (ruleBudget) => render(report, options, { ...withoutNotices, ruleBudget }));
    if (withRules !== undefined)
        return withRules;
    return render(report, options, { ...withoutNotices, ruleBudget: 0, showMetrics: false });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/reporters/render-sarif.ts
// SARIF 2.1.0 for code scanning: one result per finding of every failed rule, keyed by a fingerprint
// that ignores the line number, so an alert survives code moving above it.
// https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning


const MAX_SARIF_RESULTS = 25_000;
const FINGERPRINT_KEY = 'readinessFinding/v1';
const INFORMATION_URI = 'https://github.com/readiness-gate/readiness-gate';
const SARIF_LEVEL = {
    error: 'error',
    warning: 'warning',
    notice: 'note',
};
/** Failed rules whose failure is about findings (too many of something), most severe level first. */
function rulesWithFindings(report) {
    return ACTIVE_LEVELS.flatMap((level) => report.results.filter((result) => result.status === 'fail' && result.level === level && result.evidence.findingCount > 0));
}
function compareFindings(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    if (a.line !== b.line)
        return a.line - b.line;
    if ((a.column ?? 0) !== (b.column ?? 0))
        return (a.column ?? 0) - (b.column ?? 0);
    if (a.message !== b.message)
        return a.message < b.message ? -1 : 1;
    return 0;
}
/**
 * Every finding behind the rule, not only the ones the report kept in `evidence.findings`: all
 * findings of its kind, or, for a rule that judges only added lines (its count says so), the
 * pull request's new findings of that kind.
 */
function findingsOf(result, all, added) {
    const { metric: kind, findingCount, findings: kept } = result.evidence;
    const candidates = kind === undefined ? [] : [all.get(kind) ?? [], added.get(kind) ?? []];
    const complete = candidates.find((findings) => findings.length === findingCount) ?? kept;
    return [...complete].sort(compareFindings);
}
/**
 * sha256 of rule id, file, message and the occurrence index among findings with the same three:
 * the line is left out so the alert keeps its identity when lines above it are added or removed.
 */
function findingFingerprint(ruleId, file, message, occurrence) {
    return (0,external_node_crypto_.createHash)('sha256').update([ruleId, file, message, String(occurrence)].join('\u0000')).digest('hex');
}
/** A relative URI: each path segment percent-encoded, so `#` or `?` in a name stays part of the path. */
function artifactUri(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
function toSarifRule(result) {
    const { metric, expected } = result.evidence;
    const check = metric === undefined ? '' : `Checks ${[metric, expected].filter((part) => part !== undefined).join(' ')}.`;
    return {
        id: result.id,
        name: result.id,
        shortDescription: { text: result.description },
        fullDescription: { text: [result.description, check].filter((part) => part !== '').join(' ') },
        defaultConfiguration: { level: SARIF_LEVEL[result.level] },
        properties: { category: result.category, tags: ['readiness', result.category] },
    };
}
function toSarifResult(result, ruleIndex, finding, occurrence, pathPrefix) {
    const region = finding.line > 0 ? { region: { startLine: finding.line, ...(finding.column === undefined ? {} : { startColumn: finding.column }) } } : {};
    return {
        ruleId: result.id,
        ruleIndex,
        level: SARIF_LEVEL[result.level],
        message: { text: finding.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(`${pathPrefix}${finding.file}`), uriBaseId: '%SRCROOT%' }, ...region } }],
        partialFingerprints: { [FINGERPRINT_KEY]: findingFingerprint(result.id, finding.file, finding.message, occurrence) },
    };
}
function kindIndex(findings) {
    const byKind = new Map();
    for (const finding of findings) {
        const list = byKind.get(finding.kind);
        if (list === undefined)
            byKind.set(finding.kind, [finding]);
        else
            list.push(finding);
    }
    return byKind;
}
function renderSarif(report, options = {}) {
    const maxResults = Math.max(0, options.maxResults ?? MAX_SARIF_RESULTS);
    const failed = rulesWithFindings(report);
    const all = kindIndex(report.findings);
    const added = kindIndex(report.change?.newFindings ?? []);
    const results = [];
    let total = 0;
    failed.forEach((result, ruleIndex) => {
        const occurrences = new Map();
        for (const finding of findingsOf(result, all, added)) {
            total += 1;
            // Counted before the cap, so a finding's fingerprint does not depend on how many fit.
            const key = `${finding.file}\u0000${finding.message}`;
            const occurrence = occurrences.get(key) ?? 0;
            occurrences.set(key, occurrence + 1);
            if (results.length < maxResults)
                results.push(toSarifResult(result, ruleIndex, finding, occurrence, options.pathPrefix ?? ''));
        }
    });
    const truncated = total > results.length
        ? {
            properties: {
                truncated: true,
                note: `${results.length} of ${total} results included (code scanning accepts ${maxResults} per run); the JSON report has them all`,
            },
        }
        : {};
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: 'readiness-gate', version: report.tool.version, informationUri: INFORMATION_URI, rules: failed.map(toSarifRule) } },
                results,
                ...truncated,
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/reporters/terminal-text.ts
// Making untrusted text safe to print in a terminal or a CI log, and laying it out in columns.
/**
 * C0 controls except tab and newline (ESC among them), DEL, C1 controls, and the bidirectional
 * overrides and isolates that can make a file name display as something else ("Trojan Source").
 */
const terminal_text_UNSAFE_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Removes characters that could move the cursor, recolour the terminal or reorder text. */
function stripControls(text) {
    return text.replace(terminal_text_UNSAFE_CONTROLS, '');
}
/** Untrusted text for a single-line position: controls removed, line breaks and tabs become spaces. */
function terminalLine(text) {
    return text
        .replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, ' ')
        .replace(/\t/g, ' ')
        .replace(terminal_text_UNSAFE_CONTROLS, '');
}
const ZERO_WIDTH_SPACE = '\u200B';
/**
 * The CLI's output may be printed in an Actions log, where a line starting with `::` (after
 * leading whitespace) is a workflow command and `##[` is a legacy command anywhere in a line
 * (GHSA-mfwh-5m23-j46w). A zero-width space breaks both without changing what a reader sees.
 */
function neutraliseWorkflowCommands(output) {
    return output
        .split('\n')
        .map((line) => {
        const withoutLegacy = line.replaceAll('##[', `#${ZERO_WIDTH_SPACE}#[`);
        const indent = withoutLegacy.length - withoutLegacy.trimStart().length;
        return withoutLegacy.startsWith('::', indent)
            ? `${withoutLegacy.slice(0, indent + 1)}${ZERO_WIDTH_SPACE}${withoutLegacy.slice(indent + 1)}`
            : withoutLegacy;
    })
        .join('\n');
}
/**
 * Breaks `items` into lines of at most `width` columns, never inside an item; an item longer than
 * the width gets a line to itself. Continuation lines start with `indent`.
 */
function wrapItems(items, separator, width, indent) {
    const lines = [];
    let current = '';
    for (const item of items) {
        if (current === '') {
            current = item;
        }
        else if (current.length + separator.length + item.length <= width) {
            current += separator + item;
        }
        else {
            lines.push(current);
            current = indent + item;
        }
    }
    if (current !== '')
        lines.push(current);
    return lines;
}
/** Word-wraps prose to `width` columns; the first line starts with `firstIndent`, the rest with `indent`. */
function wrapText(text, width, indent, firstIndent = indent) {
    const words = text.split(' ').filter((word) => word !== '');
    if (words.length === 0)
        return [];
    const [first = '', ...rest] = words;
    return wrapItems([firstIndent + first, ...rest], ' ', width, indent);
}

;// CONCATENATED MODULE: ./src/reporters/render-text.ts
// The CLI's default output: a report a person can read at 100 columns.




const WIDTH = 100;
/** Enough to see the pattern; the Markdown and JSON reports have more. */
const FINDINGS_SHOWN = 5;
const ANSI = {
    bold: ['\u001B[1m', '\u001B[22m'],
    dim: ['\u001B[2m', '\u001B[22m'],
    red: ['\u001B[31m', '\u001B[39m'],
    yellow: ['\u001B[33m', '\u001B[39m'],
    cyan: ['\u001B[36m', '\u001B[39m'],
    green: ['\u001B[32m', '\u001B[39m'],
};
function painter(color) {
    return color ? (style, text) => `${ANSI[style][0]}${text}${ANSI[style][1]}` : (_style, text) => text;
}
const render_text_LEVEL_MARK = { error: '✖', warning: '▲', notice: '●' };
const LEVEL_STYLE = { error: 'red', warning: 'yellow', notice: 'cyan' };
const LEVEL_HEADING = { error: 'Errors', warning: 'Warnings', notice: 'Notices' };
/** Untrusted text for one line: controls stripped and length capped. */
function safe(text, maxLength) {
    return clip(terminalLine(text), maxLength);
}
function verdictLine(report, paint) {
    const counts = failedCountPhrases(report);
    const advisory = report.failOn === 'never' ? ' — advisory (fail-on: never)' : '';
    if (report.verdict === 'fail') {
        return paint('red', paint('bold', `✖ readiness gate failed: ${counts.join(', ')}`)) + advisory;
    }
    const suffix = counts.length > 0 ? ` (${counts.join(', ')})` : '';
    return paint('green', paint('bold', `✔ readiness gate passed${suffix}`)) + advisory;
}
function rulesLine(report) {
    const extendsPart = report.rules.extends.length > 0
        ? ` (extends: ${report.rules.extends.map((name) => safe(name, MAX_PATH_LENGTH)).join(', ')})`
        : '';
    const profile = report.rules.profile === undefined ? '' : ` · profile ${safe(report.rules.profile, MAX_PATH_LENGTH)}`;
    return `  Rules: ${safe(report.rules.source, MAX_PATH_LENGTH)}${extendsPart}${profile}`;
}
function render_text_categoryTable(report, paint) {
    const header = paint('dim', `  ${'Category'.padEnd(15)}${'Score'.padStart(7)}${'Rules'.padStart(7)}${'Failed'.padStart(8)}`);
    const rows = report.score.categories.map((category) => {
        const failed = String(category.failed).padStart(8);
        return `  ${category.category.padEnd(15)}${formatScore(category.score).padStart(7)}${String(category.rules).padStart(7)}${category.failed > 0 ? paint('red', failed) : failed}`;
    });
    return [header, ...rows];
}
function resultBlock(result, paint) {
    const level = result.level;
    const head = `  ${paint(LEVEL_STYLE[level], render_text_LEVEL_MARK[level])} ${paint('bold', safe(result.id, MAX_PATH_LENGTH))}`;
    const lines = [`${head}  ${paint('dim', `${result.category} · ${formatImpact(result.impact.overall)}`)}`];
    lines.push(...wrapText(safe(result.message, MAX_MESSAGE_LENGTH), WIDTH, '    '));
    lines.push(...wrapText(safe(result.description, MAX_DESCRIPTION_LENGTH), WIDTH, '    ').map((line) => paint('dim', line)));
    const shown = result.evidence.findings.slice(0, FINDINGS_SHOWN);
    for (const finding of shown) {
        const location = safe(findingLocation(finding), MAX_PATH_LENGTH);
        const message = safe(finding.message, MAX_MESSAGE_LENGTH);
        lines.push(...(message === '' ? [`    ${location}`] : wrapText(message, WIDTH, '      ', `    ${location}  `)));
    }
    const more = result.evidence.findingCount - shown.length;
    if (more > 0)
        lines.push(paint('dim', `    … and ${more} more`));
    return lines;
}
function failedSections(report, paint) {
    const lines = [];
    for (const level of ACTIVE_LEVELS) {
        const results = failedResultsAt(report, level);
        if (results.length === 0)
            continue;
        lines.push('', paint(LEVEL_STYLE[level], paint('bold', `${LEVEL_HEADING[level]} (${results.length})`)));
        for (const [index, result] of results.entries()) {
            if (index > 0)
                lines.push('');
            lines.push(...resultBlock(result, paint));
        }
    }
    return lines;
}
function inventoryLine(report) {
    const { inventory } = report;
    const skipped = skippedTotal(report);
    const breakdown = skipped > 0 ? ` (${skippedBreakdown(report)})` : '';
    const source = inventory.source === 'git' ? 'git ls-files' : 'directory walk';
    return `Files: ${inventory.listed} listed, ${inventory.scanned} scanned, ${skipped} skipped${breakdown} · from ${source}`;
}
function metricsLines(report) {
    const items = KEY_METRICS.map((metric) => `${metric} ${metricValue(report, metric)}`);
    const [first = '', ...rest] = items;
    return wrapItems([`Metrics: ${first}`, ...rest], ' · ', WIDTH, '  ');
}
/** What a pull request (or `--base`) changed: files, new findings and each metric that moved. */
function changeLines(report) {
    const change = report.change;
    if (change === undefined)
        return [];
    const against = change.baseRef ? `${change.baseRef} (${change.baseSha.slice(0, 12)})` : change.baseSha.slice(0, 12);
    const moved = metricOrder(Object.keys(change.deltas)).map((metric) => describeDelta(metric, change.deltas[metric]?.delta ?? 0));
    const lines = [
        `  Change: ${plural(change.files.changed, 'file')} changed against ${terminalLine(against)} · ${plural(change.newFindings.length, 'new finding')} on added lines`,
    ];
    if (moved.length > 0)
        lines.push(...wrapItems([`  Moved: ${moved[0]}`, ...moved.slice(1)], ' · ', WIDTH, '    '));
    return lines;
}
function renderText(report, options) {
    const paint = painter(options.color);
    const passed = `${plural(report.counts.passed, 'rule')} passed, ${report.counts.notApplicable} not applicable`;
    const lines = [
        verdictLine(report, paint),
        `  Score: ${paint('bold', formatScore(report.score.overall))} / 100${scoreChange(report)} · ${passed}`,
        ...changeLines(report),
        ...(report.incomplete === undefined
            ? []
            : [paint('bold', `  Incomplete: the time budget ran out with ${plural(report.incomplete.unscanned, 'file')} unread`)]),
        rulesLine(report),
        '',
        ...render_text_categoryTable(report, paint),
        ...failedSections(report, paint),
        '',
        paint('dim', inventoryLine(report)),
        ...metricsLines(report).map((line) => paint('dim', line)),
    ];
    return neutraliseWorkflowCommands(lines.join('\n'));
}

// EXTERNAL MODULE: ./src/rules/rule-set.ts
var rule_set = __webpack_require__(9596);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(3581);
;// CONCATENATED MODULE: ./src/inventory/skip-by-name.ts

const VENDORED_FOLDERS = new Set([
    'node_modules',
    'vendor',
    'vendors',
    'third_party',
    'third-party',
    'bower_components',
    'site-packages',
    'dist-packages',
    '.venv',
    'venv',
    'virtualenv',
    '.tox',
    '__pypackages__',
    '.yarn',
]);
const GENERATED_FOLDERS = new Set(['dist', 'build', '.next', '.nuxt', 'coverage']);
// Decided by extension so these are never opened; anything else binary is caught by a NUL byte on read.
const BINARY_EXTENSIONS = new Set(('png jpg jpeg gif bmp ico icns webp avif tif tiff psd svgz pdf zip gz tgz bz2 xz zst 7z rar tar jar war ear ' +
    'class so dylib dll exe bin o a lib obj pyc pyo pyd whl egg woff woff2 ttf otf eot mp3 mp4 m4a wav ogg ' +
    'flac webm mov avi mkv wasm sqlite sqlite3 db parquet npy npz pkl pickle h5 onnx pt ckpt dmg iso deb rpm').split(' '));
/** Why a path is skipped from its name alone, or undefined when it is scanned. */
function skipReasonByName(path) {
    // Called for every listed path on every run: the folders are read in place, not split out.
    let start = 0;
    for (let slash = path.indexOf('/'); slash !== -1; start = slash + 1, slash = path.indexOf('/', start)) {
        const folder = path.slice(start, slash);
        if (VENDORED_FOLDERS.has(folder))
            return 'vendored';
        if (GENERATED_FOLDERS.has(folder))
            return 'generated';
    }
    const basename = path.slice(start).toLowerCase();
    if (basename.endsWith('.min.js') || basename.endsWith('.bundle.js'))
        return 'generated';
    const dot = basename.lastIndexOf('.');
    if (dot > 0 && BINARY_EXTENSIONS.has(basename.slice(dot + 1)))
        return 'binary';
    return undefined;
}
function attributeValue(attributes, name) {
    let value;
    for (const attribute of attributes) {
        if (attribute === name || attribute === `${name}=true`)
            value = true;
        else if (attribute === `-${name}` || attribute === `!${name}` || attribute === `${name}=false`)
            value = false;
    }
    return value;
}
/** Reads the `linguist-generated` / `linguist-vendored` lines of one .gitattributes file. */
function parseGitattributes(base, text) {
    const lines = [];
    for (const raw of text.split(/\r?\n/)) {
        const trimmed = raw.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        const [pattern, ...attributes] = trimmed.split(/\s+/);
        if (pattern === undefined)
            continue;
        const generated = attributeValue(attributes, 'linguist-generated');
        const vendored = attributeValue(attributes, 'linguist-vendored');
        if (generated === undefined && vendored === undefined)
            continue;
        const anchored = pattern.replace(/^\//, '');
        const matcher = new esm/* Minimatch */.VR(anchored, { dot: true, matchBase: !pattern.includes('/') });
        lines.push({ base, matcher, generated, vendored });
    }
    return lines;
}
/** Applies .gitattributes lines the way git does: later lines and deeper files win. */
function skipReasonByAttributes(path, lines) {
    let generated = false;
    let vendored = false;
    for (const line of lines) {
        if (line.base !== '' && !path.startsWith(`${line.base}/`))
            continue;
        const relative = line.base === '' ? path : path.slice(line.base.length + 1);
        if (!line.matcher.match(relative))
            continue;
        if (line.generated !== undefined)
            generated = line.generated;
        if (line.vendored !== undefined)
            vendored = line.vendored;
    }
    if (generated)
        return 'generated';
    if (vendored)
        return 'vendored';
    return undefined;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/scan/read-text.ts


// O_NOFOLLOW makes the open itself refuse a symlink, so a file swapped for a link after we listed it
// still cannot be read through. (Windows has no such flag; there links are refused by lstat alone.)
// O_NONBLOCK: a file swapped for a named pipe after we listed it must not hang the open (no effect on files).
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0);
const utf8 = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');
function hasNulByte(bytes) {
    const end = Math.min(bytes.length, 8000);
    for (let i = 0; i < end; i++)
        if (bytes[i] === 0)
            return true;
    return false;
}
/** Decodes UTF-8 (BOM dropped, invalid bytes replaced) or UTF-16 with a BOM; NUL bytes mean binary. */
function decodeText(bytes) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return utf16le.decode(bytes);
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return utf16be.decode(bytes);
    if (hasNulByte(bytes))
        return undefined;
    return utf8.decode(bytes);
}
/** Why an open failed, as a skip; rethrows anything that is not about this one file. */
function openFailure(error) {
    const code = error.code;
    if (code === 'ELOOP' || code === 'EMLINK')
        return { skipped: 'symlink' };
    if (code === 'EACCES' || code === 'EPERM' || code === 'ENOENT' || code === 'EISDIR')
        return { skipped: 'unreadable' };
    throw error;
}
async function readText(absolutePath) {
    let handle;
    try {
        handle = await (0,promises_.open)(absolutePath, OPEN_FLAGS);
    }
    catch (error) {
        return openFailure(error);
    }
    try {
        const text = decodeText(await handle.readFile());
        return text === undefined ? { skipped: 'binary' } : { text };
    }
    finally {
        await handle.close();
    }
}
/**
 * The same as readText, synchronously: the scan reads thousands of small files in a row (on worker threads
 * when it can), where one blocking read costs a fraction of the promise round trips of fs/promises.
 */
function readTextSync(absolutePath) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(absolutePath, OPEN_FLAGS);
    }
    catch (error) {
        return openFailure(error);
    }
    try {
        const text = decodeText((0,external_node_fs_.readFileSync)(fd));
        return text === undefined ? { skipped: 'binary' } : { text };
    }
    catch (error) {
        // A folder opened read-only on Linux fails only here.
        if (error.code === 'EISDIR')
            return { skipped: 'unreadable' };
        throw error;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/change/unified-diff.ts
// Unified-diff hunks, shared by the git patch reader and the pull-request files API (whose `patch` is the same
// hunk list without file headers). Only the head line numbers of `+` lines are kept, never their text.
// `@@ -a,b +c,d @@`: a count left out means 1; `+c,0` adds nothing (c is then the line before the gap).
const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
function parseHunkHeader(line) {
    const match = HUNK_HEADER.exec(line);
    if (match === null)
        return undefined;
    return {
        oldLeft: match[2] === undefined ? 1 : Number(match[2]),
        newLeft: match[4] === undefined ? 1 : Number(match[4]),
        nextNewLine: Number(match[3]),
    };
}
function hunkFinished(cursor) {
    return cursor.oldLeft <= 0 && cursor.newLeft <= 0;
}
/**
 * Consumes one line of a hunk body, pushing the head line number of an added line onto `addedLines`.
 * Returns false for a line that cannot be in a hunk body, so the caller can say where the patch is malformed.
 */
function consumeHunkLine(cursor, line, addedLines) {
    switch (line[0]) {
        case '+':
            addedLines.push(cursor.nextNewLine);
            cursor.nextNewLine++;
            cursor.newLeft--;
            return true;
        case '-':
            cursor.oldLeft--;
            return true;
        // Some tools strip the single space of an empty context line; `git apply` accepts that too.
        case ' ':
        case undefined:
            cursor.oldLeft--;
            cursor.newLeft--;
            cursor.nextNewLine++;
            return true;
        // "\ No newline at end of file" describes the line before it; it is not a line of the file.
        case '\\':
            return true;
        default:
            return false;
    }
}
/** Head line numbers added by a hunk list such as the files API's `patch`; throws on a malformed patch. */
function addedLinesOfPatch(patch) {
    const addedLines = [];
    let cursor;
    const lines = patch.split('\n');
    // A patch that ends with a newline leaves one empty string after the split; it is not a line.
    if (lines[lines.length - 1] === '')
        lines.pop();
    lines.forEach((line, index) => {
        if (cursor !== undefined && !hunkFinished(cursor)) {
            if (consumeHunkLine(cursor, line, addedLines))
                return;
            throw new Error(`malformed patch, line ${index + 1}: not a hunk line`);
        }
        if (line.startsWith('\\'))
            return;
        cursor = parseHunkHeader(line);
        if (cursor === undefined)
            throw new Error(`malformed patch, line ${index + 1}: expected a hunk header`);
    });
    return addedLines;
}

;// CONCATENATED MODULE: ./src/change/api-change-set.ts

/** The API lists at most this many files of a pull request. */
const API_FILE_LIMIT = 3000;
const STATUSES = {
    added: 'added',
    removed: 'removed',
    modified: 'modified',
    // `changed` is a mode-only change; a copy is a new file at the new path.
    changed: 'modified',
    renamed: 'renamed',
    copied: 'added',
};
function changedFileOf(file) {
    const status = STATUSES[file.status];
    // Without a patch the API shows no text diff; a file with no changes at all (a pure rename, an empty new
    // file, a mode change) simply has none to show.
    const binary = file.patch === undefined && (file.changes === undefined || file.changes > 0);
    let addedLines = [];
    if (file.patch !== undefined && status !== 'removed') {
        try {
            addedLines = addedLinesOfPatch(file.patch);
        }
        catch (error) {
            throw new Error(`pull-request file ${file.filename}: ${error.message}`, { cause: error });
        }
    }
    const changed = { path: file.filename, status, binary, addedLines };
    if (status === 'renamed' && file.previous_filename !== undefined)
        changed.previousPath = file.previous_filename;
    return changed;
}
/**
 * The change set the API describes. The API cannot tell a symlink from a file (a link shows as a one-line
 * file holding its target), so contents must still be read through git after a mode check (readBlobs).
 */
function apiChangeSet(files, baseSha, headSha) {
    const changed = files
        .filter((file) => file.status !== 'unchanged')
        .map(changedFileOf)
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { baseSha, headSha, source: 'api', files: changed, truncated: files.length >= API_FILE_LIMIT };
}

;// CONCATENATED MODULE: ./src/inventory/classify.ts
const LANGUAGE_BY_EXTENSION = {
    py: 'python',
    js: 'javascript',
    jsx: 'javascript',
    mjs: 'javascript',
    cjs: 'javascript',
    ts: 'typescript',
    tsx: 'typescript',
    mts: 'typescript',
    cts: 'typescript',
    go: 'go',
    java: 'java',
    kt: 'kotlin',
    kts: 'kotlin',
    cs: 'csharp',
    rb: 'ruby',
    php: 'php',
    rs: 'rust',
};
function extensionOf(basename) {
    const dot = basename.lastIndexOf('.');
    return dot > 0 ? basename.slice(dot + 1).toLowerCase() : '';
}
function languageOf(path) {
    const basename = path.slice(path.lastIndexOf('/') + 1);
    return LANGUAGE_BY_EXTENSION[extensionOf(basename)];
}
/** `tests.files`: a test file by its name or place, per language. */
function isTestFile(path, language) {
    if (language === undefined)
        return false;
    const basename = path.slice(path.lastIndexOf('/') + 1);
    // Split only for the languages that look at folders: this runs on every listed path of every scan.
    const folders = () => path.split('/').slice(0, -1);
    const stem = basename.slice(0, basename.lastIndexOf('.'));
    switch (language) {
        case 'python':
            return /^test_.*\.py$/.test(basename) || /^.+_test\.py$/.test(basename);
        case 'javascript':
        case 'typescript':
            return /\.(test|spec)\./.test(basename) || folders().includes('__tests__');
        case 'go':
            return basename.endsWith('_test.go');
        case 'java':
        case 'kotlin':
            return path.includes('src/test/') || /(Test|Tests|IT|TestCase)$/.test(stem);
        case 'csharp':
            return /Tests?$/.test(stem) || folders().some((folder) => /(\.|^)Tests?$/.test(folder));
        case 'ruby':
            return (basename.endsWith('_spec.rb') && folders().includes('spec')) || (basename.endsWith('_test.rb') && folders().includes('test'));
        case 'php':
            return stem.endsWith('Test');
        case 'rust':
            // Rust unit tests live inside source files (counted as cases there); integration tests are files under tests/.
            return folders().includes('tests');
        default:
            return false;
    }
}
// A folder of tests anywhere on the path (the file name itself does not count).
const UNDER_TEST_FOLDER = /(?:^|\/)(?:tests|test|testing|__tests__|spec|specs)\//;
/** Test code besides test files: `conftest.py`, `tests.py`, or anything under a test folder. */
function isOtherTestCode(path) {
    const basename = path.slice(path.lastIndexOf('/') + 1);
    return basename === 'conftest.py' || basename === 'tests.py' || UNDER_TEST_FOLDER.test(path);
}
/** Test code: a test file, `conftest.py`, `tests.py`, or anything under a test folder. */
function isTestCode(path, language) {
    return isTestFile(path, language) || isOtherTestCode(path);
}
function describeFile(path) {
    const language = languageOf(path);
    const testFile = isTestFile(path, language);
    return { path, language, isTest: testFile || isOtherTestCode(path), isTestFile: testFile };
}

;// CONCATENATED MODULE: ./src/change/compute-change-evidence.ts

/** Keeps the changed files inside the scanned folder, with paths relative to it. */
function relativeToScannedFolder(change, prefix) {
    if (prefix === '')
        return change;
    const strip = (path) => (path.startsWith(prefix) ? path.slice(prefix.length) : undefined);
    const files = [];
    for (const file of change.files) {
        const path = strip(file.path);
        if (path === undefined)
            continue;
        if (file.previousPath === undefined) {
            files.push({ ...file, path });
            continue;
        }
        const previousPath = strip(file.previousPath);
        // Renamed in from outside the folder: as far as the folder is concerned, the file is new.
        if (previousPath === undefined)
            files.push({ path, status: 'added', binary: file.binary, addedLines: file.addedLines });
        else
            files.push({ ...file, path, previousPath });
    }
    return { ...change, files };
}
function basePathOf(file) {
    if (file.status === 'added')
        return undefined;
    return file.previousPath ?? file.path;
}
function countByKind(findings, files) {
    const counts = new Map();
    const add = (kind) => counts.set(kind, (counts.get(kind) ?? 0) + 1);
    for (const finding of findings)
        add(finding.kind);
    for (const file of files) {
        if (file.language === undefined)
            continue;
        if (file.isTestFile)
            add('tests.files');
        if (!file.isTest)
            add('source.files');
    }
    return counts;
}
function isNew(finding, file, added) {
    if (finding.line === 0)
        return file.status === 'added';
    return added.has(finding.line);
}
/** Base findings: the collectors run on the base texts, path collectors on the base's file list. */
function baseFindings(input, baseFiles, headChanged) {
    const findings = [];
    for (const [path, text] of input.baseTexts) {
        const file = describeFile(path);
        for (const collector of input.textCollectors) {
            if (collector.wants(file))
                findings.push(...collector.collect(file, text));
        }
    }
    // Path collectors judge only the changed files, as the deltas count nothing else, but they see the whole
    // base around them: its paths (Alembic needs env.py beside a migration) and its text findings (manifests).
    const basePaths = new Set(baseFiles.map((file) => file.path));
    const baseFacts = {
        paths: [...input.scan.paths.filter((path) => !headChanged.has(path)), ...basePaths],
        findings: [...input.scan.findings.filter((finding) => !headChanged.has(finding.file)), ...findings],
    };
    for (const collector of input.pathCollectors) {
        findings.push(...collector.collect(baseFiles, baseFacts).filter((finding) => basePaths.has(finding.file)));
    }
    return findings;
}
function computeChangeEvidence(input) {
    const { change, scan } = input;
    const scanned = new Map(scan.files.map((file) => [file.path, file]));
    const headChanged = new Map();
    const basePaths = new Set();
    for (const file of change.files) {
        if (file.status !== 'removed' && scanned.has(file.path))
            headChanged.set(file.path, file);
        const basePath = basePathOf(file);
        if (basePath !== undefined && input.baseTexts.has(basePath))
            basePaths.add(basePath);
    }
    const addedLines = new Map([...headChanged].map(([path, file]) => [path, new Set(file.addedLines)]));
    const headFindings = scan.findings.filter((finding) => headChanged.has(finding.file));
    const newFindings = headFindings.filter((finding) => isNew(finding, headChanged.get(finding.file), addedLines.get(finding.file)));
    const headCounts = countByKind(headFindings, [...headChanged.keys()].map((path) => scanned.get(path)));
    // The changed files as they were in the base, described once for the path collectors and the counts.
    const baseFiles = [...basePaths].map((path) => describeFile(path));
    const baseCounts = countByKind(baseFindings(input, baseFiles, new Set(headChanged.keys())), baseFiles);
    for (const counts of [headCounts, baseCounts]) {
        const pipelines = (counts.get('ci.workflows') ?? 0) + (counts.get('ci.other') ?? 0);
        if (pipelines > 0)
            counts.set('ci.pipelines', pipelines);
    }
    const deltas = {};
    for (const metric of [...new Set([...headCounts.keys(), ...baseCounts.keys()])].sort()) {
        const head = headCounts.get(metric) ?? 0;
        const base = baseCounts.get(metric) ?? 0;
        if (head !== base)
            deltas[metric] = { base, head, delta: head - base };
    }
    const statusCount = (status) => change.files.filter((file) => file.status === status).length;
    return {
        event: input.event,
        ...(input.baseRef === undefined ? {} : { baseRef: input.baseRef }),
        baseSha: change.baseSha,
        headSha: change.headSha,
        ...(input.pullRequest === undefined ? {} : { pullRequest: input.pullRequest }),
        source: change.source,
        files: {
            changed: change.files.length,
            added: statusCount('added'),
            removed: statusCount('removed'),
            renamed: statusCount('renamed'),
            binary: change.files.filter((file) => file.binary).length,
        },
        truncated: change.truncated,
        newFindings,
        deltas,
    };
}

;// CONCATENATED MODULE: ./src/change/ensure-commit.ts
// The default checkout is shallow (fetch-depth: 1), so a pull request's base commit is usually absent.
// GitHub serves any reachable commit by SHA, so one small fetch brings it; when even that fails the caller
// falls back to the pull-request files API and can say why.

function hasCommit(root, sha) {
    try {
        (0,run_git/* runGitText */.HZ)(root, ['cat-file', '-e', `${sha}^{commit}`]);
        return true;
    }
    catch {
        // Any failure (missing object, not a repository, no git) means "not here"; the fetch that follows
        // reports the real reason.
        return false;
    }
}
function isShallow(root) {
    return (0,run_git/* runGitText */.HZ)(root, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
}
/** Fetches one commit by SHA; returns why it failed, or undefined. */
function fetchCommit(root, sha, remote, timeoutMs) {
    try {
        // In a shallow clone fetch just that commit; in a full clone a depth would make the repository shallow,
        // so there the fetch brings the missing history instead.
        const depth = isShallow(root) ? ['--depth=1'] : [];
        (0,run_git/* runGitText */.HZ)(root, ['fetch', '--quiet', '--no-tags', '--no-recurse-submodules', '--no-auto-gc', ...depth, remote, sha], {
            timeoutMs,
            // Never wait for a password on a terminal: without credentials the fetch must fail, not hang.
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
        });
        return undefined;
    }
    catch (error) {
        const reason = (0,run_git/* gitFailureReason */.nG)(error);
        return reason === 'git timed out' ? `git fetch timed out after ${Math.round(timeoutMs / 1000)} s` : reason;
    }
}
/** Makes sure commit `sha` is in the repository at `root`, fetching it when needed. Never throws for git. */
function ensureCommit(root, sha, options = {}) {
    if (!(0,run_git/* isCommitSha */._$)(sha)) {
        return { present: false, fetched: false, problem: `not a full commit SHA: ${JSON.stringify(sha)}` };
    }
    if (hasCommit(root, sha))
        return { present: true, fetched: false };
    const remote = options.remote ?? 'origin';
    if (remote.startsWith('-'))
        return { present: false, fetched: false, problem: `not a remote name: ${remote}` };
    const reason = fetchCommit(root, sha, remote, options.timeoutMs ?? 120_000);
    if (reason !== undefined) {
        return { present: false, fetched: false, problem: `commit ${sha} is not in the clone and fetching it from ${remote} failed: ${reason}` };
    }
    if (hasCommit(root, sha))
        return { present: true, fetched: true };
    return { present: false, fetched: false, problem: `commit ${sha} is still missing after fetching it from ${remote}` };
}

// EXTERNAL MODULE: ./src/change/git-raw-diff.ts
var git_raw_diff = __webpack_require__(5275);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./src/change/git-quoted-path.ts
// Paths in git's patch headers. Git C-quotes a path that holds a control character, `"` or `\` (with
// core.quotePath=false, bytes of non-ASCII characters stay as they are), so a patch header is always one line.
const ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
/** Reads the C-quoted string that starts at `start` (on its opening quote). */
function readQuoted(text, start) {
    const bytes = [];
    let index = start + 1;
    while (index < text.length) {
        const char = text[index];
        if (char === '"')
            return { value: Buffer.from(bytes).toString('utf8'), end: index + 1 };
        if (char !== '\\') {
            const codePoint = text.codePointAt(index);
            const literal = String.fromCodePoint(codePoint);
            bytes.push(...Buffer.from(literal, 'utf8'));
            index += literal.length;
            continue;
        }
        const escaped = text[index + 1] ?? '';
        const octal = /^[0-3][0-7]{2}/.exec(text.slice(index + 1, index + 4));
        if (octal !== null) {
            bytes.push(Number.parseInt(octal[0], 8));
            index += 4;
        }
        else if (escaped in ESCAPES) {
            bytes.push(ESCAPES[escaped]);
            index += 2;
        }
        else {
            throw new Error(`unknown escape \\${escaped} in git path ${text}`);
        }
    }
    throw new Error(`unterminated quoted git path ${text}`);
}
/** A path as git prints it after `rename to ` or `copy to `: quoted, or verbatim to the end of the line. */
function unquoteGitPath(text) {
    if (!text.startsWith('"'))
        return text;
    const { value, end } = readQuoted(text, 0);
    if (end !== text.length)
        throw new Error(`unexpected text after quoted git path ${text}`);
    return value;
}
/**
 * The path of a `diff --git a/P b/P` header (given without `diff --git `) whose two names are the same, as
 * they are for every section that is not a rename or copy. Unquoted names may hold spaces, even ` b/`, so
 * the path is found by length: the line is `a/` + P + ` b/` + P.
 */
function pathOfSameNameHeader(names) {
    if (names.startsWith('"')) {
        const first = readQuoted(names, 0);
        if (!first.value.startsWith('a/'))
            throw new Error(`unexpected diff header names ${names}`);
        return first.value.slice(2);
    }
    const pathLength = (names.length - 5) / 2;
    const candidate = Number.isInteger(pathLength) && pathLength > 0 ? names.slice(2, 2 + pathLength) : '';
    if (candidate === '' || names !== `a/${candidate} b/${candidate}`) {
        throw new Error(`unexpected diff header names ${names}`);
    }
    return candidate;
}

;// CONCATENATED MODULE: ./src/change/git-patch-sections.ts
// Streams `git diff-tree -p` output one line at a time, so memory holds one line and the added line numbers
// of one file, never the whole patch (a change to a large generated file can make it hundreds of MB).





const DIFF_HEADER = 'diff --git ';
// Kept from stderr for the error message; git's own messages are short.
const STDERR_KEPT = 64 * 1024;
function closeSection(open) {
    return {
        path: open.newName ?? pathOfSameNameHeader(open.names),
        deletion: open.deletion,
        binary: open.binary,
        addedLines: open.addedLines,
    };
}
/** Applies one line of the patch to the section being read; returns the section it closes, if any. */
function readLine(state, line) {
    const open = state.open;
    if (open?.cursor !== undefined && !hunkFinished(open.cursor)) {
        if (consumeHunkLine(open.cursor, line, open.addedLines))
            return undefined;
        throw new Error(`unexpected line in a git patch hunk: ${JSON.stringify(line.slice(0, 200))}`);
    }
    if (line.startsWith(DIFF_HEADER)) {
        state.open = { names: line.slice(DIFF_HEADER.length), deletion: false, binary: false, addedLines: [] };
        return open === undefined ? undefined : closeSection(open);
    }
    if (open === undefined)
        throw new Error(`git patch does not start with a diff header: ${line.slice(0, 200)}`);
    if (line.startsWith('@@')) {
        open.cursor = parseHunkHeader(line);
        if (open.cursor === undefined)
            throw new Error(`malformed hunk header in a git patch: ${line.slice(0, 200)}`);
    }
    else if (line.startsWith('rename to ')) {
        open.newName = unquoteGitPath(line.slice('rename to '.length));
    }
    else if (line.startsWith('copy to ')) {
        open.newName = unquoteGitPath(line.slice('copy to '.length));
    }
    else if (line.startsWith('deleted file mode ')) {
        open.deletion = true;
    }
    else if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
        open.binary = true;
    }
    // Other extended headers (index, modes, similarity, ---/+++, "\ No newline…") say nothing we need.
    return undefined;
}
/**
 * Runs git with `args` (a patch-producing diff) in `root` and calls `onSection` for each file section, in
 * git's order. Rejects when git fails or prints something that is not a patch.
 */
function readPatchSections(root, args, onSection) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', [...run_git/* GIT_SAFETY */.k_, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
        const state = {};
        const decoder = new external_node_string_decoder_.StringDecoder('utf8');
        let partial = [];
        let stderr = '';
        let failure;
        const fail = (error) => {
            failure ??= error;
            child.kill();
        };
        const handleLine = (line) => {
            const closed = readLine(state, line);
            if (closed !== undefined)
                onSection(closed);
        };
        child.stdout.on('data', (chunk) => {
            if (failure !== undefined)
                return;
            try {
                const text = decoder.write(chunk);
                let start = 0;
                for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
                    partial.push(text.slice(start, newline));
                    handleLine(partial.join(''));
                    partial = [];
                    start = newline + 1;
                }
                if (start < text.length)
                    partial.push(text.slice(start));
            }
            catch (error) {
                fail(error);
            }
        });
        child.stderr.on('data', (chunk) => {
            if (stderr.length < STDERR_KEPT)
                stderr += chunk.toString('utf8');
        });
        // Node may not emit 'close' after a failed spawn, so settle here; a later settle is ignored.
        child.on('error', (error) => {
            fail(error.code === 'ENOENT' ? new Error('git is not installed') : error);
            reject(failure);
        });
        child.on('close', (code, signal) => {
            if (failure !== undefined)
                return reject(failure);
            if (code !== 0) {
                const reason = (0,run_git/* firstStderrLine */.f2)(stderr) ?? (signal ? `stopped by ${signal}` : `exit status ${code}`);
                return reject(new Error(`git ${args[0]} failed: ${reason}`));
            }
            try {
                const rest = partial.join('') + decoder.end();
                if (rest !== '')
                    handleLine(rest);
                if (state.open !== undefined)
                    onSection(closeSection(state.open));
                resolve();
            }
            catch (error) {
                reject(error);
            }
        });
    });
}

// EXTERNAL MODULE: ./src/change/read-blobs.ts
var read_blobs = __webpack_require__(5891);
;// CONCATENATED MODULE: ./src/change/git-change-set.ts






// Plumbing `diff-tree` runs the same diff engine as `git diff` but reads only the basic diff config, so user
// settings that reshape the output (diff.noprefix, diff.mnemonicPrefix, diff.relative, diff.external, colour)
// cannot break the parser. The options are spelled out anyway: they are what the parser relies on.
const DIFF_OPTIONS = ['-r', '--find-renames', '--no-color', '--no-ext-diff', '--no-textconv'];
function changedFile(path, status, mode) {
    // A symlink's "content" is its target; it is reported as binary so that nothing ever reads through it.
    return { path, status, binary: mode === git_raw_diff/* SYMLINK_MODE */.GN, addedLines: [] };
}
/** The file a raw record describes, or undefined for a submodule (a commit pointer, not a file). */
function fileOfEntry(entry) {
    const { oldMode, newMode, path } = entry;
    // A file-type change to or from a submodule: only the file side exists as a file.
    if (entry.status === 'T' && oldMode === git_raw_diff/* GITLINK_MODE */.B1)
        return changedFile(path, 'added', newMode);
    if (entry.status === 'T' && newMode === git_raw_diff/* GITLINK_MODE */.B1)
        return changedFile(path, 'removed', oldMode);
    if (oldMode === git_raw_diff/* GITLINK_MODE */.B1 || newMode === git_raw_diff/* GITLINK_MODE */.B1)
        return undefined;
    switch (entry.status) {
        case 'A':
        case 'C':
            return changedFile(path, 'added', newMode);
        case 'D':
            return changedFile(path, 'removed', oldMode);
        case 'M':
        case 'T':
            return changedFile(path, 'modified', newMode);
        case 'R':
            return { ...changedFile(path, 'renamed', newMode), previousPath: entry.previousPath };
        default:
            throw new Error(`unexpected git diff status ${entry.status} for ${path}`);
    }
}
function applySection(files, section) {
    if (!files.has(section.path)) {
        throw new Error(`git patch has a section for ${JSON.stringify(section.path)}, which its file list lacks`);
    }
    const file = files.get(section.path);
    if (file === undefined)
        return;
    if (file.status === 'removed') {
        if (section.deletion)
            file.binary ||= section.binary;
        return;
    }
    // The deletion half of a file-type change (e.g. symlink → file) belongs to the base; a symlink head is
    // never read, so its target line is not an added line.
    if (section.deletion || file.binary)
        return;
    if (section.binary)
        file.binary = true;
    else
        file.addedLines = file.addedLines.length === 0 ? section.addedLines : file.addedLines.concat(section.addedLines);
}
/**
 * Files changed from `baseSha` to `headSha` in the repository at `root` (its top level), with the head lines
 * each adds. Both commits must be present (see ensureCommit). Submodules are left out; symlinks and files git
 * calls binary (by content or by a `-diff`/`binary` attribute) come with no added lines.
 */
async function gitChangeSet(root, baseSha, headSha) {
    (0,run_git/* assertCommitSha */.Kc)(baseSha);
    (0,run_git/* assertCommitSha */.Kc)(headSha);
    const raw = await (0,run_git/* runGitTextLater */.Lx)(root, ['diff-tree', '-z', '--raw', ...DIFF_OPTIONS, baseSha, headSha]);
    const files = new Map();
    for (const entry of (0,git_raw_diff/* parseRawDiff */.LP)(raw))
        files.set(entry.path, fileOfEntry(entry));
    await readPatchSections(root, ['diff-tree', '-p', '-U0', ...DIFF_OPTIONS, baseSha, headSha], (section) => applySection(files, section));
    const changed = [...files.values()].filter((file) => file !== undefined);
    const symlinks = new Set((0,git_raw_diff/* parseRawDiff */.LP)(raw).filter((entry) => entry.newMode === git_raw_diff/* SYMLINK_MODE */.GN).map((entry) => entry.path));
    await rediffTextCalledBinary(root, baseSha, headSha, changed.filter((file) => !symlinks.has(file.path)));
    changed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { baseSha, headSha, source: 'git', files: changed, truncated: false };
}
// Files larger than this keep git's word that they are binary: a real text file this big is rare, and
// re-diffing it would cost more than the change set's other work.
const REDIFF_MAX_BYTES = 8 * 1024 * 1024;
/**
 * A `-diff` or `binary` attribute — which a pull request can add in its own .gitattributes — makes git call
 * text files binary and print no lines, which would hide everything they add from the new-findings rules.
 * Files git calls binary whose head content is text are diffed again with `--text`.
 */
async function rediffTextCalledBinary(root, baseSha, headSha, files) {
    const candidates = files.filter((file) => file.binary && file.status !== 'removed');
    if (candidates.length === 0)
        return;
    const blobs = await (0,read_blobs/* readBlobs */.b)(root, headSha, candidates.map((file) => file.path), { maxBytes: REDIFF_MAX_BYTES });
    for (const file of candidates) {
        const read = blobs.get(file.path);
        if (read === undefined || !('content' in read) || decodeText(read.content) === undefined)
            continue;
        const paths = file.previousPath === undefined ? [file.path] : [file.previousPath, file.path];
        const patch = await (0,run_git/* runGitTextLater */.Lx)(root, ['diff-tree', '-p', '-U0', '--text', ...DIFF_OPTIONS, baseSha, headSha, '--', ...paths]);
        const hunks = patch.slice(Math.max(0, patch.indexOf('\n@@') + 1));
        file.addedLines = patch.includes('\n@@') ? addedLinesOfPatch(hunks) : [];
        file.binary = false;
    }
}

;// CONCATENATED MODULE: ./src/change/resolve-change.ts
// Gets the change set of a pull request (or push) and the base contents it needs, from git when git can
// reach the base commit, else from the pull-request files API. Never guesses base or head: they come from
// the caller (the event payload, or the CLI's --base).








/** Makes sure both commits are in the clone, fetching what is missing: a blocking git call of up to two minutes. */
function ensureChangeCommits(request) {
    return { base: ensureCommit(request.repositoryRoot, request.baseSha), head: ensureCommit(request.repositoryRoot, request.headSha) };
}
/** The change set of `request`, whose commits `ensureChangeCommits` has looked for. */
async function resolveChangeSet(request, { base, head }) {
    if (base.present && head.present) {
        const notes = base.fetched ? [`fetched the base commit ${request.baseSha.slice(0, 12)} (the checkout was shallow)`] : [];
        return { changeSet: await gitChangeSet(request.repositoryRoot, request.baseSha, request.headSha), baseReadable: true, notes };
    }
    const problem = (base.present ? head.problem : base.problem) ?? 'unknown reason';
    if (request.listFiles === undefined)
        return { unavailable: `git cannot reach the ${base.present ? 'head' : 'base'} commit: ${problem}` };
    const { files, truncated } = await request.listFiles();
    return {
        changeSet: { ...apiChangeSet(files, request.baseSha, request.headSha), truncated },
        baseReadable: false,
        notes: [
            `git cannot reach the base commit (${problem}); the changed lines came from the pull-request files API, and metric deltas need the base commit, so none are shown`,
        ],
    };
}
/**
 * Base texts of the changed files with the scan's skip rules, keyed by their path in the scanned folder, which
 * is `prefix` inside the repository; none without a readable base. Read without blocking this thread, so git
 * reads them while the scan goes on.
 */
async function readBaseTexts(request, resolved, prefix, maxFileBytes) {
    const texts = new Map();
    if (!resolved.baseReadable)
        return texts;
    const wanted = new Map();
    for (const file of relativeToScannedFolder(resolved.changeSet, prefix).files) {
        if (file.status === 'added' || file.binary)
            continue;
        const relative = file.previousPath ?? file.path;
        if (skipReasonByName(relative) === undefined)
            wanted.set(external_node_path_default().posix.join(prefix, relative), relative);
    }
    const blobs = await (0,read_blobs/* readBlobs */.b)(request.repositoryRoot, request.baseSha, [...wanted.keys()], { maxBytes: maxFileBytes });
    for (const [repositoryPath, read] of blobs) {
        if (!('content' in read))
            continue;
        const text = decodeText(read.content);
        const relative = wanted.get(repositoryPath);
        if (text !== undefined && relative !== undefined)
            texts.set(relative, text);
    }
    return texts;
}
function changeEvidenceOf(input) {
    const { request, resolved, prefix } = input;
    const changeSet = relativeToScannedFolder(resolved.changeSet, prefix);
    const evidence = computeChangeEvidence({
        change: changeSet,
        scan: input.scan,
        baseTexts: input.baseTexts,
        textCollectors: input.textCollectors,
        pathCollectors: input.pathCollectors,
        event: request.event,
        ...(request.baseRef === undefined ? {} : { baseRef: request.baseRef }),
        ...(request.pullRequest === undefined ? {} : { pullRequest: request.pullRequest }),
    });
    // Without base contents there is nothing to subtract: deltas would just restate the head.
    return { evidence: resolved.baseReadable ? evidence : { ...evidence, deltas: {} }, changeSet };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/collectors/structured-files.ts
const STRUCTURED_EXTENSION = /\.(ya?ml|json)$/i;
// Lockfiles and tool configs are JSON/YAML but never specs or manifests; skipping them saves a parse.
const NEVER_SPECS = new Set(['package.json', 'package-lock.json', 'composer.json', 'pnpm-lock.yaml', 'tsconfig.json']);
function isStructuredFile(file) {
    const basename = file.path.slice(file.path.lastIndexOf('/') + 1);
    return !file.isTest && STRUCTURED_EXTENSION.test(basename) && !NEVER_SPECS.has(basename);
}
/**
 * Helm charts and other Go/Jinja templates hold `{{ … }}`; until rendered they are not the YAML they
 * become, so they are neither read nor reported as broken.
 */
function isTemplate(text) {
    return text.includes('{{');
}
function isJsonPath(path) {
    return path.toLowerCase().endsWith('.json');
}

;// CONCATENATED MODULE: ./src/collectors/yaml-source.ts
// Reads YAML for the file collectors: parse safely, keep node ranges for line numbers, and walk
// mappings the way a YAML loader sees them (aliases followed, `<<` merge keys expanded).
//
// Aliases are resolved from one index built in a single pass. The `yaml` package's own
// `Alias.resolve` and `toJS` rescan the document for every alias, which is quadratic: a hostile
// file with 20,000 aliases takes seconds. Instead the index also sizes the document as a loader
// would expand it, and a file that expands far beyond its own size (an alias bomb) is an error.

// A file may expand to this many nodes, or ten times its own size if that is more; past that it is
// treated as an alias bomb (a billion laughs) rather than walked.
const MAX_EXPANDED_NODES = 100_000;
const MAX_EXPANSION_FACTOR = 10;
// Bounds the chains an alias or merge walk follows (an alias can name an anchor that is an alias).
const MAX_ALIAS_DEPTH = 20;
function parseYaml(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const aliasTargets = new Map();
    const lineAt = (node) => (node?.range ? lineCounter.linePos(node.range[0]).line : 0);
    try {
        const documents = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter, merge: true, uniqueKeys: false, prettyErrors: false });
        for (const document of documents) {
            const error = document.errors[0];
            if (error)
                return { ok: false, problem: { message: error.message, line: lineCounter.linePos(error.pos[0]).line } };
            const index = indexAliases(document, aliasTargets);
            if (index.dangling) {
                const message = `alias \`*${index.dangling.source}\` names no anchor before it`;
                return { ok: false, problem: { message, line: lineAt(index.dangling) } };
            }
            const limit = Math.max(MAX_EXPANDED_NODES, MAX_EXPANSION_FACTOR * index.nodes);
            if (expandedSize(document.contents, aliasTargets, new Map(), limit) > limit) {
                return { ok: false, problem: { message: `aliases expand to more than ${limit} nodes (an alias bomb)`, line: 0 } };
            }
        }
        return { ok: true, source: { documents: [...documents], lineCounter, aliasTargets } };
    }
    catch (error) {
        // The parser can still fail on pathological input (e.g. nesting deep enough to exhaust the stack).
        return { ok: false, problem: { message: error instanceof Error ? error.message : String(error), line: 0 } };
    }
}
/** Records every alias's target (document order, like a loader) and counts the nodes as written. */
function indexAliases(document, targets) {
    const anchors = new Map();
    let nodes = 0;
    let dangling;
    (0,dist/* visit */.YR)(document, {
        Node(_key, node) {
            nodes += 1;
            if ((0,dist/* isAlias */.Vj)(node)) {
                const target = anchors.get(node.source);
                if (target === undefined) {
                    dangling = node;
                    return dist/* visit */.YR.BREAK;
                }
                targets.set(node, target);
            }
            else if (node.anchor) {
                anchors.set(node.anchor, node);
            }
            return undefined;
        },
    });
    return dangling ? { nodes, dangling } : { nodes };
}
/** The node count of `node` with aliases expanded, memoised; stops counting past `limit`. */
function expandedSize(node, targets, sizes, limit) {
    const known = sizes.get(node);
    if (known !== undefined)
        return known;
    // An alias inside its own anchored node (a recursive structure) counts once instead of forever.
    sizes.set(node, 1);
    let size = 1;
    if ((0,dist/* isAlias */.Vj)(node)) {
        size = expandedSize(targets.get(node), targets, sizes, limit);
    }
    else if ((0,dist/* isCollection */.P3)(node)) {
        for (const item of node.items) {
            if ((0,dist/* isPair */.tO)(item)) {
                size += expandedSize(item.key, targets, sizes, limit) + expandedSize(item.value, targets, sizes, limit);
            }
            else {
                size += expandedSize(item, targets, sizes, limit);
            }
            if (size > limit)
                break;
        }
    }
    sizes.set(node, size);
    return size;
}
function yamlParseError(file, problem) {
    return { kind: 'parse.errors', file, line: problem.line, message: `invalid YAML: ${problem.message}` };
}
function lineOf(source, node) {
    const offset = node?.range?.[0];
    return offset === undefined ? 0 : source.lineCounter.linePos(offset).line;
}
/** Follows aliases to the node they name. */
function resolved(source, node) {
    let current = node;
    for (let depth = 0; depth < MAX_ALIAS_DEPTH && (0,dist/* isAlias */.Vj)(current); depth++) {
        current = source.aliasTargets.get(current) ?? null;
    }
    return (0,dist/* isMap */.jh)(current) || (0,dist/* isSeq */.oP)(current) || (0,dist/* isScalar */.jn)(current) ? current : null;
}
/** The document's top-level mapping, or null when the document is empty or not a mapping. */
function rootMapping(source, document) {
    const contents = resolved(source, document.contents);
    return (0,dist/* isMap */.jh)(contents) ? contents : null;
}
/**
 * The entries of a mapping as a loader sees them: explicit keys first, then keys brought in by
 * `<<` merges that the mapping does not set itself. Keys that are not scalars are skipped.
 */
function mappingEntries(source, node) {
    const entries = [];
    collectEntries(source, resolved(source, node), entries, new Set(), new Set(), 0);
    return entries;
}
/** The entry for `key` in a mapping, aliases and merges followed. */
function mappingEntry(source, node, key) {
    return mappingEntries(source, node).find((entry) => entry.key === key);
}
/** A scalar's value as text, or undefined for collections, nulls and missing nodes. */
function scalarText(node) {
    if (!(0,dist/* isScalar */.jn)(node) || node.value === null || node.value === undefined)
        return undefined;
    return String(node.value);
}
function collectEntries(source, map, entries, seenKeys, seenMaps, depth) {
    // Each mapping is read once per walk, so merges of merges stay linear in the file's size.
    if (!(0,dist/* isMap */.jh)(map) || seenMaps.has(map) || depth > MAX_ALIAS_DEPTH)
        return;
    seenMaps.add(map);
    const mergeSources = [];
    for (const pair of map.items) {
        const key = pair.key;
        if (!(0,dist/* isScalar */.jn)(key))
            continue;
        if (typeof key.value === 'symbol') {
            mergeSources.push(pair.value);
            continue;
        }
        const name = String(key.value);
        if (seenKeys.has(name))
            continue;
        seenKeys.add(name);
        entries.push({ key: name, line: lineOf(source, key), value: resolved(source, pair.value) });
    }
    for (const mergeSource of mergeSources) {
        const target = resolved(source, mergeSource);
        const maps = (0,dist/* isSeq */.oP)(target) ? target.items.map((item) => resolved(source, item)) : [target];
        for (const merged of maps)
            collectEntries(source, merged, entries, seenKeys, seenMaps, depth + 1);
    }
}

;// CONCATENATED MODULE: ./src/collectors/api-docs.ts
// `api.openapi-files`: OpenAPI 3.x and Swagger 2.0 documents in JSON or YAML. A document counts when its
// top level has `openapi: 3.x` or `swagger: "2.0"` and an `info` or `paths` mapping. A file whose text
// declares the version key at the top but does not parse is a `parse.errors` finding (templates aside).



// YAML: the key at column 0. JSON: the quoted key anywhere (JSON may be laid out any way).
const YAML_VERSION_KEY = /^["']?(?:openapi|swagger)["']?\s*:/m;
const JSON_VERSION_KEY = /"(?:openapi|swagger)"\s*:/;
const apiDocs = {
    id: 'api-docs',
    wants: isStructuredFile,
    collect(file, text) {
        const json = isJsonPath(file.path);
        if (!(json ? JSON_VERSION_KEY : YAML_VERSION_KEY).test(text))
            return [];
        const parsed = parseYaml(text);
        if (!parsed.ok) {
            if (isTemplate(text))
                return [];
            const message = `invalid ${json ? 'JSON' : 'YAML'} in what looks like an OpenAPI document: ${parsed.problem.message}`;
            return [{ kind: 'parse.errors', file: file.path, line: parsed.problem.line, message }];
        }
        const { source } = parsed;
        const document = source.documents[0];
        const root = document ? rootMapping(source, document) : null;
        const openapi = mappingEntry(source, root, 'openapi');
        const swagger = mappingEntry(source, root, 'swagger');
        const version = scalarText(openapi?.value ?? swagger?.value ?? null);
        const versionEntry = openapi ?? swagger;
        const validVersion = openapi !== undefined ? /^3\.\d+(\.\d+)?/.test(version ?? '') : /^2(\.0)?$/.test(version ?? '');
        const info = mappingEntry(source, root, 'info');
        const paths = mappingEntry(source, root, 'paths');
        if (versionEntry === undefined || !validVersion || !((0,dist/* isMap */.jh)(info?.value) || (0,dist/* isMap */.jh)(paths?.value)))
            return [];
        const pathCount = mappingEntries(source, paths?.value).length;
        return [
            {
                kind: 'api.openapi-files',
                file: file.path,
                line: versionEntry.line || lineOf(source, versionEntry.value),
                message: `${openapi ? 'OpenAPI' : 'Swagger'} ${version} document with ${pathCount} path${pathCount === 1 ? '' : 's'}`,
                data: { spec: openapi ? 'openapi' : 'swagger', version: version ?? '', format: json ? 'json' : 'yaml', paths: pathCount },
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/collectors/ci-other-systems.ts
// These systems read their configuration from the repository root only.
const ROOT_FILES = {
    '.gitlab-ci.yml': { system: 'gitlab', message: 'GitLab CI configuration' },
    '.circleci/config.yml': { system: 'circleci', message: 'CircleCI configuration' },
    'azure-pipelines.yml': { system: 'azure-pipelines', message: 'Azure Pipelines configuration' },
    '.travis.yml': { system: 'travis', message: 'Travis CI configuration' },
    'bitbucket-pipelines.yml': { system: 'bitbucket', message: 'Bitbucket Pipelines configuration' },
};
// A Jenkins job can point at a Jenkinsfile in any folder, so one counts wherever it is.
const JENKINS = { system: 'jenkins', message: 'Jenkins pipeline' };
const ciOtherSystems = {
    id: 'ci-other-systems',
    collect(files) {
        const findings = [];
        for (const file of files) {
            const system = Object.hasOwn(ROOT_FILES, file.path) ? ROOT_FILES[file.path] : jenkinsfile(file.path);
            if (system) {
                findings.push({ kind: 'ci.other', file: file.path, line: 0, message: system.message, data: { system: system.system } });
            }
        }
        return findings;
    },
};
function jenkinsfile(path) {
    return path === 'Jenkinsfile' || path.endsWith('/Jenkinsfile') ? JENKINS : undefined;
}

;// CONCATENATED MODULE: ./src/collectors/ci-deploy-gates.ts
// Which deploy jobs run without tests before them. A job waits for the jobs in its `needs:` (and
// theirs), so a deploy is gated by tests when it, or a job it needs directly or transitively within
// the same workflow, runs tests. Two gates this one file cannot see are trusted rather than reported:
// - a job in the chain calls a reusable workflow (`uses:` at job level): this collector reads one file
//   at a time, so what that workflow runs is unknown;
// - the workflow starts on `workflow_run` and the deploy job or a job it needs checks
//   `github.event.workflow_run.conclusion`: `workflow_run` fires when the named workflow completes,
//   even when it failed, so only a conclusion check makes it a gate.
//   https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#running-a-workflow-based-on-the-conclusion-of-another-workflow


/** The job names in `needs: x` or `needs: [x, y]`. */
function jobNeeds(source, job) {
    const needs = resolved(source, mappingEntry(source, job.value, 'needs')?.value);
    if ((0,dist/* isSeq */.oP)(needs))
        return needs.items.flatMap((item) => scalarText(resolved(source, item)) ?? []);
    const single = scalarText(needs);
    return single === undefined ? [] : [single];
}
function checksRunConclusion(source, job) {
    return /workflow_run\s*\.\s*conclusion/.test(scalarText(mappingEntry(source, job.value, 'if')?.value ?? null) ?? '');
}
/** The deploy jobs with no test job before them, each with the jobs it needs (transitively). */
function deploysWithoutTests(jobs, startsOnWorkflowRun) {
    const byName = new Map(jobs.map((job) => [job.job, job]));
    const gaps = [];
    for (const job of jobs) {
        if (!job.deploys)
            continue;
        const upstream = upstreamJobs(job, byName);
        const chain = [job, ...upstream.flatMap((name) => byName.get(name) ?? [])];
        if (chain.some((member) => member.runsTests || member.callsWorkflow))
            continue;
        if (startsOnWorkflowRun && chain.some((member) => member.checksRunConclusion))
            continue;
        gaps.push({ job, upstream });
    }
    return gaps;
}
/** Every job `job` waits for, nearest first; unknown names and cycles are ignored. */
function upstreamJobs(job, byName) {
    const seen = new Set([job.job]);
    const order = [];
    const queue = [...job.needs];
    while (queue.length > 0) {
        const name = queue.shift();
        const needed = byName.get(name);
        if (seen.has(name) || needed === undefined)
            continue;
        seen.add(name);
        order.push(name);
        queue.push(...needed.needs);
    }
    return order;
}

;// CONCATENATED MODULE: ./src/collectors/ci-command-words.ts
// Small readers for the words of one shell command (as split by ci-shell-commands.ts), shared by the
// CI command classifiers.
const SHELL_KEYWORDS = new Set(['then', 'do', 'else', 'elif', 'if', 'while', 'until', '!', '{', 'time', 'exec', 'command', 'nohup']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
/** The words from the command's name on: leading shell keywords and `VAR=value` assignments dropped. */
function commandStart(words) {
    let i = 0;
    while (i < words.length && (SHELL_KEYWORDS.has(words[i]) || ASSIGNMENT.test(words[i])))
        i += 1;
    return words.slice(i);
}
/** `./node_modules/.bin/eslint` → `eslint`; `.\gradlew.bat` → `gradlew`; `trivy.exe` → `trivy`. */
function commandName(command) {
    const base = command.slice(Math.max(command.lastIndexOf('/'), command.lastIndexOf('\\')) + 1);
    return base.replace(/\.(exe|cmd|bat)$/i, '');
}
/** The words that are not options (or option values) nor `VAR=value` assignments. */
function operands(args, valueFlags = []) {
    const found = [];
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg.startsWith('-')) {
            if (valueFlags.includes(arg))
                i += 1;
        }
        else if (!ASSIGNMENT.test(arg))
            found.push(arg);
    }
    return found;
}
/**
 * The words after leading options (and their values, for `valueFlags`), `--`, `positional` values (the
 * duration of `timeout 10m`) and assignments.
 */
function afterOptions(args, valueFlags = [], positional = 0) {
    let i = 0;
    while (i < args.length && args[i].startsWith('-')) {
        const arg = args[i];
        i += valueFlags.includes(arg) ? 2 : 1;
        if (arg === '--')
            break;
    }
    i += positional;
    while (i < args.length && ASSIGNMENT.test(args[i]))
        i += 1;
    return args.slice(i);
}
/** True when one of `flags` is given, alone or as `--flag=value`. */
function hasFlag(args, flags) {
    return args.some((arg) => flags.includes(arg) || flags.some((flag) => flag.startsWith('--') && arg.startsWith(`${flag}=`)));
}
function shorten(command) {
    return command.length <= 80 ? command : `${command.slice(0, 79)}…`;
}

;// CONCATENATED MODULE: ./src/collectors/ci-purpose-tools.ts
// What a CI command does, read from its name and arguments: lint, build, security scan or deploy.
// Wrappers, package-manager scripts and task runners are looked through in ci-purpose-commands.ts;
// this table knows the tools themselves. A tool is listed only when its usual CI use is unambiguous
// (`prettier` lints only with `--check`; `vercel` deploys to production only with `--prod`).

const NONE = [];
const always = (...purposes) => () => purposes;
const withFlag = (flags, ...purposes) => (args) => (hasFlag(args, flags) ? purposes : NONE);
/** By the first operand (the subcommand); `'*'` is any other subcommand, or none. */
const bySubcommand = (table, valueFlags = []) => {
    const entries = new Map(Object.entries(table));
    return (args) => {
        const [subcommand] = operands(args, valueFlags);
        const found = entries.get(subcommand ?? '*') ?? entries.get('*') ?? NONE;
        return typeof found === 'function' ? found(args.slice(args.indexOf(subcommand ?? '') + 1)) : found;
    };
};
/** Any operand is one of `words`, e.g. the `deploy` of `gcloud run deploy` or `cap production deploy`. */
const withOperand = (words, ...purposes) => (args) => operands(args).some((word) => words.includes(word)) ? purposes : NONE;
const LINT = ['lint'];
const BUILD = ['build'];
const SCAN = ['security-scan'];
const DEPLOY = ['deploy'];
const MAVEN_VALUE_FLAGS = ['-f', '--file', '-pl', '--projects', '-P', '--activate-profiles', '-s', '--settings', '-gs', '--global-settings', '-T', '--threads', '-rf', '--resume-from', '-t', '--toolchains', '-l', '--log-file', '-b', '--builder', '-D'];
const GRADLE_VALUE_FLAGS = ['-x', '--exclude-task', '-p', '--project-dir', '-b', '--build-file', '-c', '--settings-file', '-g', '--gradle-user-home', '-I', '--init-script', '-D', '-P', '--console'];
/** Maven phases and plugin goals. `verify` and later phases package the project; `deploy` uploads it. */
function mavenPurposes(args) {
    const purposes = new Set();
    for (const goal of operands(args, MAVEN_VALUE_FLAGS)) {
        if (['compile', 'package', 'verify', 'install', 'deploy'].includes(goal))
            purposes.add('build');
        if (goal === 'deploy')
            purposes.add('deploy');
        if (/(^|:)(checkstyle|spotless|pmd|spotbugs|cpd)[\w-]*:(check|cpd-check)$/.test(goal))
            purposes.add('lint');
        if (goal.includes('dependency-check'))
            purposes.add('security-scan');
    }
    return [...purposes];
}
/** Gradle tasks, also as `:app:task`; `publishToMavenLocal` stays on the runner, so it is not a deploy. */
function gradlePurposes(args) {
    const purposes = new Set();
    for (const task of operands(args, GRADLE_VALUE_FLAGS)) {
        const name = task.slice(task.lastIndexOf(':') + 1);
        if (/^(build|assemble\w*|jar|bootJar|shadowJar|bootBuildImage|installDist|dist(Zip|Tar))$/.test(name))
            purposes.add('build');
        if (/^publish/.test(name) && name !== 'publishToMavenLocal')
            purposes.add('deploy');
        if (/^(spotlessCheck|ktlintCheck|detekt|checkstyle\w*|pmd\w*|spotbugs\w*|lint\w*)$/.test(name))
            purposes.add('lint');
        if (/^dependencyCheck/.test(name))
            purposes.add('security-scan');
    }
    return [...purposes];
}
const dockerBuild = (args) => (hasFlag(args, ['--push']) ? ['build', 'deploy'] : BUILD);
/** `docker build|push…`, `docker buildx build|bake --push`, `docker compose build|push`, `docker scout cves`. */
const docker = bySubcommand({
    build: dockerBuild,
    push: DEPLOY,
    image: bySubcommand({ build: BUILD, push: DEPLOY }),
    manifest: bySubcommand({ push: DEPLOY }),
    buildx: bySubcommand({ build: dockerBuild, bake: dockerBuild, imagetools: bySubcommand({ create: DEPLOY }) }, ['--builder']),
    compose: bySubcommand({ build: BUILD, push: DEPLOY }, ['-f', '--file', '-p', '--project-name', '--profile', '--env-file']),
    stack: bySubcommand({ deploy: DEPLOY }),
    scout: bySubcommand({ cves: SCAN, quickview: SCAN, recommendations: SCAN }),
}, ['-H', '--host', '-c', '--context', '--config']);
/** `cargo +nightly clippy` names a toolchain first; `cargo deny check` audits advisories unless other checks are named. */
const cargo = bySubcommand({
    build: BUILD, clippy: LINT, fmt: withFlag(['--check'], 'lint'), audit: SCAN, publish: DEPLOY,
    deny: (args) => {
        const checks = operands(args).filter((word) => word !== 'check');
        return checks.length === 0 || checks.includes('advisories') ? SCAN : NONE;
    },
}, ['-Z', '--config', '-C']);
const terraform = bySubcommand({ apply: DEPLOY, validate: LINT, fmt: withFlag(['-check', '--check'], 'lint') }, ['-chdir']);
/** Command name → purposes. Maps, not object literals, so a command named `constructor` finds nothing. */
const PURPOSE_TOOLS = new Map(Object.entries({
    // Linters, formatters in check mode, and type checkers (a type check is static analysis, like lint).
    eslint: always('lint'), flake8: always('lint'), pylint: always('lint'), mypy: always('lint'), pyright: always('lint'),
    basedpyright: always('lint'), 'golangci-lint': always('lint'), staticcheck: always('lint'), revive: always('lint'),
    rubocop: always('lint'), standardrb: always('lint'), shellcheck: always('lint'), hadolint: always('lint'),
    actionlint: always('lint'), yamllint: always('lint'), markdownlint: always('lint'), 'markdownlint-cli2': always('lint'),
    stylelint: always('lint'), oxlint: always('lint'), ktlint: always('lint'), detekt: always('lint'), phpcs: always('lint'),
    phpstan: always('lint'), psalm: always('lint'), swiftlint: always('lint'), tflint: always('lint'), 'clang-tidy': always('lint'),
    'vue-tsc': always('lint'), 'svelte-check': always('lint'), xo: always('lint'),
    ruff: bySubcommand({ format: withFlag(['--check', '--diff'], 'lint'), '*': LINT }),
    black: withFlag(['--check', '--diff'], 'lint'),
    isort: withFlag(['--check', '--check-only', '-c', '--diff'], 'lint'),
    prettier: withFlag(['--check', '-c', '--list-different', '-l'], 'lint'),
    gofmt: withFlag(['-l', '-d'], 'lint'),
    'clang-format': withFlag(['--dry-run', '-n', '--Werror'], 'lint'),
    'php-cs-fixer': withFlag(['--dry-run'], 'lint'),
    'pre-commit': bySubcommand({ run: LINT }),
    biome: bySubcommand({ check: LINT, lint: LINT, ci: LINT }),
    buf: bySubcommand({ lint: LINT, build: BUILD, push: DEPLOY }),
    sqlfluff: bySubcommand({ lint: LINT }),
    deno: bySubcommand({ lint: LINT, fmt: withFlag(['--check'], 'lint'), compile: BUILD }),
    mix: bySubcommand({ credo: LINT, format: withFlag(['--check-formatted'], 'lint'), compile: BUILD, 'hex.publish': DEPLOY }),
    tsc: (args) => (hasFlag(args, ['--noEmit']) ? LINT : BUILD),
    // Builders.
    webpack: always('build'), rollup: always('build'), esbuild: always('build'), tsup: always('build'), msbuild: always('build'),
    xcodebuild: always('build'), 'pyproject-build': always('build'), packer: bySubcommand({ build: BUILD }),
    vite: bySubcommand({ build: BUILD }), next: bySubcommand({ build: BUILD }), ng: bySubcommand({ build: BUILD }),
    cmake: withFlag(['--build'], 'build'), bazel: bySubcommand({ build: BUILD }), bazelisk: bySubcommand({ build: BUILD }),
    swift: bySubcommand({ build: BUILD }), zig: bySubcommand({ build: BUILD }), maturin: bySubcommand({ build: BUILD, publish: DEPLOY }),
    gem: bySubcommand({ build: BUILD, push: DEPLOY }),
    podman: bySubcommand({ build: BUILD, push: DEPLOY }), nerdctl: bySubcommand({ build: BUILD, push: DEPLOY }),
    buildah: bySubcommand({ bud: BUILD, build: BUILD, push: DEPLOY }),
    docker,
    mvn: mavenPurposes, mvnw: mavenPurposes, gradle: gradlePurposes, gradlew: gradlePurposes,
    go: bySubcommand({ build: BUILD, vet: LINT }),
    cargo: (args) => cargo(args.filter((arg) => !arg.startsWith('+'))),
    cross: bySubcommand({ build: BUILD }),
    dotnet: bySubcommand({
        build: BUILD, publish: BUILD, pack: BUILD,
        format: withFlag(['--verify-no-changes'], 'lint'),
        nuget: bySubcommand({ push: DEPLOY }),
        list: withFlag(['--vulnerable'], 'security-scan'),
    }),
    goreleaser: bySubcommand({ build: BUILD, release: (args) => (hasFlag(args, ['--snapshot']) ? BUILD : ['build', 'deploy']) }),
    // Security scanners: dependency audits, SAST, secret and image scanners.
    gitleaks: always('security-scan'), trufflehog: always('security-scan'), semgrep: always('security-scan'),
    bandit: always('security-scan'), 'pip-audit': always('security-scan'), govulncheck: always('security-scan'),
    gosec: always('security-scan'), 'osv-scanner': always('security-scan'), trivy: always('security-scan'),
    grype: always('security-scan'), 'bundle-audit': always('security-scan'), 'bundler-audit': always('security-scan'),
    brakeman: always('security-scan'), checkov: always('security-scan'), tfsec: always('security-scan'),
    kics: always('security-scan'), zizmor: always('security-scan'), retire: always('security-scan'),
    'audit-ci': always('security-scan'), 'better-npm-audit': always('security-scan'), nancy: always('security-scan'),
    'dependency-check': always('security-scan'), 'dependency-check.sh': always('security-scan'),
    safety: bySubcommand({ check: SCAN, scan: SCAN }),
    snyk: bySubcommand({ test: SCAN, monitor: SCAN, code: SCAN, container: SCAN, iac: SCAN }),
    composer: bySubcommand({ audit: SCAN }),
    codeql: bySubcommand({ database: bySubcommand({ analyze: SCAN }) }),
    // Deploys and releases: to a cluster, a cloud, a host, a package registry or a GitHub release.
    kubectl: bySubcommand({ apply: DEPLOY, replace: DEPLOY, set: DEPLOY, patch: DEPLOY, rollout: bySubcommand({ restart: DEPLOY }) }, ['-n', '--namespace', '--context', '--kubeconfig']),
    helm: bySubcommand({ upgrade: DEPLOY, install: DEPLOY, push: DEPLOY, lint: LINT, package: BUILD }, ['-n', '--namespace', '--kube-context']),
    helmfile: bySubcommand({ apply: DEPLOY, sync: DEPLOY, deploy: DEPLOY }, ['-f', '--file', '-e', '--environment']),
    terraform, tofu: terraform,
    pulumi: bySubcommand({ up: DEPLOY }), cdk: bySubcommand({ deploy: DEPLOY }),
    serverless: bySubcommand({ deploy: DEPLOY }), sls: bySubcommand({ deploy: DEPLOY }), sam: bySubcommand({ deploy: DEPLOY }),
    flyctl: bySubcommand({ deploy: DEPLOY }), fly: bySubcommand({ deploy: DEPLOY }),
    vercel: withFlag(['--prod'], 'deploy'), netlify: (args) => (operands(args)[0] === 'deploy' && hasFlag(args, ['--prod']) ? DEPLOY : NONE),
    wrangler: bySubcommand({ deploy: DEPLOY, publish: DEPLOY, pages: bySubcommand({ deploy: DEPLOY }) }),
    firebase: bySubcommand({ deploy: DEPLOY }), gcloud: withOperand(['deploy'], 'deploy'), eb: bySubcommand({ deploy: DEPLOY }),
    aws: bySubcommand({
        ecs: bySubcommand({ 'update-service': DEPLOY }), cloudformation: bySubcommand({ deploy: DEPLOY }),
        lambda: bySubcommand({ 'update-function-code': DEPLOY }), deploy: bySubcommand({ 'create-deployment': DEPLOY }),
    }, ['--region', '--profile', '--output']),
    az: bySubcommand({
        webapp: bySubcommand({ deploy: DEPLOY, up: DEPLOY }), containerapp: bySubcommand({ update: DEPLOY, up: DEPLOY }),
        functionapp: bySubcommand({ deployment: DEPLOY }),
    }),
    heroku: bySubcommand({ 'container:release': DEPLOY }), kamal: bySubcommand({ deploy: DEPLOY }), cap: withOperand(['deploy'], 'deploy'),
    skaffold: bySubcommand({ run: DEPLOY, deploy: DEPLOY }), argocd: bySubcommand({ app: bySubcommand({ sync: DEPLOY }) }),
    railway: bySubcommand({ up: DEPLOY }), fastapi: bySubcommand({ deploy: DEPLOY }), mkdocs: bySubcommand({ 'gh-deploy': DEPLOY }),
    gh: bySubcommand({ release: bySubcommand({ create: DEPLOY, upload: DEPLOY }) }, ['-R', '--repo']),
    'gh-pages': always('deploy'), 'semantic-release': always('deploy'),
    twine: bySubcommand({ upload: DEPLOY }), flit: bySubcommand({ build: BUILD, publish: DEPLOY }),
    changeset: bySubcommand({ publish: DEPLOY }), lerna: bySubcommand({ publish: DEPLOY }),
    vsce: bySubcommand({ publish: DEPLOY, package: BUILD }), ovsx: bySubcommand({ publish: DEPLOY }), nuget: bySubcommand({ push: DEPLOY }),
}));

;// CONCATENATED MODULE: ./src/collectors/ci-shell-commands.ts
// A small shell reader for CI `run:` scripts: it splits a script into simple commands the way a
// shell would (quotes, comments, line continuations, heredoc bodies, `&&`, `|`, `;`, `$(`…) so the
// first word of each command is the command. It never expands variables or runs anything.
/** Splits a script into simple commands (lists of words), dropping comments and heredoc bodies. */
function shellCommands(script) {
    const commands = [];
    let words = [];
    let word = '';
    let inWord = false;
    let heredocs = [];
    const endWord = () => {
        if (inWord)
            words.push(word);
        word = '';
        inWord = false;
    };
    const endCommand = () => {
        endWord();
        if (words.length > 0)
            commands.push(words);
        words = [];
    };
    let i = 0;
    while (i < script.length) {
        const c = script[i];
        const next = script[i + 1];
        if (c === '\\' && (next === '\n' || (next === '\r' && script[i + 2] === '\n'))) {
            i += next === '\n' ? 2 : 3;
        }
        else if (c === '\\' && next !== undefined && SHELL_SPECIAL.has(next)) {
            word += next;
            inWord = true;
            i += 2;
        }
        else if (c === "'" || c === '"') {
            const end = closingQuote(script, i);
            word += script.slice(i + 1, end);
            inWord = true;
            i = end + 1;
        }
        else if (c === '$' && next === '{' && script[i + 2] === '{') {
            // A GitHub expression is one word even when it holds spaces or `||`.
            const end = script.indexOf('}}', i + 3);
            const stop = end === -1 ? script.length : end + 2;
            word += script.slice(i, stop);
            inWord = true;
            i = stop;
        }
        else if (c === '$' && next === '(') {
            endCommand();
            i += 2;
        }
        else if (c === '#' && !inWord) {
            const end = script.indexOf('\n', i);
            i = end === -1 ? script.length : end;
        }
        else if (c === '\n') {
            endCommand();
            i = skipHeredocBodies(script, i + 1, heredocs);
            heredocs = [];
        }
        else if (c === ' ' || c === '\t' || c === '\r') {
            endWord();
            i += 1;
        }
        else if (COMMAND_SEPARATORS.has(c) && !isRedirection(c, word)) {
            endCommand();
            i += 1;
        }
        else if (c === '<' && next === '<' && script[i + 2] !== '<') {
            endWord();
            i = readHeredocOperator(script, i + 2, heredocs);
        }
        else {
            word += c;
            inWord = true;
            i += 1;
        }
    }
    endCommand();
    return commands;
}
const COMMAND_SEPARATORS = new Set([';', '&', '|', '(', ')', '`']);
const HEREDOC_DELIMITER_END = new Set([' ', '\t', '\r', '\n', ';', '&', '|', '<', '>', '(', ')', '`']);
// Only these are escaped by a backslash; elsewhere it is kept so Windows paths (`.\gradlew.bat`)
// survive in PowerShell and cmd steps.
const SHELL_SPECIAL = new Set([' ', '\t', '\\', '"', "'", '$', '`', ';', '&', '|', '(', ')', '<', '>', '#', '*', '?']);
/** The `&` of `2>&1` or `<&3` duplicates a file descriptor; it does not end the command. */
function isRedirection(c, word) {
    return c === '&' && (word.endsWith('>') || word.endsWith('<'));
}
function closingQuote(script, open) {
    const quote = script[open];
    let i = open + 1;
    while (i < script.length && script[i] !== quote)
        i += quote === '"' && script[i] === '\\' ? 2 : 1;
    return Math.min(i, script.length);
}
function readHeredocOperator(script, start, heredocs) {
    let i = start;
    const stripTabs = script[i] === '-';
    if (stripTabs)
        i += 1;
    while (script[i] === ' ' || script[i] === '\t')
        i += 1;
    let delimiter = '';
    while (i < script.length && !HEREDOC_DELIMITER_END.has(script[i])) {
        const c = script[i];
        if (c !== "'" && c !== '"' && c !== '\\')
            delimiter += c;
        i += 1;
    }
    if (delimiter !== '')
        heredocs.push({ delimiter, stripTabs });
    return i;
}
function skipHeredocBodies(script, start, heredocs) {
    let i = start;
    for (const heredoc of heredocs) {
        while (i < script.length) {
            const newline = script.indexOf('\n', i);
            const end = newline === -1 ? script.length : newline;
            let line = script.slice(i, end).replace(/\r$/, '');
            if (heredoc.stripTabs)
                line = line.replace(/^\t+/, '');
            i = end + 1;
            if (line === heredoc.delimiter)
                break;
        }
    }
    return Math.min(i, script.length);
}

;// CONCATENATED MODULE: ./src/collectors/ci-purpose-commands.ts
// Decides what a CI `run:` script does besides testing: lint, build, security scan, deploy. The
// script is split into simple commands (ci-shell-commands.ts); each command is read from its name
// after looking through wrappers (`npx`, `uv run`, `bundle exec`, `sudo`, `bash -c '…'`), package
// manager scripts (`npm run lint`, `pnpm -r build`, `yarn npm publish`), task runners (`make lint`,
// `tox -e typing`, `nx run-many -t build`) and `python -m` / `go run`; the tool left is looked up in
// ci-purpose-tools.ts. Like the test detector, `echo docker push` is not a deploy: `echo` is the command.



/** Each purpose the script shows, with the first command that shows it, in script order. */
function commandPurposes(script) {
    const found = [];
    for (const words of shellCommands(script)) {
        const command = commandStart(words);
        for (const purpose of purposesOf(command, 0)) {
            if (!found.some((entry) => entry.purpose === purpose))
                found.push({ purpose, command: shorten(command.join(' ')) });
        }
    }
    return found;
}
const WRAPPERS = new Map(Object.entries({
    npx: { valueFlags: ['-p', '--package'] },
    bunx: { valueFlags: ['-p', '--package'] },
    pnpx: {},
    uvx: { valueFlags: ['--from', '--with', '--python', '-p'] },
    poetry: { subcommand: 'run' },
    uv: { subcommand: 'run', valueFlags: ['--with', '--python', '-p', '--extra', '--group', '--only-group', '--package', '--directory', '--project', '--env-file'] },
    pipenv: { subcommand: 'run' },
    rye: { subcommand: 'run' },
    pdm: { subcommand: 'run' },
    hatch: { subcommand: 'run', valueFlags: ['-e', '--env'] },
    bundle: { subcommand: 'exec' },
    sudo: { valueFlags: ['-u', '-g', '-U', '-C', '-p', '-h'] },
    env: { valueFlags: ['-u', '--unset', '-C', '--chdir'] },
    'cross-env': {},
    timeout: { valueFlags: ['-k', '--kill-after', '-s', '--signal'], positional: 1 },
    nice: { valueFlags: ['-n'] },
    'xvfb-run': { valueFlags: ['-s', '--server-args', '-n', '--server-num'] },
}));
// Python packaging front ends that build and publish without a `run` (`uv build`, `poetry publish`).
const PACKAGING = new Map(['uv', 'poetry', 'pdm', 'hatch'].map((tool) => [tool, new Map([['build', 'build'], ['publish', 'deploy']])]));
PACKAGING.set('bundle', new Map([['audit', 'security-scan']]));
const PACKAGE_MANAGER_VALUE_FLAGS = new Map([
    ['npm', ['--prefix', '-w', '--workspace', '-C']],
    ['pnpm', ['--filter', '-F', '-C', '--dir', '--reporter']],
    ['yarn', ['--cwd']],
    ['bun', ['--cwd', '--filter']],
]);
function purposesOf(words, depth) {
    const command = commandStart(words);
    const first = command[0];
    if (first === undefined || depth > 8)
        return [];
    const name = commandName(first);
    const args = command.slice(1);
    if ((name === 'bash' || name === 'sh') && args[0] === '-c' && args[1] !== undefined) {
        return shellCommands(args[1]).flatMap((inner) => purposesOf(inner, depth + 1));
    }
    const managerValueFlags = PACKAGE_MANAGER_VALUE_FLAGS.get(name);
    if (managerValueFlags)
        return packageManagerPurposes(name, managerValueFlags, args, depth);
    if (/^(python(\d+(\.\d+)*)?|py|pypy\d*)$/.test(name))
        return pythonPurposes(args, depth);
    if (name === 'go' && (args[0] === 'run' || args[0] === 'tool'))
        return goToolPurposes(args.slice(1), depth);
    const tasks = taskRunnerTasks(name, args);
    if (tasks !== undefined)
        return tasks.flatMap(taskPurposes);
    const packaging = PACKAGING.get(name)?.get(args[0] ?? '');
    if (packaging !== undefined)
        return [packaging];
    const tool = PURPOSE_TOOLS.get(name);
    if (tool)
        return tool(args);
    const wrapper = WRAPPERS.get(name);
    if (!wrapper)
        return [];
    let rest = args;
    if (wrapper.subcommand !== undefined) {
        if (args[0] !== wrapper.subcommand)
            return [];
        rest = args.slice(1);
    }
    const wrapped = afterOptions(rest, wrapper.valueFlags ?? []).slice(wrapper.positional ?? 0);
    const purposes = purposesOf(wrapped, depth + 1);
    // `pdm run` and `hatch run` also run the project's own scripts by name (`pdm run lint`).
    return purposes.length === 0 && (name === 'pdm' || name === 'hatch') && wrapped[0] !== undefined ? taskPurposes(wrapped[0]) : purposes;
}
/** `npm run lint`, `pnpm -r build`, `yarn workspace web build`, `npm publish`, `yarn npm audit`, `pnpm exec eslint`… */
function packageManagerPurposes(manager, valueFlags, args, depth) {
    let i = 0;
    while (i < args.length) {
        const arg = args[i];
        if (arg.startsWith('-'))
            i += valueFlags.includes(arg) ? 2 : 1;
        else if (manager === 'yarn' && arg === 'workspace')
            i += 2;
        else if (manager === 'yarn' && arg === 'npm')
            i += 1;
        else
            break;
    }
    const subcommand = args[i];
    const rest = args.slice(i + 1);
    if (subcommand === undefined)
        return [];
    if (subcommand === 'publish')
        return ['deploy'];
    if (subcommand === 'audit')
        return rest[0] === 'fix' ? [] : ['security-scan'];
    if (subcommand === 'pack')
        return ['build'];
    if (manager === 'bun' && subcommand === 'build')
        return ['build'];
    if (['run', 'run-script', 'rum', 'urn'].includes(subcommand)) {
        const script = afterOptions(rest, valueFlags);
        return script[0] === undefined ? [] : taskPurposes(script[0]);
    }
    if (['exec', 'dlx', 'x'].includes(subcommand))
        return purposesOf(afterOptions(rest, valueFlags), depth + 1);
    // npm runs only its own subcommands; the others also run a script or a binary by its bare name.
    if (manager === 'npm')
        return [];
    const asScript = taskPurposes(subcommand);
    return asScript.length > 0 ? asScript : purposesOf([subcommand, ...rest], depth + 1);
}
/** `python -m build`, `python3 -m mypy`, `python -m twine upload`, `python setup.py sdist`. */
function pythonPurposes(args, depth) {
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '-m') {
            const [module, ...rest] = args.slice(i + 1);
            if (module === undefined)
                return [];
            // Modules are named with underscores where their commands use dashes: pip_audit is pip-audit.
            if (module === 'build')
                return ['build'];
            return purposesOf([module.replace(/_/g, '-'), ...rest], depth + 1);
        }
        if (arg === '-c')
            return [];
        if (arg === '-W' || arg === '-X')
            i += 1;
        else if (!arg.startsWith('-'))
            return arg.endsWith('setup.py') ? setupPyPurposes(args.slice(i + 1)) : [];
    }
    return [];
}
function setupPyPurposes(args) {
    const commands = operands(args);
    const purposes = [];
    if (commands.some((command) => ['sdist', 'bdist_wheel', 'build', 'bdist'].includes(command)))
        purposes.push('build');
    if (commands.includes('upload'))
        purposes.push('deploy');
    return purposes;
}
/** `go run golang.org/x/vuln/cmd/govulncheck@latest ./...` runs govulncheck; so does `go tool govulncheck`. */
function goToolPurposes(args, depth) {
    const [target, ...rest] = afterOptions(args, ['-exec', '-tags', '-C']);
    if (target === undefined || target.endsWith('.go') || target.startsWith('.'))
        return [];
    const tool = target.replace(/@.*$/, '');
    return purposesOf([tool.slice(tool.lastIndexOf('/') + 1), ...rest], depth + 1);
}
/**
 * The tasks a task runner is asked for: make/just/rake targets (bare `make` builds its default target),
 * tox `-e` and nox `-s` environments, nx targets, turbo and lerna `run` tasks. Undefined for other commands.
 */
function taskRunnerTasks(name, args) {
    if (name === 'make' || name === 'gmake') {
        const targets = operands(args, ['-C', '-f', '--directory', '--file', '-j', '--jobs']).filter((target) => !/^\d+$/.test(target));
        return targets.length === 0 ? ['build'] : targets.map((target) => (target === 'all' ? 'build' : target));
    }
    if (name === 'just')
        return operands(args, ['-f', '--justfile', '-d', '--working-directory']);
    if (name === 'rake')
        return operands(args, ['-f', '--rakefile', '-C', '--directory']);
    if (name === 'tox' || name === 'nox')
        return optionValues(args, ['-e', '-s', '--session', '--sessions']).flatMap((value) => value.split(','));
    if (name === 'turbo' || name === 'lerna') {
        const [first, ...rest] = operands(args, ['--filter', '-F', '--scope', '--concurrency']);
        if (name === 'lerna')
            return first === 'run' ? rest.slice(0, 1) : [];
        return first === 'run' ? rest : first === undefined ? [] : [first, ...rest];
    }
    if (name === 'nx')
        return nxTargets(args);
    return undefined;
}
function nxTargets(args) {
    const [target, project] = operands(args, ['-t', '--target', '--targets', '-p', '--projects', '-c', '--configuration', '--base', '--head']);
    if (target === 'run')
        return project === undefined ? [] : project.split(':').slice(1, 2);
    if (target === 'run-many' || target === 'affected') {
        // `-t build lint` takes every word up to the next option.
        const targets = [];
        for (let i = 0; i < args.length; i++) {
            const arg = args[i];
            if (/^--targets?=|^-t=/.test(arg))
                targets.push(...arg.slice(arg.indexOf('=') + 1).split(','));
            if (arg !== '-t' && arg !== '--target' && arg !== '--targets')
                continue;
            for (let j = i + 1; j < args.length && !args[j].startsWith('-'); j++)
                targets.push(...args[j].split(','));
        }
        return targets;
    }
    return target === undefined ? [] : [target.replace(/^affected:/, '')];
}
/** Values of options such as `-e lint` or `-e=lint`. */
function optionValues(args, flags) {
    const values = [];
    args.forEach((arg, i) => {
        const next = args[i + 1];
        if (flags.includes(arg) && next !== undefined)
            values.push(next);
        const flag = flags.find((candidate) => arg.startsWith(`${candidate}=`));
        if (flag !== undefined)
            values.push(arg.slice(flag.length + 1));
    });
    return values;
}
const LINT_TASK = /^(lint|eslint|stylelint|typing|typecheck|type-check|check-types|mypy|pyright|flake8|pylint|ruff|pre-commit|clippy|rubocop|standard|(format|fmt|prettier|style)-check|check-(format|fmt|style))(-|$)/;
const BUILD_TASK = /^(build|compile)(-|$)/;
const DEPLOY_TASK = /^(deploy|publish)(-|$)/;
/** A script, target or environment named for its purpose: `lint:fix`, `build-docker`, `format:check`, `deploy_prod`. */
function taskPurposes(task) {
    const name = task.toLowerCase().replace(/[:_]/g, '-');
    const purposes = [];
    if (LINT_TASK.test(name))
        purposes.push('lint');
    if (BUILD_TASK.test(name))
        purposes.push('build');
    if (DEPLOY_TASK.test(name))
        purposes.push('deploy');
    return purposes;
}
/** A task or bake target named for its purpose, or after the tool it runs (`lint`, `govulncheck`). */
function namedTaskPurposes(task) {
    const byName = taskPurposes(task);
    return byName.length > 0 ? byName : PURPOSE_TOOLS.get(task)?.([]) ?? [];
}

;// CONCATENATED MODULE: ./src/collectors/ci-known-actions.ts
// What a `uses:` step (or a job-level reusable workflow call) does, by the action it names:
// `aquasecurity/trivy-action@v0.28.0` scans, `pypa/gh-action-pypi-publish@<sha>` deploys. Only
// actions that do the work count; setup and login actions (`docker/login-action`,
// `google-github-actions/auth`) and result uploaders (`github/codeql-action/upload-sarif`) do not.

const ci_known_actions_always = (...purposes) => () => purposes;
/**
 * Image builders also push when `push:` is set to anything but `false`; an expression such as
 * `${{ github.event_name != 'pull_request' }}` counts, because the job pushes on some events.
 */
const buildsAndMaybePushes = (inputs) => {
    const push = inputs.get('push');
    return push !== undefined && push.trim() !== 'false' ? ['build', 'deploy'] : ['build'];
};
/**
 * Bake runs named targets; projects name check targets for what they run (`targets: lint`,
 * `targets: govulncheck`), and those are not builds of the product.
 */
const bakes = (inputs) => {
    const named = (inputs.get('targets') ?? '').split(/[\s,]+/).filter((target) => target !== '');
    const purposes = [...new Set(named.flatMap(namedTaskPurposes))];
    if (purposes.length === 0)
        return buildsAndMaybePushes(inputs);
    return buildsAndMaybePushes(inputs).includes('deploy') && !purposes.includes('deploy') ? [...purposes, 'deploy'] : purposes;
};
/** GoReleaser publishes when it runs `release` without `--snapshot`. */
const goreleaser = (inputs) => {
    const args = inputs.get('args') ?? '';
    if (/\brelease\b/.test(args) && !args.includes('--snapshot'))
        return ['build', 'deploy'];
    return ['build'];
};
const withInput = (input, pattern, ...purposes) => (inputs) => pattern.test(inputs.get(input) ?? '') ? purposes : [];
// Lowercase, without `@ref`: GitHub owner and repository names are case-insensitive.
const KNOWN_ACTIONS = new Map(Object.entries({
    'golangci/golangci-lint-action': ci_known_actions_always('lint'),
    'super-linter/super-linter': ci_known_actions_always('lint'),
    'super-linter/super-linter/slim': ci_known_actions_always('lint'),
    'github/super-linter': ci_known_actions_always('lint'),
    'oxsecurity/megalinter': ci_known_actions_always('lint'),
    'pre-commit/action': ci_known_actions_always('lint'),
    'hadolint/hadolint-action': ci_known_actions_always('lint'),
    'wearerequired/lint-action': ci_known_actions_always('lint'),
    'astral-sh/ruff-action': ci_known_actions_always('lint'),
    'chartboost/ruff-action': ci_known_actions_always('lint'),
    'psf/black': ci_known_actions_always('lint'),
    'ludeeus/action-shellcheck': ci_known_actions_always('lint'),
    'raven-actions/actionlint': ci_known_actions_always('lint'),
    'davidanson/markdownlint-cli2-action': ci_known_actions_always('lint'),
    'ibiqlik/action-yamllint': ci_known_actions_always('lint'),
    'actions-rs/clippy-check': ci_known_actions_always('lint'),
    'giraffate/clippy-action': ci_known_actions_always('lint'),
    'dominikh/staticcheck-action': ci_known_actions_always('lint'),
    'docker/build-push-action': buildsAndMaybePushes,
    'docker/bake-action': bakes,
    'depot/build-push-action': buildsAndMaybePushes,
    'depot/bake-action': bakes,
    'redhat-actions/buildah-build': ci_known_actions_always('build'),
    'goreleaser/goreleaser-action': goreleaser,
    'github/codeql-action/analyze': ci_known_actions_always('security-scan'),
    'actions/dependency-review-action': ci_known_actions_always('security-scan'),
    'aquasecurity/trivy-action': ci_known_actions_always('security-scan'),
    'aquasecurity/tfsec-action': ci_known_actions_always('security-scan'),
    'ossf/scorecard-action': ci_known_actions_always('security-scan'),
    'anchore/scan-action': ci_known_actions_always('security-scan'),
    'gitleaks/gitleaks-action': ci_known_actions_always('security-scan'),
    'trufflesecurity/trufflehog': ci_known_actions_always('security-scan'),
    'returntocorp/semgrep-action': ci_known_actions_always('security-scan'),
    'semgrep/semgrep-action': ci_known_actions_always('security-scan'),
    'securego/gosec': ci_known_actions_always('security-scan'),
    'pycqa/bandit-action': ci_known_actions_always('security-scan'),
    'pypa/gh-action-pip-audit': ci_known_actions_always('security-scan'),
    'golang/govulncheck-action': ci_known_actions_always('security-scan'),
    'rustsec/audit-check': ci_known_actions_always('security-scan'),
    'actions-rs/audit-check': ci_known_actions_always('security-scan'),
    'embarkstudios/cargo-deny-action': ci_known_actions_always('security-scan'),
    'docker/scout-action': ci_known_actions_always('security-scan'),
    'checkmarx/kics-github-action': ci_known_actions_always('security-scan'),
    'bridgecrewio/checkov-action': ci_known_actions_always('security-scan'),
    'zizmorcore/zizmor-action': ci_known_actions_always('security-scan'),
    'aws-actions/amazon-ecs-deploy-task-definition': ci_known_actions_always('deploy'),
    'aws-actions/aws-cloudformation-github-deploy': ci_known_actions_always('deploy'),
    'azure/webapps-deploy': ci_known_actions_always('deploy'),
    'azure/functions-action': ci_known_actions_always('deploy'),
    'azure/k8s-deploy': ci_known_actions_always('deploy'),
    'azure/container-apps-deploy-action': ci_known_actions_always('deploy'),
    'azure/static-web-apps-deploy': ci_known_actions_always('deploy'),
    'azure/arm-deploy': ci_known_actions_always('deploy'),
    'appleboy/ssh-action': ci_known_actions_always('deploy'),
    'appleboy/scp-action': ci_known_actions_always('deploy'),
    'easingthemes/ssh-deploy': ci_known_actions_always('deploy'),
    'burnett01/rsync-deployments': ci_known_actions_always('deploy'),
    'pypa/gh-action-pypi-publish': ci_known_actions_always('deploy'),
    'js-devtools/npm-publish': ci_known_actions_always('deploy'),
    'jamesives/github-pages-deploy-action': ci_known_actions_always('deploy'),
    'peaceiris/actions-gh-pages': ci_known_actions_always('deploy'),
    'actions/deploy-pages': ci_known_actions_always('deploy'),
    'amondnet/vercel-action': ci_known_actions_always('deploy'),
    'cloudflare/wrangler-action': ci_known_actions_always('deploy'),
    'cloudflare/pages-action': ci_known_actions_always('deploy'),
    'akhileshns/heroku-deploy': ci_known_actions_always('deploy'),
    'softprops/action-gh-release': ci_known_actions_always('deploy'),
    'ncipollo/release-action': ci_known_actions_always('deploy'),
    'helm/chart-releaser-action': ci_known_actions_always('deploy'),
    'superfly/flyctl-actions': withInput('args', /\bdeploy\b/, 'deploy'),
    'changesets/action': withInput('publish', /\S/, 'deploy'),
}));
// Families named by prefix: `snyk/actions/node`, `google-github-actions/deploy-cloudrun`, and
// google/osv-scanner-action's reusable workflows (`…/.github/workflows/osv-scanner-reusable.yml`).
const ACTION_FAMILIES = [
    ['snyk/actions/', ci_known_actions_always('security-scan')],
    ['google/osv-scanner-action/', ci_known_actions_always('security-scan')],
    ['oxsecurity/megalinter/flavors/', ci_known_actions_always('lint')],
    ['google-github-actions/deploy-', ci_known_actions_always('deploy')],
];
/** The purposes of `uses: owner/repo[/path]@ref`; none for local (`./…`) and `docker://` steps. */
function actionPurposes(uses, inputs) {
    const at = uses.indexOf('@');
    const action = (at === -1 ? uses : uses.slice(0, at)).trim().toLowerCase();
    const known = KNOWN_ACTIONS.get(action) ?? ACTION_FAMILIES.find(([prefix]) => action.startsWith(prefix))?.[1];
    return known ? known(inputs) : [];
}

;// CONCATENATED MODULE: ./src/collectors/ci-job-purposes.ts
// What a job is for besides testing: lint, build, security scan, deploy. Read from its `run:`
// commands (ci-purpose-commands.ts), its `uses:` steps or reusable workflow call
// (ci-known-actions.ts), and for deploys also its `environment:`.



/** Each purpose of a job once, at the first place that shows it, in file order. */
function jobPurposes(source, job, steps) {
    const found = [];
    const add = (purpose, line, by) => {
        if (!found.some((entry) => entry.purpose === purpose))
            found.push({ purpose, line, by });
    };
    const environment = deploymentEnvironment(source, job);
    if (environment)
        add('deploy', environment.line, `environment: ${environment.name}`);
    const call = mappingEntry(source, job.value, 'uses');
    const workflow = scalarText(call?.value ?? null);
    if (call !== undefined && workflow !== undefined) {
        for (const purpose of actionPurposes(workflow, new Map()))
            add(purpose, call.line, workflow);
    }
    for (const step of steps) {
        if (step.kind === 'run') {
            for (const { purpose, command } of commandPurposes(step.script))
                add(purpose, step.line, command);
        }
        else {
            for (const purpose of actionPurposes(step.action, step.inputs))
                add(purpose, step.line, step.action);
        }
    }
    return found.sort((a, b) => a.line - b.line);
}
/**
 * The job's environment when GitHub records a deployment for it: a literal name, and not
 * `deployment: false`. A name that is an expression is left out, because projects use
 * `environment: ${{ cond && 'main' || '' }}` to hand secrets to test jobs on some events only.
 * https://docs.github.com/en/actions/managing-workflow-runs-and-deployments/managing-deployments/managing-environments-for-deployment
 */
function deploymentEnvironment(source, job) {
    const environment = mappingEntry(source, job.value, 'environment');
    if (environment === undefined)
        return undefined;
    const value = resolved(source, environment.value);
    const name = scalarText(value) ?? scalarText(mappingEntry(source, value, 'name')?.value ?? null);
    const deployment = scalarText(mappingEntry(source, value, 'deployment')?.value ?? null);
    if (name === undefined || name.trim() === '' || name.includes('${{') || deployment === 'false')
        return undefined;
    return { line: environment.line, name };
}

;// CONCATENATED MODULE: ./src/collectors/ci-job-steps.ts
// Reads a GitHub Actions job into plain data the CI collectors classify: its `run:` scripts (with
// literal `env:` values substituted) and its `uses:` steps (with their literal `with:` inputs), in
// order, each at the line of its `run:` or `uses:` key.


/** The `run:` and `uses:` steps of a job; none for a job that calls a reusable workflow. */
function jobSteps(source, job, workflowEnv) {
    if (mappingEntry(source, job.value, 'uses'))
        return [];
    const jobEnv = new Map([...workflowEnv, ...literalEnv(source, job.value)]);
    const steps = resolved(source, mappingEntry(source, job.value, 'steps')?.value);
    if (!(0,dist/* isSeq */.oP)(steps))
        return [];
    const found = [];
    for (const item of steps.items) {
        const run = mappingEntry(source, item, 'run');
        const script = scalarText(run?.value ?? null);
        if (run !== undefined && script !== undefined) {
            const env = new Map([...jobEnv, ...literalEnv(source, item)]);
            const line = run.line || lineOf(source, resolved(source, item));
            found.push({ kind: 'run', line, script: env.size === 0 ? script : expandEnv(script, env) });
            continue;
        }
        const uses = mappingEntry(source, item, 'uses');
        const action = scalarText(uses?.value ?? null);
        if (uses !== undefined && action !== undefined) {
            found.push({ kind: 'uses', line: uses.line, action, inputs: scalarEntries(source, mappingEntry(source, item, 'with')?.value) });
        }
    }
    return found;
}
/** The `env:` entries of a workflow, job or step whose values are plain text, not expressions. */
function literalEnv(source, owner) {
    const env = new Map();
    for (const [name, value] of scalarEntries(source, mappingEntry(source, owner, 'env')?.value)) {
        if (!value.includes('${{'))
            env.set(name, value);
    }
    return env;
}
/** A mapping's scalar values as text (expressions kept as written); collections are left out. */
function scalarEntries(source, node) {
    const entries = new Map();
    for (const entry of mappingEntries(source, node)) {
        const value = scalarText(entry.value);
        if (value !== undefined)
            entries.set(entry.key, value);
    }
    return entries;
}
const ENV_EXPRESSION = /\$\{\{\s*env\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}/g;
function expandEnv(script, env) {
    return script.replace(ENV_EXPRESSION, (expression, name) => env.get(name) ?? expression);
}

;// CONCATENATED MODULE: ./src/collectors/ci-test-commands.ts
// Decides whether a CI `run:` script invokes a test runner. The script is split into simple
// commands (ci-shell-commands.ts), then each command is read from its first word: wrappers (`npx`,
// `uv run`, `sudo`, `env X=1`…) are looked through and the command left must be a known test
// runner. `echo pytest` is therefore not a test: `echo` is the command.


/** The first command in `script` that runs tests, as written (words joined by one space, ≤ 80 chars). */
function findTestCommand(script) {
    for (const words of shellCommands(script)) {
        const start = skipShellKeywords(words, 0);
        if (runsTests(words.slice(start), 0))
            return shorten(words.slice(start).join(' '));
    }
    return undefined;
}
const ci_test_commands_SHELL_KEYWORDS = new Set(['then', 'do', 'else', 'elif', 'if', 'while', 'until', '!', '{', 'time', 'exec', 'command', 'nohup']);
const ci_test_commands_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
function skipShellKeywords(words, start) {
    let i = start;
    while (i < words.length && ci_test_commands_SHELL_KEYWORDS.has(words[i]))
        i += 1;
    return i;
}
// Maps, not object literals: a command named `constructor` or `toString` must not find a prototype member.
const ci_test_commands_WRAPPERS = new Map(Object.entries({
    npx: { valueFlags: ['-p', '--package'] },
    bunx: { valueFlags: ['-p', '--package'] },
    pnpx: {},
    uvx: { valueFlags: ['--from', '--with', '--python', '-p'] },
    poetry: { subcommand: 'run' },
    uv: { subcommand: 'run', valueFlags: ['--with', '--python', '-p', '--extra', '--group', '--only-group', '--package', '--directory', '--project', '--env-file'] },
    pipenv: { subcommand: 'run' },
    rye: { subcommand: 'run' },
    bundle: { subcommand: 'exec' },
    'xvfb-run': { valueFlags: ['-s', '--server-args', '-n', '--server-num', '-e', '--error-file', '-f', '--auth-file', '-p', '--xauth-protocol', '-w', '--wait'] },
    sudo: { valueFlags: ['-u', '-g', '-U', '-C', '-p', '-h'] },
    env: { valueFlags: ['-u', '--unset', '-C', '--chdir'] },
    'cross-env': {},
    timeout: { valueFlags: ['-k', '--kill-after', '-s', '--signal'], positional: 1 },
    nice: { valueFlags: ['-n'] },
}));
// A project script whose name starts with `test` runs tests, like `npm run test:unit`.
const SCRIPT_RUNNERS = new Set(['pdm', 'hatch']);
const RUNNERS = new Map(Object.entries({
    pytest: () => true,
    'py.test': () => true,
    unittest: () => true,
    tox: () => true,
    nox: () => true,
    vitest: () => true,
    jest: () => true,
    mocha: () => true,
    ava: () => true,
    playwright: (args) => operands(args)[0] === 'test',
    node: nodeRunsTests,
    go: (args) => operands(args)[0] === 'test',
    gotestsum: () => true,
    mvn: mavenRunsTests,
    mvnw: mavenRunsTests,
    gradle: gradleRunsTests,
    gradlew: gradleRunsTests,
    cargo: cargoRunsTests,
    cross: cargoRunsTests,
    'wasm-pack': (args) => operands(args)[0] === 'test',
    dotnet: (args) => operands(args)[0] === 'test',
    rspec: () => true,
    rails: (args) => isRubyTestTask(operands(args)[0]),
    rake: (args) => operands(args).some(isRubyTestTask),
    phpunit: () => true,
    make: (args) => operands(args, ['-C', '-f', '--directory', '--file']).some((t) => t === 'test' || t.startsWith('test-')),
    'manage.py': (args) => operands(args)[0] === 'test',
    nx: nxRunsTests,
    turbo: (args) => operands(args).some((task) => task.startsWith('test')),
}));
const ci_test_commands_MAVEN_VALUE_FLAGS = ['-f', '--file', '-pl', '--projects', '-P', '--activate-profiles', '-s', '--settings', '-gs', '--global-settings', '-T', '--threads', '-rf', '--resume-from', '-t', '--toolchains', '-l', '--log-file', '-b', '--builder', '-D'];
const ci_test_commands_GRADLE_VALUE_FLAGS = ['-x', '--exclude-task', '-p', '--project-dir', '-b', '--build-file', '-c', '--settings-file', '-g', '--gradle-user-home', '-I', '--init-script', '-D', '-P', '--console'];
const ci_test_commands_PACKAGE_MANAGER_VALUE_FLAGS = new Map([
    ['npm', ['--prefix', '-w', '--workspace', '-C']],
    ['pnpm', ['--filter', '-F', '-C', '--dir', '--reporter']],
    ['yarn', ['--cwd']],
    ['bun', ['--cwd', '--filter']],
]);
function runsTests(words, depth) {
    let i = 0;
    while (i < words.length && ci_test_commands_ASSIGNMENT.test(words[i]))
        i += 1;
    const command = words[i];
    if (command === undefined || depth > 8)
        return false;
    const name = commandName(command);
    const args = words.slice(i + 1);
    const runner = RUNNERS.get(name);
    if (runner)
        return runner(args);
    const managerValueFlags = ci_test_commands_PACKAGE_MANAGER_VALUE_FLAGS.get(name);
    if (managerValueFlags)
        return packageManagerRunsTests(name, managerValueFlags, args, depth);
    if (/^(python(\d+(\.\d+)*)?|py|pypy\d*)$/.test(name))
        return pythonRunsTests(args, depth);
    if ((name === 'bash' || name === 'sh') && args[0] === '-c' && args[1] !== undefined) {
        return shellCommands(args[1]).some((inner) => runsTests(inner.slice(skipShellKeywords(inner, 0)), depth + 1));
    }
    if (TEST_SCRIPT.test(name))
        return true;
    if ((name === 'bash' || name === 'sh') && args[0] !== undefined && TEST_SCRIPT.test(commandName(args[0])))
        return true;
    const inContainer = composeRunCommand(name, args);
    if (inContainer !== undefined)
        return runsTests(inContainer, depth + 1);
    if (name === 'coverage' && args[0] === 'run')
        return pythonRunsTests(args.slice(1), depth);
    if (name === 'hatch' && args[0] === 'test')
        return true;
    if (SCRIPT_RUNNERS.has(name) && args[0] === 'run') {
        const script = afterOptions(args.slice(1), [], 0);
        return script[0]?.startsWith('test') === true || runsTests(script, depth + 1);
    }
    const wrapper = ci_test_commands_WRAPPERS.get(name);
    if (!wrapper)
        return false;
    let rest = args;
    if (wrapper.subcommand !== undefined) {
        if (args[0] !== wrapper.subcommand)
            return false;
        rest = args.slice(1);
    }
    return runsTests(afterOptions(rest, wrapper.valueFlags ?? [], wrapper.positional ?? 0), depth + 1);
}
/** A project's own test script: `test.sh`, `tests-start.sh`, `run-tests.sh`, `run_tests.bash`. */
const TEST_SCRIPT = /^(run[-_]?)?tests?([-_.][A-Za-z0-9_.-]*)?\.(sh|bash)$/;
const COMPOSE_GLOBAL_VALUE_FLAGS = ['-f', '--file', '-p', '--project-name', '--profile', '--env-file', '--project-directory'];
const COMPOSE_RUN_VALUE_FLAGS = ['-e', '--env', '-w', '--workdir', '-u', '--user', '--name', '--entrypoint', '-p', '--publish', '-v', '--volume', '-l', '--label', '--index'];
/** The command that `docker compose run|exec [options] SERVICE command…` (or `docker-compose`) runs in a container. */
function composeRunCommand(name, args) {
    let rest;
    if (name === 'docker' && args[0] === 'compose')
        rest = afterOptions(args.slice(1), COMPOSE_GLOBAL_VALUE_FLAGS, 0);
    else if (name === 'docker-compose')
        rest = afterOptions(args, COMPOSE_GLOBAL_VALUE_FLAGS, 0);
    if (rest === undefined || (rest[0] !== 'run' && rest[0] !== 'exec'))
        return undefined;
    return afterOptions(rest.slice(1), COMPOSE_RUN_VALUE_FLAGS, 1);
}
/** `npm test`, `yarn test:unit`, `pnpm --filter web run test`, `npm exec jest`, `yarn jest`… */
function packageManagerRunsTests(manager, valueFlags, args, depth) {
    let i = 0;
    while (i < args.length) {
        const arg = args[i];
        if (arg.startsWith('-'))
            i += valueFlags.includes(arg) ? 2 : 1;
        else if (manager === 'yarn' && arg === 'workspace')
            i += 2;
        else if (manager === 'yarn' && arg === 'workspaces' && args[i + 1] === 'foreach')
            i += 2;
        else
            break;
    }
    const subcommand = args[i];
    const rest = args.slice(i + 1);
    if (subcommand === undefined)
        return false;
    if (manager === 'npm' && (subcommand === 't' || subcommand === 'tst'))
        return true;
    if (subcommand === 'test' || (manager !== 'npm' && subcommand.startsWith('test')))
        return true;
    if (['run', 'run-script', 'rum', 'urn'].includes(subcommand)) {
        const script = afterOptions(rest, valueFlags, 0);
        return script[0]?.startsWith('test') === true || runsTests(script, depth + 1);
    }
    if (['exec', 'dlx', 'x'].includes(subcommand))
        return runsTests(afterOptions(rest, valueFlags, 0), depth + 1);
    return manager !== 'npm' && manager !== 'bun' && runsTests([subcommand, ...rest], depth + 1);
}
/** `python -m pytest`, `python3.12 -m unittest`, `python manage.py test`, `coverage run -m pytest`. */
function pythonRunsTests(args, depth) {
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '-m')
            return runsTests(args.slice(i + 1), depth + 1);
        if (arg === '-c')
            return false;
        if (arg === '-W' || arg === '-X' || arg === '--source' || arg === '--rcfile')
            i += 1;
        else if (!arg.startsWith('-'))
            return runsTests(args.slice(i), depth + 1);
    }
    return false;
}
/** A `test` or `verify` goal, unless tests are skipped with `-DskipTests` / `-Dmaven.test.skip`. */
function mavenRunsTests(args) {
    if (args.some((arg) => /^-D(skipTests|maven\.test\.skip)(=true)?$/.test(arg)))
        return false;
    return operands(args, ci_test_commands_MAVEN_VALUE_FLAGS).some((goal) => goal === 'test' || goal === 'verify');
}
/** A `test`, `check` or `build` task (also `:app:test`), unless `-x test` excludes the tests. */
function gradleRunsTests(args) {
    if (args.some((arg, i) => (arg === '-x' || arg === '--exclude-task') && args[i + 1] === 'test'))
        return false;
    return operands(args, ci_test_commands_GRADLE_VALUE_FLAGS).some(isGradleTestTask);
}
function cargoRunsTests(args) {
    if (args.includes('--no-run'))
        return false;
    const [subcommand, ...rest] = operands(args.filter((arg) => !arg.startsWith('+')), ['-Z', '--config', '-C']);
    if (subcommand === 'test' || subcommand === 'nextest')
        return true;
    if (subcommand === 'llvm-cov')
        return !['report', 'clean', 'show-env'].includes(rest[0] ?? '');
    if (subcommand === 'hack' || subcommand === 'miri')
        return rest.some((word) => word === 'test' || word === 'nextest');
    return false;
}
function nxRunsTests(args) {
    const [target, project] = operands(args);
    if (target === 'test' || target === 'affected:test')
        return true;
    if (target === 'run')
        return project !== undefined && /:test(:|$)/.test(project);
    if (target !== 'run-many' && target !== 'affected')
        return false;
    return args.some((arg, i) => ((arg === '-t' || arg === '--target' || arg === '--targets') && args[i + 1]?.split(',').includes('test')) ||
        (/^--targets?=/.test(arg) && arg.slice(arg.indexOf('=') + 1).split(',').includes('test')));
}
/** `node --test`: the built-in runner, asked for before any script name. */
function nodeRunsTests(args) {
    for (const arg of args) {
        if (arg === '--test')
            return true;
        if (!arg.startsWith('-'))
            return false;
    }
    return false;
}
function isGradleTestTask(task) {
    const name = task.slice(task.lastIndexOf(':') + 1);
    return name === 'test' || name === 'check' || name === 'build';
}
function isRubyTestTask(task) {
    return task !== undefined && /^(test|spec)(:|$)/.test(task);
}

;// CONCATENATED MODULE: ./src/collectors/ci-triggers.ts
// The events that start a workflow, from its `on:` key written as a string (`on: push`), a list
// (`on: [push, pull_request]`) or a map of events to filters.
// https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#on


const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
// A merge queue runs the checks a pull request needs before it merges, so a scan there gates PRs too.
const PULL_REQUEST_GATE_EVENTS = [...PULL_REQUEST_EVENTS, 'merge_group'];
function workflowTriggers(source, root) {
    // A YAML 1.1 document (`%YAML 1.1`) reads the bare key `on` as the boolean true.
    const on = mappingEntry(source, root, 'on') ?? mappingEntry(source, root, 'true');
    if (on === undefined)
        return undefined;
    const value = on.value;
    const single = scalarText(value);
    let events;
    if (single !== undefined)
        events = [single];
    else if ((0,dist/* isSeq */.oP)(value))
        events = value.items.flatMap((item) => scalarText(resolved(source, item)) ?? []);
    else
        events = mappingEntries(source, value).map((entry) => entry.key);
    const workflowRun = mappingEntry(source, value, 'workflow_run')?.value;
    const named = resolved(source, mappingEntry(source, workflowRun, 'workflows')?.value);
    const workflowRuns = (0,dist/* isSeq */.oP)(named)
        ? named.items.flatMap((item) => scalarText(resolved(source, item)) ?? [])
        : [scalarText(named)].flatMap((name) => name ?? []);
    return { line: on.line, events, workflowRuns };
}

;// CONCATENATED MODULE: ./src/collectors/ci-workflows.ts






const WORKFLOWS_FOLDER = '.github/workflows/';
const ciWorkflows = {
    id: 'ci-workflows',
    // GitHub runs only files directly in the root's `.github/workflows/`, never in subfolders.
    wants(file) {
        const path = file.path;
        return (path.startsWith(WORKFLOWS_FOLDER) &&
            path.indexOf('/', WORKFLOWS_FOLDER.length) === -1 &&
            (path.endsWith('.yml') || path.endsWith('.yaml')));
    },
    collect(file, text) {
        const fileName = file.path.slice(file.path.lastIndexOf('/') + 1);
        const parsed = parseYaml(text);
        if (!parsed.ok) {
            // A broken workflow is still a workflow file someone meant to run; count it and say why it fails.
            return [workflowFinding(file.path, fileName), yamlParseError(file.path, parsed.problem)];
        }
        const { source } = parsed;
        const findings = [];
        let name;
        for (const document of source.documents) {
            name ??= scalarText(mappingEntry(source, rootMapping(source, document), 'name')?.value ?? null);
            findings.push(...jobFindings(file.path, name ?? fileName, source, document));
        }
        return [workflowFinding(file.path, name ?? fileName), ...findings];
    },
};
function workflowFinding(file, name) {
    return { kind: 'ci.workflows', file, line: 1, message: `GitHub Actions workflow \`${name}\``, data: { name } };
}
function jobFindings(file, workflow, source, document) {
    const findings = [];
    const root = rootMapping(source, document);
    const workflowEnv = literalEnv(source, root);
    const triggers = workflowTriggers(source, root);
    const events = triggers?.events ?? [];
    const prEvents = events.filter((event) => PULL_REQUEST_EVENTS.includes(event));
    if (triggers !== undefined && prEvents.length > 0) {
        findings.push({
            kind: 'ci.pr-workflows',
            file,
            line: triggers.line,
            message: `workflow \`${workflow}\` runs on pull requests (${prEvents.map((event) => `\`${event}\``).join(', ')})`,
            data: { workflow, events: events.join(',') },
        });
    }
    const gatesPullRequests = events.some((event) => PULL_REQUEST_GATE_EVENTS.includes(event));
    const gateFacts = [];
    const jobs = mappingEntry(source, root, 'jobs');
    for (const job of mappingEntries(source, jobs?.value)) {
        findings.push({
            kind: 'ci.jobs',
            file,
            line: job.line,
            message: `job \`${job.key}\``,
            data: { job: job.key, workflow },
        });
        const steps = jobSteps(source, job, workflowEnv);
        const testStep = firstTestStep(steps);
        if (testStep) {
            findings.push({
                kind: 'ci.test-jobs',
                file,
                line: testStep.line,
                message: `job \`${job.key}\` runs tests: \`${testStep.command}\``,
                data: { job: job.key, workflow, command: testStep.command },
            });
        }
        const purposes = jobPurposes(source, job, steps);
        for (const purpose of purposes) {
            findings.push(purposeFinding(file, workflow, job.key, purpose));
            if (purpose.purpose === 'security-scan' && gatesPullRequests) {
                findings.push({
                    kind: 'ci.security-scans-on-pr',
                    file,
                    line: purpose.line,
                    message: `job \`${job.key}\` scans pull requests: \`${purpose.by}\``,
                    data: { job: job.key, workflow, by: purpose.by, events: events.join(',') },
                });
            }
        }
        gateFacts.push({
            job: job.key,
            line: job.line,
            needs: jobNeeds(source, job),
            runsTests: testStep !== undefined,
            deploys: purposes.some((purpose) => purpose.purpose === 'deploy'),
            callsWorkflow: mappingEntry(source, job.value, 'uses') !== undefined,
            checksRunConclusion: checksRunConclusion(source, job),
        });
    }
    for (const { job, upstream } of deploysWithoutTests(gateFacts, events.includes('workflow_run'))) {
        const needed = upstream.map((name) => `\`${name}\``).join(', ');
        findings.push({
            kind: 'ci.deploy-without-tests',
            file,
            line: job.line,
            message: upstream.length === 0
                ? `deploy job \`${job.job}\` runs no tests and needs no job that does`
                : `deploy job \`${job.job}\` runs no tests, nor does any job it needs (${needed})`,
            data: { job: job.job, workflow, needs: upstream.join(',') },
        });
    }
    return findings;
}
const PURPOSE_FINDINGS = {
    lint: { kind: 'ci.lint-jobs', verb: 'lints' },
    build: { kind: 'ci.build-jobs', verb: 'builds' },
    'security-scan': { kind: 'ci.security-scan-jobs', verb: 'runs a security scan' },
    deploy: { kind: 'ci.deploy-jobs', verb: 'deploys' },
};
function purposeFinding(file, workflow, job, { purpose, line, by }) {
    const { kind, verb } = PURPOSE_FINDINGS[purpose];
    return { kind, file, line, message: `job \`${job}\` ${verb}: \`${by}\``, data: { job, workflow, purpose, by } };
}
/** The first `run:` step of a job that invokes a test runner, at the line of its `run:` key. */
function firstTestStep(steps) {
    for (const step of steps) {
        if (step.kind !== 'run')
            continue;
        const command = findTestCommand(step.script);
        if (command !== undefined)
            return { line: step.line, command };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/collectors/compose-services.ts

const COMPOSE_FILE_NAME = /^(docker-)?compose([.\-_][^/]*)?\.ya?ml$/;
const composeServices = {
    id: 'compose-services',
    wants(file) {
        return COMPOSE_FILE_NAME.test(file.path.slice(file.path.lastIndexOf('/') + 1));
    },
    collect(file, text) {
        const parsed = parseYaml(text);
        if (!parsed.ok)
            return [yamlParseError(file.path, parsed.problem)];
        const { source } = parsed;
        const findings = [];
        for (const document of source.documents) {
            const services = mappingEntry(source, rootMapping(source, document), 'services');
            for (const service of mappingEntries(source, services?.value)) {
                if (service.key.startsWith('x-'))
                    continue;
                findings.push({
                    kind: 'compose.services',
                    file: file.path,
                    line: service.line,
                    message: `compose service \`${service.key}\``,
                    data: { service: service.key },
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/collectors/javascript/positions.ts
// Offsets to 1-based lines and columns. Line starts are found once with indexOf, then each finding's
// line is a binary search, so lexing never has to count newlines.
function indexLines(text) {
    const starts = [0];
    let newline = text.indexOf('\n');
    while (newline !== -1) {
        starts.push(newline + 1);
        newline = text.indexOf('\n', newline + 1);
    }
    return starts;
}
function lineAt(starts, offset) {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((starts[middle] ?? 0) <= offset)
            low = middle;
        else
            high = middle - 1;
    }
    return low + 1;
}
function columnAt(starts, offset) {
    return offset - (starts[lineAt(starts, offset) - 1] ?? 0) + 1;
}

;// CONCATENATED MODULE: ./src/collectors/todo-tags.ts
// TODO-style tags in comment text, shared by every language's collector so `todo.comments` means the
// same thing everywhere: TODO, FIXME, XXX or HACK as an uppercase whole word, one finding per comment.
const TAG = /(?<![A-Za-z0-9_])(TODO|FIXME|XXX|HACK)(?![A-Za-z0-9_])/;
const MESSAGE_LIMIT = 120;
/** A newline and the `*` that starts each line of a JSDoc-style block. */
const BLOCK_LINE_START = /\r?\n[ \t]*\*?(?!\/)/g;
const LEADING_PUNCTUATION = /^[\s:\-–]+/;
/** The first tag in a comment's body (the text without its `#`, `//` or `/* … *\/` markers). */
function findTodoTag(body) {
    const match = TAG.exec(body);
    return match === null ? undefined : { tag: match[1] ?? 'TODO', index: match.index };
}
function clean(value) {
    return value.replace(BLOCK_LINE_START, ' ').replace(LEADING_PUNCTUATION, '').trim();
}
function todo_tags_shorten(value) {
    const flat = value.replace(/\s+/g, ' ').trim();
    return flat.length > MESSAGE_LIMIT ? `${flat.slice(0, MESSAGE_LIMIT)}…` : flat;
}
/** "TAG: the words after the tag" (`# TODO: retry` → "TODO: retry"), or the whole comment when none follow. */
function todoMessage(body, found) {
    const window = MESSAGE_LIMIT * 4;
    const start = found.index + found.tag.length;
    const after = clean(body.slice(start, start + window));
    return `${found.tag}: ${todo_tags_shorten(after.length > 0 ? after : clean(body.slice(0, window)))}`;
}

;// CONCATENATED MODULE: ./src/collectors/c-family/chars.ts
// Character classes by char code. Non-ASCII characters count as identifier characters unless they are
// Unicode spaces: exact XID tables are not worth their cost for counting evidence.
function isUnicodeSpace(code) {
    return (code === 0xa0 ||
        code === 0xfeff ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000);
}
function isWhitespace(code) {
    return code === 32 || (code >= 9 && code <= 13) || (code >= 0x80 && isUnicodeSpace(code));
}
function isDigit(code) {
    return code >= 48 && code <= 57;
}
/** Letters, `_`, non-ASCII, and `$` where the language allows it (Java). */
function isIdentifierStart(code, dollar) {
    return ((code >= 97 && code <= 122) ||
        (code >= 65 && code <= 90) ||
        code === 95 ||
        (dollar && code === 36) ||
        (code >= 0x80 && !isUnicodeSpace(code)));
}
function isIdentifierPart(code, dollar) {
    return isIdentifierStart(code, dollar) || isDigit(code);
}
function skipIdentifier(text, from, dollar) {
    let pos = from;
    while (pos < text.length && isIdentifierPart(text.charCodeAt(pos), dollar))
        pos++;
    return pos;
}

;// CONCATENATED MODULE: ./src/collectors/token-buffer.ts
// A token stream as parallel typed arrays rather than one object per token, so a 1 MB generated file stays
// cheap. Shared by the lexers; each language module defines its own token kinds and punctuator values.
function createTokenBuffer(capacity = 1024) {
    return {
        count: 0,
        kinds: new Uint8Array(capacity),
        starts: new Int32Array(capacity),
        ends: new Int32Array(capacity),
        values: new Int32Array(capacity),
        partners: new Int32Array(capacity).fill(-1),
    };
}
function grow(buffer) {
    const capacity = buffer.kinds.length * 2;
    const kinds = new Uint8Array(capacity);
    kinds.set(buffer.kinds);
    const starts = new Int32Array(capacity);
    starts.set(buffer.starts);
    const ends = new Int32Array(capacity);
    ends.set(buffer.ends);
    const values = new Int32Array(capacity);
    values.set(buffer.values);
    const partners = new Int32Array(capacity).fill(-1);
    partners.set(buffer.partners);
    Object.assign(buffer, { kinds, starts, ends, values, partners });
}
/** Appends a token and returns its index. */
function pushToken(buffer, kind, start, end, value = 0) {
    if (buffer.count === buffer.kinds.length)
        grow(buffer);
    const index = buffer.count++;
    buffer.kinds[index] = kind;
    buffer.starts[index] = start;
    buffer.ends[index] = end;
    buffer.values[index] = value;
    return index;
}
/** Empties a buffer for another file, keeping its arrays: allocating typed arrays costs more than lexing a small file. */
function clearTokens(buffer) {
    // Partners are the one column pushToken does not write; every slot must read "none" again, as in a new buffer.
    buffer.partners.fill(-1, 0, buffer.count);
    buffer.count = 0;
}
function pair(buffer, open, close) {
    buffer.partners[open] = close;
    buffer.partners[close] = open;
}
function isKind(buffer, index, kind) {
    return index >= 0 && index < buffer.count && buffer.kinds[index] === kind;
}
function partnerOf(buffer, index) {
    return index >= 0 && index < buffer.count ? (buffer.partners[index] ?? -1) : -1;
}
function tokenText(text, buffer, index) {
    if (index < 0 || index >= buffer.count)
        return '';
    return text.slice(buffer.starts[index], buffer.ends[index]);
}
/**
 * Index of the first token starting at or after `offset`, searching from token `low` (tokens are in text
 * order, so this is a binary search); `count` when there is none.
 */
function firstTokenFrom(buffer, offset, low = 0) {
    return firstAtLeast(buffer.starts, offset, low, buffer.count);
}
/** Index of the first of the ascending `values[low..high)` that is at least `value`, or `high` (a binary search). */
function firstAtLeast(values, value, low = 0, high = values.length) {
    let from = low;
    let to = high;
    while (from < to) {
        const middle = (from + to) >> 1;
        if ((values[middle] ?? 0) < value)
            from = middle + 1;
        else
            to = middle;
    }
    return from;
}

;// CONCATENATED MODULE: ./src/collectors/c-family/tokens.ts
// The token stream of the C-family lexer: parallel typed arrays rather than one object per token, so a
// 1 MB generated file stays cheap. Strings, chars and comments are never looked inside by the analyses.

const IDENT = 1;
const NUMBER = 2;
/** Any string form, interpolated ones included as one token. */
const STRING = 3;
const CHAR = 4;
/** Rust `'a` (lifetime or loop label). */
const LIFETIME = 5;
const PUNCT = 6;
// Punctuator values: single characters use their char code; these pairs are told apart.
const DOUBLE_COLON = 256;
/** `->` */
const THIN_ARROW = 257;
/** `=>` */
const FAT_ARROW = 258;
const BANG = 33;
const HASH = 35;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const STAR = 42;
const COMMA = 44;
const DOT = 46;
const COLON = 58;
const SEMICOLON = 59;
const LESS = 60;
const EQUALS = 61;
const GREATER = 62;
const AT = 64;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const PIPE = 124;
const CLOSE_BRACE = 125;

function isPunct(buffer, index, value) {
    return isKind(buffer, index, PUNCT) && buffer.values[index] === value;
}
/** True when the token is the identifier `word` (keywords are identifiers here). */
function isWord(text, buffer, index, word) {
    if (!isKind(buffer, index, IDENT))
        return false;
    const start = buffer.starts[index] ?? 0;
    return (buffer.ends[index] ?? 0) - start === word.length && text.startsWith(word, start);
}
/** True when the token is one of `words` (a set of identifiers). */
function isOneOf(text, buffer, index, words) {
    return isKind(buffer, index, IDENT) && words.has(tokenText(text, buffer, index));
}
/**
 * The tokens of `kind` whose text is exactly `spelling`, in order. Found by searching the source for the
 * spelling and binary-searching the token starts, which is much cheaper than testing every token when the
 * spelling is rare; occurrences inside comments, strings or longer words match no token.
 */
function tokensSpelled(text, buffer, kind, spelling) {
    const found = [];
    let low = 0;
    for (let at = text.indexOf(spelling); at !== -1; at = text.indexOf(spelling, at + 1)) {
        low = firstTokenFrom(buffer, at, low);
        if (low === buffer.count)
            break;
        if (buffer.starts[low] === at && buffer.ends[low] === at + spelling.length && buffer.kinds[low] === kind)
            found.push(low);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/collectors/c-family/lex-state.ts

function createLexState(text, dialect, spare) {
    return {
        text,
        dialect,
        pos: 0,
        tokens: tokenBufferFor(text, spare),
        commentStarts: [],
        commentEnds: [],
        openBrackets: [],
        lostTrack: undefined,
    };
}
/** About one token per four characters; `spare` is emptied and reused when it is big enough. */
function tokenBufferFor(text, spare) {
    const capacity = Math.min(1 << 20, Math.max(1024, text.length >> 2));
    if (spare === undefined || spare.kinds.length < capacity)
        return createTokenBuffer(capacity);
    clearTokens(spare);
    return spare;
}
/** Records the first place the lexer lost track; later problems are usually its consequences. */
function loseTrack(state, offset, reason) {
    if (state.lostTrack === undefined)
        state.lostTrack = { offset, reason };
}
const OPENER_OF = {
    [CLOSE_PAREN]: OPEN_PAREN,
    [CLOSE_BRACKET]: OPEN_BRACKET,
    [CLOSE_BRACE]: OPEN_BRACE,
};
/** How far below the top a stray closer looks for its opener; keeps hostile input linear. */
const RECOVERY_DEPTH = 64;
function closeBracket(state, code) {
    const { tokens, openBrackets } = state;
    const index = pushToken(tokens, PUNCT, state.pos, state.pos + 1, code);
    const expected = OPENER_OF[code] ?? 0;
    const top = openBrackets.length - 1;
    let depth = top;
    while (depth >= 0 && depth > top - RECOVERY_DEPTH && tokens.values[openBrackets[depth] ?? 0] !== expected)
        depth--;
    if (depth !== top)
        loseTrack(state, state.pos, `unbalanced \`${String.fromCharCode(code)}\``);
    // A stray closer pairs with the nearest matching opener, dropping unclosed ones above it, if there is one.
    if (depth >= 0 && tokens.values[openBrackets[depth] ?? 0] === expected) {
        pair(tokens, openBrackets[depth] ?? 0, index);
        // `pop` for the usual case: setting `length` is a much slower builtin call.
        if (depth === top)
            openBrackets.pop();
        else
            openBrackets.length = depth;
    }
    state.pos++;
}
function reportUnclosed(state) {
    const open = state.openBrackets[state.openBrackets.length - 1];
    if (open === undefined)
        return;
    const code = state.tokens.values[open] ?? 0;
    loseTrack(state, state.tokens.starts[open] ?? 0, `unclosed \`${String.fromCharCode(code)}\``);
}
/** Reads a `//` or `/*` comment at `state.pos`; block comments nest when the dialect says so. */
function scanComment(state) {
    const { text } = state;
    const start = state.pos;
    if (text.charCodeAt(start + 1) === 47) {
        const newline = text.indexOf('\n', start + 2);
        state.pos = newline === -1 ? text.length : newline;
    }
    else {
        state.pos = blockCommentEnd(text, start, state.dialect.nestedBlockComments);
        if (state.pos === -1) {
            loseTrack(state, start, 'unterminated block comment');
            state.pos = text.length;
        }
    }
    state.commentStarts.push(start);
    state.commentEnds.push(state.pos);
}
/** Offset just after the block comment starting at `start`, or -1 when it never closes. */
function blockCommentEnd(text, start, nested) {
    if (!nested) {
        const close = text.indexOf('*/', start + 2);
        return close === -1 ? -1 : close + 2;
    }
    let depth = 1;
    let pos = start + 2;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        if (code === 47 && text.charCodeAt(pos + 1) === 42) {
            depth++;
            pos += 2;
        }
        else if (code === 42 && text.charCodeAt(pos + 1) === 47) {
            pos += 2;
            if (--depth === 0)
                return pos;
        }
        else {
            pos++;
        }
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/collectors/c-family/literals.ts
// String and char literals without interpolation (Go, Rust, Java, and chars everywhere). Their contents
// never count, so each scanner only finds where the literal ends; on failure it records where it lost track.



const BACKSLASH = 92;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const QUOTE = 34;
const APOSTROPHE = 39;
const literals_HASH = 35;
function finish(state, kind, start, end) {
    pushToken(state.tokens, kind, start, end);
    state.pos = end;
}
/**
 * Offset just after a backslash-escaped literal whose content starts at `from` and ends at `quote`,
 * or -1 when a line ends first (`multiline` false) or the text ends. A line end is left unconsumed.
 */
function escapedLiteralEnd(text, from, quote, multiline) {
    let pos = from;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        if (code === quote)
            return pos + 1;
        if (code === BACKSLASH)
            pos += 2;
        else if (!multiline && (code === LINE_FEED || code === CARRIAGE_RETURN))
            return -1;
        else
            pos++;
    }
    return -1;
}
/** A `"…"` string (with `contentStart` after any prefix such as Rust's `b`). */
function scanQuotedString(state, start, contentStart) {
    const { text } = state;
    const end = escapedLiteralEnd(text, contentStart, QUOTE, state.dialect.multilineStrings);
    if (end !== -1)
        return finish(state, STRING, start, end);
    loseTrack(state, start, 'unterminated string');
    finish(state, STRING, start, lineEnd(text, contentStart));
}
/** `'x'`, `'\n'`, `'\u{1F600}'`; in Rust also `'a` (a lifetime or label) when no closing quote follows. */
function scanCharOrLifetime(state, start) {
    const { text } = state;
    const first = text.charCodeAt(start + 1);
    if (state.dialect.lifetimes && first !== BACKSLASH && isIdentifierStart(first, false)) {
        // One code point, then a quote, makes a char (`'a'`, `'😀'`); anything else is a lifetime `'a`.
        const width = first >= 0xd800 && first <= 0xdbff ? 2 : 1;
        if (text.charCodeAt(start + 1 + width) !== APOSTROPHE) {
            let pos = start + 1 + width;
            while (pos < text.length && isIdentifierPart(text.charCodeAt(pos), false))
                pos++;
            return finish(state, LIFETIME, start, pos);
        }
    }
    const end = escapedLiteralEnd(text, start + 1, APOSTROPHE, false);
    if (end !== -1)
        return finish(state, CHAR, start, end);
    loseTrack(state, start, 'unterminated character literal');
    finish(state, CHAR, start, lineEnd(text, start));
}
/** Go's `` `…` ``: no escapes, may span lines. */
function scanBacktickString(state, start) {
    const close = state.text.indexOf('`', start + 1);
    if (close !== -1)
        return finish(state, STRING, start, close + 1);
    loseTrack(state, start, 'unterminated raw string');
    finish(state, STRING, start, state.text.length);
}
/** Rust `r"…"`, `r#"…"#` (any number of `#`), after a `b`/`c` prefix too; `quoteOrHash` is just after the `r`. */
function scanRustRawString(state, start, quoteOrHash) {
    const { text } = state;
    let pos = quoteOrHash;
    while (text.charCodeAt(pos) === literals_HASH)
        pos++;
    const hashes = pos - quoteOrHash;
    const closing = `"${'#'.repeat(hashes)}`;
    const close = text.indexOf(closing, pos + 1);
    if (close !== -1)
        return finish(state, STRING, start, close + closing.length);
    loseTrack(state, start, 'unterminated raw string');
    finish(state, STRING, start, text.length);
}
/** True when a Rust raw string starts at `pos` (just after its `r`): `"` or one or more `#` then `"`. */
function isRustRawStringAt(text, pos) {
    let at = pos;
    while (text.charCodeAt(at) === literals_HASH)
        at++;
    return text.charCodeAt(at) === QUOTE;
}
/** Java's `"""` text block: escapes allowed, ends at the first unescaped `"""`. */
function scanTextBlock(state, start) {
    const { text } = state;
    let pos = start + 3;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        if (code === BACKSLASH)
            pos += 2;
        else if (code === QUOTE && text.startsWith('""', pos + 1))
            return finish(state, STRING, start, pos + 3);
        else
            pos++;
    }
    loseTrack(state, start, 'unterminated text block');
    finish(state, STRING, start, text.length);
}
function lineEnd(text, from) {
    let pos = from;
    while (pos < text.length && text.charCodeAt(pos) !== LINE_FEED && text.charCodeAt(pos) !== CARRIAGE_RETURN)
        pos++;
    return pos;
}

;// CONCATENATED MODULE: ./src/collectors/c-family/interpolated.ts
// Kotlin and C# strings, whose interpolation holes (`"${expr}"`, `$"{expr}"`) may hold further strings,
// chars and braces. The whole literal, holes included, becomes one STRING token: nothing inside counts.
// Nesting is an explicit stack of frames, never recursion.



const interpolated_BACKSLASH = 92;
const interpolated_LINE_FEED = 10;
const interpolated_CARRIAGE_RETURN = 13;
const interpolated_QUOTE = 34;
const interpolated_APOSTROPHE = 39;
const DOLLAR = 36;
const interpolated_AT = 64;
const interpolated_OPEN_BRACE = 123;
const interpolated_CLOSE_BRACE = 125;
const BACKTICK = 96;
/** Kotlin `"…"` */
const KOTLIN_LINE = 1;
/** Kotlin `"""…"""` */
const KOTLIN_RAW = 2;
/** C# `"…"`, `$"…"` */
const CSHARP_REGULAR = 3;
/** C# `@"…"`, `$@"…"`, `@$"…"` */
const CSHARP_VERBATIM = 4;
/** C# `"""…"""`, `$$"""…"""` */
const CSHARP_RAW = 5;
/** Inside an interpolation hole. */
const HOLE = 6;
/** The string that starts at `pos`, if one does: its frame and where its content begins. */
function stringStartAt(state, pos) {
    const { text } = state;
    if (state.dialect.interpolation === 'kotlin') {
        if (text.charCodeAt(pos) !== interpolated_QUOTE)
            return undefined;
        const raw = text.startsWith('"""', pos);
        return { frame: interpolated_frame(raw ? KOTLIN_RAW : KOTLIN_LINE), contentStart: pos + (raw ? 3 : 1) };
    }
    let at = pos;
    let verbatim = false;
    if (text.charCodeAt(at) === interpolated_AT) {
        verbatim = true;
        at++;
    }
    const dollarStart = at;
    while (text.charCodeAt(at) === DOLLAR)
        at++;
    const dollars = at - dollarStart;
    if (!verbatim && text.charCodeAt(at) === interpolated_AT) {
        verbatim = true;
        at++;
    }
    if (text.charCodeAt(at) !== interpolated_QUOTE)
        return undefined;
    if (verbatim)
        return { frame: { ...interpolated_frame(CSHARP_VERBATIM), dollars }, contentStart: at + 1 };
    let quotes = 0;
    while (text.charCodeAt(at + quotes) === interpolated_QUOTE)
        quotes++;
    // `""` is an empty string; three or more quotes open a raw string literal.
    if (quotes >= 3)
        return { frame: { ...interpolated_frame(CSHARP_RAW), dollars, quotes }, contentStart: at + quotes };
    return { frame: { ...interpolated_frame(CSHARP_REGULAR), dollars }, contentStart: at + 1 };
}
function interpolated_frame(kind) {
    return { kind, dollars: 0, quotes: 0, depth: 0 };
}
/** Reads the Kotlin or C# string starting at `state.pos`; `first` is its frame from `stringStartAt`. */
function scanInterpolatedString(state, first, contentStart) {
    const { text } = state;
    const start = state.pos;
    if (first.kind === CSHARP_REGULAR && first.dollars === 0) {
        // A plain C# `"…"`, most strings, has no holes: an escaped literal. Only an unterminated one needs the steps.
        const end = escapedLiteralEnd(text, contentStart, interpolated_QUOTE, false);
        if (end !== -1) {
            pushToken(state.tokens, STRING, start, end);
            state.pos = end;
            return;
        }
    }
    const frames = [first];
    let pos = contentStart;
    while (pos < text.length) {
        const top = frames[frames.length - 1];
        if (top === undefined)
            break;
        const next = top.kind === HOLE ? stepInHole(state, frames, top, pos) : stepInText(text, frames, top, pos);
        if (next === -1) {
            loseTrack(state, start, 'unterminated string');
            pos = lineEnd(text, pos);
            frames.length = 0;
            break;
        }
        pos = next;
    }
    if (frames.length > 0)
        loseTrack(state, start, 'unterminated string');
    pushToken(state.tokens, STRING, start, Math.min(pos, text.length));
    state.pos = Math.min(pos, text.length);
}
/** One step inside string text: returns the next offset, or -1 when a one-line string meets a line end. */
function stepInText(text, frames, top, pos) {
    const code = text.charCodeAt(pos);
    const oneLine = top.kind === KOTLIN_LINE || top.kind === CSHARP_REGULAR;
    if (oneLine && (code === interpolated_LINE_FEED || code === interpolated_CARRIAGE_RETURN))
        return -1;
    if (code === interpolated_BACKSLASH && (top.kind === KOTLIN_LINE || top.kind === CSHARP_REGULAR))
        return pos + 2;
    if (code === interpolated_QUOTE)
        return afterQuote(text, frames, top, pos);
    if (code === DOLLAR && (top.kind === KOTLIN_LINE || top.kind === KOTLIN_RAW) && text.charCodeAt(pos + 1) === interpolated_OPEN_BRACE) {
        frames.push(interpolated_frame(HOLE));
        return pos + 2;
    }
    if (code === interpolated_OPEN_BRACE && top.dollars > 0) {
        let run = 1;
        while (text.charCodeAt(pos + run) === interpolated_OPEN_BRACE)
            run++;
        if (top.kind === CSHARP_RAW) {
            // With n `$`, n braces open a hole; a shorter run is text.
            if (run < top.dollars)
                return pos + run;
            frames.push({ ...interpolated_frame(HOLE), dollars: top.dollars });
            return pos + run;
        }
        if (run >= 2)
            return pos + 2; // `{{` is a literal brace
        frames.push({ ...interpolated_frame(HOLE), dollars: 1 });
        return pos + 1;
    }
    return pos + 1;
}
function afterQuote(text, frames, top, pos) {
    if (top.kind === KOTLIN_RAW || top.kind === CSHARP_RAW) {
        let run = 1;
        while (text.charCodeAt(pos + run) === interpolated_QUOTE)
            run++;
        const needed = top.kind === KOTLIN_RAW ? 3 : top.quotes;
        if (run < needed)
            return pos + run;
        frames.pop();
        // Kotlin: quotes before the closing three belong to the content (`""""` ends with one quote inside).
        return pos + (top.kind === KOTLIN_RAW ? run : needed);
    }
    if (top.kind === CSHARP_VERBATIM && text.charCodeAt(pos + 1) === interpolated_QUOTE)
        return pos + 2;
    frames.pop();
    return pos + 1;
}
/** One step of code inside a hole: nested strings, chars, comments and braces. */
function stepInHole(state, frames, top, pos) {
    const { text } = state;
    const code = text.charCodeAt(pos);
    if (code === interpolated_OPEN_BRACE) {
        top.depth++;
        return pos + 1;
    }
    if (code === interpolated_CLOSE_BRACE) {
        if (top.depth-- > 0)
            return pos + 1;
        frames.pop();
        let run = 1;
        while (run < top.dollars && text.charCodeAt(pos + run) === interpolated_CLOSE_BRACE)
            run++;
        return pos + run;
    }
    if (code === interpolated_APOSTROPHE) {
        const end = escapedLiteralEnd(text, pos + 1, interpolated_APOSTROPHE, false);
        return end === -1 ? pos + 1 : end;
    }
    if (code === BACKTICK && state.dialect.backtick === 'identifier') {
        const close = text.indexOf('`', pos + 1);
        return close === -1 ? pos + 1 : close + 1;
    }
    if (code === 47 && text.charCodeAt(pos + 1) === 47)
        return lineEnd(text, pos);
    if (code === 47 && text.charCodeAt(pos + 1) === 42) {
        const end = blockCommentEnd(text, pos, state.dialect.nestedBlockComments);
        return end === -1 ? text.length : end;
    }
    const nested = stringStartAt(state, pos);
    if (nested === undefined)
        return pos + 1;
    frames.push(nested.frame);
    return nested.contentStart;
}

;// CONCATENATED MODULE: ./src/collectors/c-family/lexer.ts
// One pass over C-family text (Go, Rust, Java, Kotlin, C#) producing significant tokens, bracket pairs
// and comment ranges. It is a lexer, not a parser; the dialect decides which literal forms exist.





/** `spare`, when given, is a buffer of an earlier result that is no longer needed: its tokens are overwritten. */
function lexCFamily(text, dialect, spare) {
    const state = createLexState(text, dialect, spare);
    skipBomAndShebang(state);
    const classes = characterClasses(dialect);
    const { tokens } = state;
    // The common tokens are read here with a local offset; everything else goes through `state.pos`.
    let pos = state.pos;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        const kind = code < 128 ? classes[code] : nonAsciiClass(code);
        if (kind === SPACE) {
            pos++;
        }
        else if (kind === WORD) {
            const end = wordEnd(text, pos + 1, classes);
            if (dialect.rustRawStrings && end - pos <= 2 && isRustPrefixStart(code)) {
                state.pos = pos;
                readWord(state, end);
                pos = state.pos;
            }
            else {
                pushToken(tokens, IDENT, pos, end);
                pos = end;
            }
        }
        else if (kind === PUNCTUATOR) {
            const value = punctuatorValue(code, text.charCodeAt(pos + 1));
            const length = value === code ? 1 : 2;
            pushToken(tokens, PUNCT, pos, pos + length, value);
            pos += length;
        }
        else if (kind === OPENER) {
            state.openBrackets.push(pushToken(tokens, PUNCT, pos, pos + 1, code));
            pos++;
        }
        else if (kind === CLOSER) {
            state.pos = pos;
            closeBracket(state, code);
            pos = state.pos;
        }
        else if (kind === DIGIT) {
            const end = numberEnd(text, pos);
            pushToken(tokens, NUMBER, pos, end);
            pos = end;
        }
        else {
            state.pos = pos;
            readSymbol(state, code);
            pos = state.pos;
        }
    }
    state.pos = pos;
    reportUnclosed(state);
    return { tokens: state.tokens, commentStarts: state.commentStarts, commentEnds: state.commentEnds, lostTrack: state.lostTrack };
}
// What an ASCII character starts, looked up in a per-dialect table instead of a chain of comparisons.
const SPACE = 1;
const WORD = 2;
const DIGIT = 3;
/** A punctuator that is never the start of anything longer than `::`, `->` or `=>`. */
const PUNCTUATOR = 4;
const OPENER = 5;
const CLOSER = 6;
/** Comments, literals and the characters whose meaning depends on the dialect: `readSymbol` decides. */
const SYMBOL = 7;
const classTables = new Map();
function characterClasses(dialect) {
    let table = classTables.get(dialect);
    if (table === undefined) {
        table = new Uint8Array(128);
        for (let code = 0; code < 128; code++)
            table[code] = asciiClass(code, dialect);
        classTables.set(dialect, table);
    }
    return table;
}
function asciiClass(code, dialect) {
    if (isWhitespace(code))
        return SPACE;
    if (isIdentifierStart(code, dialect.dollarInIdentifiers))
        return WORD;
    if (isDigit(code))
        return DIGIT;
    if (code === 40 || code === 91 || code === 123)
        return OPENER;
    if (code === 41 || code === 93 || code === 125)
        return CLOSER;
    // `"`, `#`, `$`, `'`, `/`, `@` and backtick.
    if (code === 34 || code === 35 || code === 36 || code === 39 || code === 47 || code === 64 || code === 96)
        return SYMBOL;
    return PUNCTUATOR;
}
/** Non-ASCII characters are identifier characters unless they are Unicode spaces. */
function nonAsciiClass(code) {
    return isWhitespace(code) ? SPACE : WORD;
}
function wordEnd(text, from, classes) {
    let pos = from;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        const kind = code < 128 ? classes[code] : nonAsciiClass(code);
        if (kind !== WORD && kind !== DIGIT)
            break;
        pos++;
    }
    return pos;
}
function skipBomAndShebang(state) {
    const { text } = state;
    if (text.charCodeAt(0) === 0xfeff)
        state.pos = 1;
    // `#![attr]` is a Rust inner attribute, not a shebang.
    if (text.startsWith('#!', state.pos) && text.charCodeAt(state.pos + 2) !== 91)
        state.pos = lineEnd(text, state.pos);
}
/** `b`, `c` or `r`: the letters a Rust literal prefix (`b"`, `c"`, `r#"`, `br"`, `cr"`, `r#ident`) starts with. */
function isRustPrefixStart(code) {
    return code === 98 || code === 99 || code === 114;
}
/** A string whose prefix looks like an identifier (Rust `r"…"`, `br#"…"#`, `b"…"`; raw identifiers `r#type`), else the identifier ending at `end`. */
function readWord(state, end) {
    const { text } = state;
    const start = state.pos;
    const word = text.slice(start, end);
    const next = text.charCodeAt(end);
    if ((word === 'r' || word === 'br' || word === 'cr') && isRustRawStringAt(text, end)) {
        return scanRustRawString(state, start, end);
    }
    if ((word === 'b' || word === 'c') && next === 34)
        return scanQuotedString(state, start, end + 1);
    if (word === 'b' && next === 39) {
        state.pos = end;
        return scanCharOrLifetime(state, end);
    }
    if (word === 'r' && next === 35 && isIdentifierStart(text.charCodeAt(end + 1), false)) {
        state.pos = skipIdentifier(text, end + 1, false);
        pushToken(state.tokens, IDENT, start, state.pos);
        return;
    }
    pushToken(state.tokens, IDENT, start, end);
    state.pos = end;
}
/** Digits, letters, `_` and a `.` followed by a digit; `1..10` stays a range, `1e-3` one number. */
function numberEnd(text, start) {
    const hex = text.charCodeAt(start) === 48 && (text.charCodeAt(start + 1) | 32) === 120;
    let pos = start + 1;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        const exponentSign = (code === 43 || code === 45) && !hex && (text.charCodeAt(pos - 1) | 32) === 101;
        const fraction = code === 46 && isDigit(text.charCodeAt(pos + 1));
        if (!exponentSign && !fraction && !isIdentifierPart(code, false))
            break;
        pos++;
    }
    return pos;
}
function readSymbol(state, code) {
    const { text, dialect } = state;
    const pos = state.pos;
    const next = text.charCodeAt(pos + 1);
    if (code === 47 && (next === 47 || next === 42))
        return scanComment(state);
    if (code === 39)
        return scanCharOrLifetime(state, pos);
    if (dialect.interpolation !== 'none' && (code === 34 || code === 36 || code === 64)) {
        const string = stringStartAt(state, pos);
        if (string !== undefined)
            return scanInterpolatedString(state, string.frame, string.contentStart);
    }
    else if (code === 34) {
        return dialect.tripleQuotes === 'java' && text.startsWith('"""', pos) ? scanTextBlock(state, pos) : scanQuotedString(state, pos, pos + 1);
    }
    if (code === 96 && dialect.backtick !== 'none')
        return readBacktick(state);
    if (code === 35 && dialect.preprocessorLines && startsLine(text, pos)) {
        state.pos = lineEnd(text, pos);
        return;
    }
    if (code === 64 && dialect.interpolation === 'csharp' && isIdentifierStart(next, false)) {
        // `@class`: a C# verbatim identifier.
        state.pos = skipIdentifier(text, pos + 1, false);
        pushToken(state.tokens, IDENT, pos, state.pos);
        return;
    }
    readPunctuator(state, code, next);
}
function readBacktick(state) {
    const { text } = state;
    const start = state.pos;
    if (state.dialect.backtick === 'raw-string')
        return scanBacktickString(state, start);
    // Kotlin: `` `names with spaces` `` are identifiers, common for test names; they end on their line.
    const close = text.indexOf('`', start + 1);
    const end = lineEnd(text, start + 1);
    if (close === -1 || close > end) {
        loseTrack(state, start, 'unterminated backtick identifier');
        state.pos = end;
        return;
    }
    pushToken(state.tokens, IDENT, start, close + 1);
    state.pos = close + 1;
}
function startsLine(text, pos) {
    let at = pos - 1;
    while (at >= 0 && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9))
        at--;
    return at < 0 || text.charCodeAt(at) === 10 || text.charCodeAt(at) === 13;
}
function readPunctuator(state, code, next) {
    const value = punctuatorValue(code, next);
    const length = value === code ? 1 : 2;
    pushToken(state.tokens, PUNCT, state.pos, state.pos + length, value);
    state.pos += length;
}
/** The punctuator value at a character: its code, or one of the two-character values. */
function punctuatorValue(code, next) {
    if (code === 58 && next === 58)
        return DOUBLE_COLON;
    if (code === 45 && next === 62)
        return THIN_ARROW;
    if (code === 61 && next === 62)
        return FAT_ARROW;
    return code;
}

;// CONCATENATED MODULE: ./src/collectors/c-family/context.ts



/**
 * The tokens of the previous context, reused for the next file: allocating and clearing a fresh buffer costs
 * about as much as lexing a small file. So a context is only valid until the next `createContext`, which
 * holds for collectors that finish each file before starting the next.
 */
let spareTokens;
/** A spare bigger than this (after a huge file) is dropped rather than kept for the process's lifetime. */
const SPARE_LIMIT = 1 << 20;
function createContext(file, text, dialect) {
    const lexed = lexCFamily(text, dialect, spareTokens);
    spareTokens = lexed.tokens.kinds.length <= SPARE_LIMIT ? lexed.tokens : undefined;
    return { file, text, dialect, lexed, tokens: lexed.tokens, lines: undefined };
}
function lineStarts(context) {
    context.lines ??= indexLines(context.text);
    return context.lines;
}
function findingAt(context, kind, offset, message) {
    const lines = lineStarts(context);
    const finding = {
        kind,
        file: context.file.path,
        line: lineAt(lines, offset),
        column: columnAt(lines, offset),
        message,
    };
    if (context.file.language !== undefined)
        finding.language = context.file.language;
    return finding;
}
/** A finding at the start of token `index`. */
function findingAtToken(context, kind, index, message) {
    return findingAt(context, kind, context.tokens.starts[index] ?? 0, message);
}
/** `todo.comments`: one finding per comment carrying a tag (see `todo-tags.ts`), test code included. */
function collectTodoComments(context) {
    const { text } = context;
    const { commentStarts, commentEnds } = context.lexed;
    const findings = [];
    for (let index = 0; index < commentStarts.length; index++) {
        const start = commentStarts[index] ?? 0;
        const end = commentEnds[index] ?? start;
        const isBlock = text.charCodeAt(start + 1) === 42;
        const bodyEnd = isBlock && text.endsWith('*/', end) && end - start >= 4 ? end - 2 : end;
        const body = text.slice(start + 2, bodyEnd);
        const found = findTodoTag(body);
        if (found !== undefined)
            findings.push(findingAt(context, 'todo.comments', start + 2 + found.index, todoMessage(body, found)));
    }
    return findings;
}
/** The `parse.errors` finding when the lexer lost track, else nothing. */
function collectParseError(context) {
    const lost = context.lexed.lostTrack;
    if (lost === undefined)
        return [];
    const finding = findingAt(context, 'parse.errors', lost.offset, '');
    finding.message =
        `could not follow ${context.dialect.label} syntax after line ${finding.line} (${lost.reason}); ` +
            'counts for this file may be incomplete';
    finding.data = { reason: lost.reason };
    return [finding];
}
/** Collapses whitespace and cuts to `max` characters, so messages stay one readable line. */
function context_shorten(value, max) {
    const flat = value.replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
/** Findings in reading order. */
function byPosition(findings) {
    return findings.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}

;// CONCATENATED MODULE: ./src/collectors/c-family/catch-clauses.ts


function findCatchClauses(context) {
    const { tokens, text } = context;
    const clauses = [];
    for (const index of tokensSpelled(text, tokens, IDENT, 'catch')) {
        if (!isPunct(tokens, index - 1, CLOSE_BRACE))
            continue;
        const open = isPunct(tokens, index + 1, OPEN_PAREN) ? index + 1 : -1;
        let block = open === -1 ? index + 1 : partnerOf(tokens, open) + 1;
        // C# exception filter: `catch (IOException e) when (e.HResult == 5) { … }`.
        if (block > 0 && isWord(text, tokens, block, 'when') && isPunct(tokens, block + 1, OPEN_PAREN)) {
            block = partnerOf(tokens, block + 1) + 1;
        }
        if (block > 0 && isPunct(tokens, block, OPEN_BRACE))
            clauses.push({ keyword: index, open, block });
    }
    return clauses;
}
/** The clause as written up to its `)`, whitespace collapsed: `catch (Exception e)`. */
function clauseText(context, clause) {
    const { tokens, text } = context;
    if (clause.open === -1)
        return 'catch';
    const close = partnerOf(tokens, clause.open);
    const inside = text.slice(tokens.ends[clause.open] ?? 0, tokens.starts[close] ?? 0).replace(/\s+/g, ' ').trim();
    return `catch (${inside.length > 80 ? `${inside.slice(0, 80)}…` : inside})`;
}
/** `catch.empty`: the clause's block holds no tokens (comments allowed). */
function collectEmptyCatches(context, clauses) {
    const findings = [];
    for (const clause of clauses) {
        if (partnerOf(context.tokens, clause.block) !== clause.block + 1)
            continue;
        const message = `empty \`${clauseText(context, clause)}\` block swallows the error`;
        findings.push(findingAtToken(context, 'catch.empty', clause.keyword, message));
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/collectors/c-family/csharp-catches.ts



const GENERIC_TYPES = new Set(['Exception', 'System.Exception', 'global::System.Exception']);
function collectCSharpGenericCatches(context, clauses) {
    const findings = [];
    for (const clause of clauses) {
        if (clause.open !== -1 && !GENERIC_TYPES.has(caughtType(context, clause.open)))
            continue;
        const written = clause.open === -1 ? 'bare `catch`' : `\`${clauseText(context, clause)}\``;
        const message = `${written} catches every exception; catch the exceptions you expect`;
        findings.push(findingAtToken(context, 'catch.generic', clause.keyword, message));
    }
    return findings;
}
/** The type in `catch (global::System.Exception e)`, as written without spaces. */
function caughtType(context, open) {
    const { tokens, text } = context;
    let type = '';
    let index = open + 1;
    while (isKind(tokens, index, IDENT)) {
        type += tokenText(text, tokens, index++);
        if (!isPunct(tokens, index, DOT) && !isPunct(tokens, index, DOUBLE_COLON))
            break;
        type += tokenText(text, tokens, index++);
    }
    return type;
}

;// CONCATENATED MODULE: ./src/collectors/c-family/csharp-attributes.ts

const MODIFIERS = new Set([
    'public', 'private', 'protected', 'internal', 'static', 'async', 'virtual', 'override', 'sealed', 'abstract',
    'extern', 'unsafe', 'new', 'readonly', 'partial', 'file', 'required', 'volatile',
]);
const TYPE_KEYWORDS = new Set(['class', 'struct', 'record', 'interface', 'enum']);
const HEADER_LIMIT = 256;
/** The attributes of the list opened at `open`, or undefined when it is not an attribute list. */
function attributeListAt(context, open) {
    const { tokens } = context;
    if (!isPunct(tokens, open, OPEN_BRACKET))
        return undefined;
    const before = open - 1;
    const placed = before < 0 || [SEMICOLON, OPEN_BRACE, CLOSE_BRACE, CLOSE_BRACKET].some((value) => isPunct(tokens, before, value));
    const close = partnerOf(tokens, open);
    if (!placed || close < 0)
        return undefined;
    let index = open + 1;
    // A target such as `assembly:` or `return:`.
    if (isKind(tokens, index, IDENT) && isPunct(tokens, index + 1, COLON))
        index += 2;
    const attributes = [];
    while (index < close) {
        const start = index;
        let name = index;
        while (isKind(tokens, index, IDENT)) {
            name = index++;
            if (!isPunct(tokens, index, DOT) && !isPunct(tokens, index, DOUBLE_COLON))
                break;
            index++;
        }
        if (name !== index - 1 || !isKind(tokens, name, IDENT))
            return undefined;
        if (isPunct(tokens, index, LESS))
            index = skipTypeArguments(context, index, close);
        const argumentsOpen = isPunct(tokens, index, OPEN_PAREN) ? index : -1;
        if (argumentsOpen !== -1)
            index = partnerOf(tokens, argumentsOpen) + 1;
        attributes.push({ name: tokenText(context.text, tokens, name).replace(/Attribute$/, ''), start, open: argumentsOpen });
        if (index === close)
            return attributes;
        if (!isPunct(tokens, index, COMMA))
            return undefined;
        index++;
    }
    return attributes.length > 0 ? attributes : undefined;
}
function skipTypeArguments(context, less, close) {
    let depth = 0;
    for (let index = less; index < close; index++) {
        if (isPunct(context.tokens, index, LESS))
            depth++;
        else if (isPunct(context.tokens, index, GREATER) && --depth === 0)
            return index + 1;
    }
    return close;
}
/** Reads the attribute lists starting at `first`, then what they are declared on. */
function declarationAfterAttributes(context, first) {
    const { tokens, text } = context;
    const attributes = [];
    let index = first;
    for (let list = attributeListAt(context, index); list !== undefined; list = attributeListAt(context, index)) {
        attributes.push(...list);
        index = partnerOf(tokens, index) + 1;
    }
    const end = index;
    if (attributes.length === 0)
        return { attributes, kind: 'other', name: -1, end };
    while (isOneOf(text, tokens, index, MODIFIERS))
        index++;
    const limit = Math.min(tokens.count, index + HEADER_LIMIT);
    for (; index < limit; index++) {
        if (isOneOf(text, tokens, index, TYPE_KEYWORDS))
            return { attributes, kind: 'class', name: index + 1, end };
        if (tokens.kinds[index] !== PUNCT)
            continue;
        const value = tokens.values[index] ?? 0;
        if (value === OPEN_PAREN) {
            const name = methodNameBefore(context, index);
            return { attributes, kind: name === -1 ? 'other' : 'method', name, end };
        }
        if (value === OPEN_BRACKET)
            index = Math.max(index, partnerOf(tokens, index));
        else if (value === OPEN_BRACE || value === SEMICOLON || value === EQUALS || value === FAT_ARROW)
            break;
        else if (value === CLOSE_PAREN || value === CLOSE_BRACKET || value === CLOSE_BRACE)
            break;
    }
    return { attributes, kind: 'other', name: -1, end };
}
/** The method name before a parameter list's `(`: `Name(` or `Name<T>(`; -1 otherwise. */
function methodNameBefore(context, open) {
    const { tokens } = context;
    let before = open - 1;
    if (isPunct(tokens, before, GREATER)) {
        let depth = 0;
        for (let steps = 0; before >= 0 && steps < HEADER_LIMIT; steps++, before--) {
            if (isPunct(tokens, before, GREATER))
                depth++;
            else if (isPunct(tokens, before, LESS) && --depth === 0)
                break;
        }
        before--;
    }
    return isKind(tokens, before, IDENT) && !isWord(context.text, tokens, before, 'new') ? before : -1;
}

;// CONCATENATED MODULE: ./src/collectors/c-family/placeholder-bodies.ts

const NOT_IMPLEMENTED = /not.?implemented/i;
/** Enough of a message to find the words; bounds the regex on hostile literals. */
const MESSAGE_WINDOW = 1000;
/**
 * When the tokens from `from` up to `end` (exclusive; a `;` before it is allowed) are exactly one
 * placeholder statement, what it is for the message (`throws \`NotImplementedException\``); else undefined.
 */
function placeholderStatement(context, from, end, kotlin) {
    const { tokens, text } = context;
    const last = isPunct(tokens, end - 1, SEMICOLON) ? end - 1 : end;
    if (kotlin && isWord(text, tokens, from, 'TODO') && isPunct(tokens, from + 1, OPEN_PAREN)) {
        const close = partnerOf(tokens, from + 1);
        return close + 1 === last ? `is only \`TODO(${close === from + 2 ? '' : '…'})\`` : undefined;
    }
    if (!isWord(text, tokens, from, 'throw'))
        return undefined;
    let index = isWord(text, tokens, from + 1, 'new') ? from + 2 : from + 1;
    if (!isKind(tokens, index, IDENT))
        return undefined;
    let name = index;
    while (isPunct(tokens, index + 1, DOT) && isKind(tokens, index + 2, IDENT)) {
        index += 2;
        name = index;
    }
    if (!isPunct(tokens, index + 1, OPEN_PAREN) || partnerOf(tokens, index + 1) + 1 !== last)
        return undefined;
    const type = tokenText(text, tokens, name);
    if (NOT_IMPLEMENTED.test(type) || firstArgumentSaysNotImplemented(context, index + 2))
        return `only throws \`${type}\``;
    return undefined;
}
/**
 * Token indexes where a placeholder statement can start, in order: every `throw`, and in Kotlin every
 * `TODO`. Walking these instead of every body keeps files without placeholders cheap.
 */
function placeholderStarts(context, kotlin) {
    const { tokens, text } = context;
    const throws = tokensSpelled(text, tokens, IDENT, 'throw');
    if (!kotlin)
        return throws;
    return mergeAscending(throws, tokensSpelled(text, tokens, IDENT, 'TODO'));
}
function mergeAscending(first, second) {
    const merged = [];
    let i = 0;
    let j = 0;
    while (i < first.length || j < second.length) {
        if (j === second.length || (i < first.length && (first[i] ?? 0) < (second[j] ?? 0)))
            merged.push(first[i++] ?? 0);
        else
            merged.push(second[j++] ?? 0);
    }
    return merged;
}
function firstArgumentSaysNotImplemented(context, argument) {
    const { tokens, text } = context;
    if (!isKind(tokens, argument, STRING))
        return false;
    const start = tokens.starts[argument] ?? 0;
    const end = Math.min(tokens.ends[argument] ?? start, start + MESSAGE_WINDOW);
    return NOT_IMPLEMENTED.test(text.slice(start, end));
}

;// CONCATENATED MODULE: ./src/collectors/c-family/csharp-stubs.ts




/** Words before `(` that make it a statement, an expression or an anonymous method, not a parameter list. */
const NOT_METHODS = new Set([
    'if', 'for', 'foreach', 'while', 'switch', 'catch', 'using', 'lock', 'fixed', 'when', 'checked', 'unchecked',
    'typeof', 'sizeof', 'nameof', 'default', 'delegate', 'return', 'throw', 'await',
]);
const ACCESSORS = new Set(['get', 'set', 'init', 'add', 'remove']);
/** Words before `name =>` that make it a lambda rather than an expression-bodied property. */
const NOT_TYPES = new Set(['async', 'return', 'await', 'in', 'is', 'as', 'case', 'when', 'throw', 'yield', 'else', 'out', 'ref']);
const MEMBER_LIMIT = 64;
const QUESTION = 63;
function collectCSharpPlaceholders(context) {
    const { tokens } = context;
    const findings = [];
    for (const statement of placeholderStarts(context, false)) {
        const index = statement - 1;
        const block = isPunct(tokens, index, OPEN_BRACE);
        if (!block && !isPunct(tokens, index, FAT_ARROW))
            continue;
        const end = block ? partnerOf(tokens, index) : arrowBodyEnd(context, index);
        if (end < 0)
            continue;
        const what = placeholderStatement(context, index + 1, end, false);
        if (what === undefined)
            continue;
        const name = memberName(context, index);
        if (name !== undefined)
            findings.push(findingAtToken(context, 'stubs.placeholder', index + 1, `\`${name}\` is a placeholder: its body ${what}`));
    }
    return findings;
}
/** `=> throw new X(…);`: the index after the `;`, or -1. */
function arrowBodyEnd(context, arrow) {
    const { tokens } = context;
    let index = arrow + 1;
    const limit = Math.min(tokens.count, arrow + MEMBER_LIMIT);
    while (index < limit && (isKind(tokens, index, IDENT) || isPunct(tokens, index, DOT)))
        index++;
    if (!isPunct(tokens, index, OPEN_PAREN))
        return -1;
    const after = partnerOf(tokens, index) + 1;
    return after > 0 && isPunct(tokens, after, SEMICOLON) ? after + 1 : -1;
}
/** The member whose body starts at `start` (`{` or `=>`), or undefined when it is not a member body. */
function memberName(context, start) {
    const { tokens, text } = context;
    const before = start - 1;
    if (isPunct(tokens, before, CLOSE_PAREN))
        return methodName(context, before);
    if (isOneOf(text, tokens, before, ACCESSORS)) {
        // `Name { get …`, possibly with a modifier: `Name { private set …`.
        let brace = before - 1;
        while (isKind(tokens, brace, IDENT) && brace > before - 3)
            brace--;
        const property = isPunct(tokens, brace, OPEN_BRACE) && isKind(tokens, brace - 1, IDENT) ? tokenText(text, tokens, brace - 1) : '';
        return property === '' ? tokenText(text, tokens, before) : `${property}.${tokenText(text, tokens, before)}`;
    }
    if (!isPunct(tokens, start, FAT_ARROW))
        return undefined;
    if (isPunct(tokens, before, CLOSE_BRACKET) && isWord(text, tokens, partnerOf(tokens, before) - 1, 'this'))
        return 'this[]';
    const typeEnd = before - 1;
    const typed = (isKind(tokens, typeEnd, IDENT) && !isOneOf(text, tokens, typeEnd, NOT_TYPES)) ||
        isPunct(tokens, typeEnd, GREATER) || isPunct(tokens, typeEnd, CLOSE_BRACKET) || isPunct(tokens, typeEnd, QUESTION);
    return isKind(tokens, before, IDENT) && typed ? tokenText(text, tokens, before) : undefined;
}
/** The method or constructor whose parameter list (or `: base(…)` initializer) closes at `close`. */
function methodName(context, close) {
    const { tokens, text } = context;
    let open = partnerOf(tokens, close);
    const initializer = isWord(text, tokens, open - 1, 'base') || isWord(text, tokens, open - 1, 'this');
    if (initializer && isPunct(tokens, open - 2, COLON) && isPunct(tokens, open - 3, CLOSE_PAREN))
        open = partnerOf(tokens, open - 3);
    const name = methodNameBefore(context, open);
    if (name === -1 || isOneOf(text, tokens, name, NOT_METHODS) || isPunct(tokens, name - 1, DOT))
        return undefined;
    return tokenText(text, tokens, name);
}

;// CONCATENATED MODULE: ./src/collectors/c-family/csharp-tests.ts



const TEST_ATTRIBUTES = new Set(['Fact', 'Theory', 'Test', 'TestCase', 'TestCaseSource', 'TestMethod', 'DataTestMethod']);
function collectCSharpTests(context) {
    const { tokens, text } = context;
    const findings = [];
    // Attribute lists read as part of an earlier declaration are not read again.
    let readUpTo = 0;
    for (const index of tokensSpelled(text, tokens, PUNCT, '[')) {
        if (index < readUpTo)
            continue;
        const declaration = declarationAfterAttributes(context, index);
        if (declaration.attributes.length === 0)
            continue;
        readUpTo = declaration.end;
        const { attributes, name } = declaration;
        const declared = tokenText(text, tokens, name);
        const ignore = attributes.find((attribute) => attribute.name === 'Ignore');
        if (declaration.kind === 'class' && ignore !== undefined) {
            findings.push(findingAtToken(context, 'tests.skipped-classes', ignore.start, `test class \`${declared}\` is skipped (\`[Ignore]\`)`));
        }
        const tests = attributes.filter((attribute) => TEST_ATTRIBUTES.has(attribute.name));
        if (declaration.kind !== 'method' || tests.length === 0)
            continue;
        findings.push(findingAtToken(context, 'tests.cases', name, `test \`${declared}\``));
        const skip = tests.map((attribute) => skipArgument(context, attribute)).find((at) => at !== -1);
        if (skip !== undefined) {
            findings.push(findingAtToken(context, 'tests.skipped', skip, `test \`${declared}\` is skipped (\`Skip = …\`)`));
        }
        else if (ignore !== undefined) {
            findings.push(findingAtToken(context, 'tests.skipped', ignore.start, `test \`${declared}\` is skipped (\`[Ignore]\`)`));
        }
    }
    return findings;
}
/** Token index of `Skip` in `[Fact(Skip = "…")]`, -1 when the attribute has no such argument. */
function skipArgument(context, attribute) {
    const { tokens, text } = context;
    if (attribute.open === -1)
        return -1;
    const close = partnerOf(tokens, attribute.open);
    for (let at = attribute.open + 1; at < close; at++) {
        const partner = partnerOf(tokens, at);
        if (partner > at)
            at = partner;
        else if (isWord(text, tokens, at, 'Skip') && isPunct(tokens, at + 1, EQUALS))
            return at;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/collectors/c-family/dialect.ts
// What differs between the C-family languages at the lexical level. The lexer is one loop; these flags
// decide which string, char and comment forms it knows.
const BASE = {
    label: '',
    nestedBlockComments: false,
    multilineStrings: false,
    lifetimes: false,
    backtick: 'none',
    rustRawStrings: false,
    tripleQuotes: 'none',
    interpolation: 'none',
    dollarInIdentifiers: false,
    preprocessorLines: false,
};
const GO = { ...BASE, label: 'Go', backtick: 'raw-string' };
const RUST = {
    ...BASE,
    label: 'Rust',
    nestedBlockComments: true,
    multilineStrings: true,
    lifetimes: true,
    rustRawStrings: true,
};
const JAVA = { ...BASE, label: 'Java', tripleQuotes: 'java', dollarInIdentifiers: true };
const KOTLIN = {
    ...BASE,
    label: 'Kotlin',
    nestedBlockComments: true,
    backtick: 'identifier',
    tripleQuotes: 'kotlin',
    interpolation: 'kotlin',
};
const CSHARP = {
    ...BASE,
    label: 'C#',
    tripleQuotes: 'csharp',
    interpolation: 'csharp',
    preprocessorLines: true,
};

;// CONCATENATED MODULE: ./src/collectors/csharp-code.ts






function collectCSharpEvidence(file, text) {
    const context = createContext(file, text, CSHARP);
    let findings = collectCSharpTests(context).concat(collectTodoComments(context), collectParseError(context));
    // Test code is excluded from catch and stub counts: swallowing errors or stubbing there is often the point.
    if (!file.isTest) {
        const clauses = findCatchClauses(context);
        findings = findings.concat(collectCSharpGenericCatches(context, clauses), collectEmptyCatches(context, clauses), collectCSharpPlaceholders(context));
    }
    return byPosition(findings);
}
const csharpCode = {
    id: 'csharp-code',
    wants: (file) => file.language === 'csharp',
    collect: collectCSharpEvidence,
};

;// CONCATENATED MODULE: ./src/collectors/dependency-lockfiles.ts
const dependencyLockfiles = {
    id: 'dependency-lockfiles',
    collect(_files, scan) {
        if (scan === undefined)
            return [];
        const manifests = scan.findings
            .filter((finding) => finding.kind === 'deps.manifests' && finding.data !== undefined)
            .map((finding) => ({ file: finding.file, folder: folderOf(finding.file), data: finding.data ?? {} }));
        if (manifests.length === 0)
            return [];
        const paths = pathsNamed(wantedNames(manifests), scan.paths);
        const workspaceRoots = new Set([
            ...manifests.filter((manifest) => manifest.data.workspaceRoot === true).map((manifest) => manifest.folder),
            ...[...paths].filter((path) => basenameOf(path) === 'pnpm-workspace.yaml').map(folderOf),
        ]);
        const findings = [];
        for (const manifest of manifests) {
            if (!expectsLockfile(manifest, paths))
                continue;
            // A workspace member shares its root's lockfile; the root alone reports a missing one.
            if (ancestorsOf(manifest.folder).some((folder) => folder !== manifest.folder && workspaceRoots.has(folder)))
                continue;
            const names = String(manifest.data.lockfiles).split('|');
            const folders = manifest.data.lockInParent === true ? ancestorsOf(manifest.folder) : [manifest.folder];
            if (folders.some((folder) => names.some((name) => paths.has(folder + name))))
                continue;
            const where = manifest.data.lockInParent === true ? 'beside it or in a parent folder' : 'beside it';
            findings.push({
                kind: 'deps.no-lockfile',
                file: manifest.file,
                line: 0,
                message: `no lockfile (${names.join(', ')}) ${where}: installs are not reproducible`,
                data: { ecosystem: String(manifest.data.ecosystem), expected: names.join('|') },
            });
        }
        return findings;
    },
};
/** The file names this collector asks about: the manifests' lockfiles, pnpm workspaces and a Rust binary's entry point. */
function wantedNames(manifests) {
    const names = new Set(['pnpm-workspace.yaml', 'main.rs']);
    for (const manifest of manifests)
        for (const name of String(manifest.data.lockfiles).split('|'))
            names.add(basenameOf(name));
    return names;
}
/**
 * The listed paths named one of `names`, and those inside a `src/bin/` folder: all that is ever looked up. A set
 * of every path cost this collector more than the rest of its work on a repository of 50,000 files.
 */
function pathsNamed(names, paths) {
    const found = new Set();
    for (const path of paths)
        if (names.has(basenameOf(path)) || path.startsWith('src/bin/') || path.includes('/src/bin/'))
            found.add(path);
    return found;
}
function expectsLockfile(manifest, paths) {
    switch (manifest.data.lock) {
        case 'always':
            return true;
        case 'binary-crate':
            return (manifest.data.binaryTarget === true ||
                paths.has(`${manifest.folder}src/main.rs`) ||
                [...paths].some((path) => path.startsWith(`${manifest.folder}src/bin/`)));
        default:
            return false;
    }
}
/** `a/b/package.json` → `a/b/`; a root file → ''. */
function folderOf(path) {
    return path.slice(0, path.lastIndexOf('/') + 1);
}
function basenameOf(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/** `a/b/` → [`a/b/`, `a/`, ``]. */
function ancestorsOf(folder) {
    const folders = [folder];
    for (let current = folder; current !== '';) {
        current = folderOf(current.slice(0, -1));
        folders.push(current);
    }
    return folders;
}

;// CONCATENATED MODULE: ./src/collectors/operability/libraries.ts
/** The data key each kind uses for the label (`{ sdk: 'sentry' }`, `{ library: 'pino' }`). */
const LABEL_KEY = {
    'ops.monitoring': 'sdk',
    'ops.structured-logging': 'library',
    'ops.rate-limiting': 'library',
    'ops.security-headers': 'library',
    'api.docs-frameworks': 'framework',
    'ops.health-endpoints': 'framework',
};
const monitoring = (label, packages) => ({ kind: 'ops.monitoring', label, packages });
const logging = (label, packages) => ({ kind: 'ops.structured-logging', label, packages });
const rateLimit = (label, packages) => ({ kind: 'ops.rate-limiting', label, packages });
const headers = (label, packages) => ({ kind: 'ops.security-headers', label, packages });
const libraries_apiDocs = (label, packages) => ({ kind: 'api.docs-frameworks', label, packages });
const LIBRARIES = [
    monitoring('sentry', {
        npm: ['@sentry/*'],
        pypi: ['sentry-sdk'],
        go: ['github.com/getsentry/sentry-go*'],
        maven: ['io.sentry:*'],
        rubygems: ['sentry-ruby', 'sentry-rails', 'sentry-sidekiq'],
        composer: ['sentry/*'],
        cargo: ['sentry', 'sentry-*'],
        nuget: ['Sentry', 'Sentry.*'],
    }),
    monitoring('prometheus', {
        npm: ['prom-client', 'express-prom-bundle', '@willsoto/nestjs-prometheus'],
        pypi: ['prometheus-client', 'prometheus-fastapi-instrumentator', 'django-prometheus', 'prometheus-flask-exporter', 'starlette-exporter'],
        go: ['github.com/prometheus/client_golang*'],
        maven: ['io.micrometer:micrometer-registry-prometheus*', 'io.prometheus:*'],
        rubygems: ['prometheus-client', 'yabeda-prometheus'],
        composer: ['promphp/prometheus_client_php'],
        cargo: ['prometheus', 'prometheus-client', 'metrics-exporter-prometheus'],
        nuget: ['prometheus-net', 'prometheus-net.*', 'OpenTelemetry.Exporter.Prometheus.*'],
    }),
    monitoring('opentelemetry', {
        npm: ['@opentelemetry/*'],
        pypi: ['opentelemetry-*'],
        go: ['go.opentelemetry.io/otel*'],
        maven: ['io.opentelemetry*'],
        rubygems: ['opentelemetry-*'],
        composer: ['open-telemetry/*'],
        cargo: ['opentelemetry', 'opentelemetry-*', 'opentelemetry_*'],
        nuget: ['OpenTelemetry', 'OpenTelemetry.*'],
    }),
    monitoring('datadog', {
        npm: ['dd-trace', 'datadog-metrics', 'hot-shots'],
        pypi: ['ddtrace', 'datadog'],
        go: ['gopkg.in/DataDog/dd-trace-go*', 'github.com/DataDog/dd-trace-go*', 'github.com/DataDog/datadog-go*'],
        maven: ['com.datadoghq:*'],
        rubygems: ['ddtrace', 'datadog'],
        composer: ['datadog/*'],
        nuget: ['Datadog.Trace', 'Datadog.Trace.*'],
    }),
    monitoring('newrelic', {
        npm: ['newrelic'],
        pypi: ['newrelic'],
        go: ['github.com/newrelic/go-agent*'],
        maven: ['com.newrelic.agent.java:*'],
        rubygems: ['newrelic_rpm'],
        nuget: ['NewRelic.Agent', 'NewRelic.Agent.Api'],
    }),
    logging('structlog', { pypi: ['structlog'] }),
    logging('python-json-logger', { pypi: ['python-json-logger'] }),
    logging('pino', { npm: ['pino', 'pino-http', 'nestjs-pino', 'hono-pino'] }),
    logging('winston', { npm: ['winston', 'nest-winston', 'express-winston'] }),
    logging('bunyan', { npm: ['bunyan'] }),
    logging('zap', { go: ['go.uber.org/zap*'] }),
    logging('zerolog', { go: ['github.com/rs/zerolog*'] }),
    logging('logrus', { go: ['github.com/sirupsen/logrus*'] }),
    logging('logstash-logback-encoder', { maven: ['net.logstash.logback:logstash-logback-encoder'] }),
    logging('ecs-logging', { maven: ['co.elastic.logging:*'], pypi: ['ecs-logging'], nuget: ['Elastic.CommonSchema.*'] }),
    logging('serilog', { nuget: ['Serilog', 'Serilog.*'] }),
    logging('lograge', { rubygems: ['lograge'] }),
    logging('semantic_logger', { rubygems: ['semantic_logger', 'rails_semantic_logger'] }),
    logging('slog', { cargo: ['slog', 'slog-json'] }),
    logging('tracing-subscriber', { cargo: ['tracing-subscriber'] }),
    rateLimit('slowapi', { pypi: ['slowapi'] }),
    rateLimit('flask-limiter', { pypi: ['flask-limiter'] }),
    rateLimit('django-ratelimit', { pypi: ['django-ratelimit'] }),
    rateLimit('fastapi-limiter', { pypi: ['fastapi-limiter'] }),
    rateLimit('express-rate-limit', { npm: ['express-rate-limit', 'express-slow-down'] }),
    rateLimit('@nestjs/throttler', { npm: ['@nestjs/throttler'] }),
    rateLimit('rate-limiter-flexible', { npm: ['rate-limiter-flexible'] }),
    rateLimit('@fastify/rate-limit', { npm: ['@fastify/rate-limit', 'fastify-rate-limit'] }),
    rateLimit('hono-rate-limiter', { npm: ['hono-rate-limiter'] }),
    rateLimit('rack-attack', { rubygems: ['rack-attack'] }),
    rateLimit('x/time/rate', { go: ['golang.org/x/time'] }),
    rateLimit('ulule/limiter', { go: ['github.com/ulule/limiter*'] }),
    rateLimit('tollbooth', { go: ['github.com/didip/tollbooth*'] }),
    rateLimit('httprate', { go: ['github.com/go-chi/httprate'] }),
    rateLimit('bucket4j', { maven: ['com.bucket4j:*', 'com.github.vladimir-bukhtoyarov:bucket4j*'] }),
    rateLimit('resilience4j-ratelimiter', { maven: ['io.github.resilience4j:resilience4j-ratelimiter'] }),
    rateLimit('AspNetCoreRateLimit', { nuget: ['AspNetCoreRateLimit'] }),
    rateLimit('governor', { cargo: ['governor', 'tower_governor', 'actix-governor'] }),
    headers('helmet', { npm: ['helmet', '@fastify/helmet', 'fastify-helmet', 'koa-helmet'] }),
    headers('flask-talisman', { pypi: ['flask-talisman', 'talisman'] }),
    headers('secure', { pypi: ['secure'], go: ['github.com/unrolled/secure'] }),
    headers('gin-contrib/secure', { go: ['github.com/gin-contrib/secure'] }),
    headers('secure_headers', { rubygems: ['secure_headers'] }),
    // Spring Security writes HSTS, X-Frame-Options, X-Content-Type-Options and Cache-Control by default.
    headers('spring-security', { maven: ['org.springframework.boot:spring-boot-starter-security'] }),
    headers('NWebsec', { nuget: ['NWebsec.AspNetCore.Middleware'] }),
    headers('NetEscapades.AspNetCore.SecurityHeaders', { nuget: ['NetEscapades.AspNetCore.SecurityHeaders'] }),
    libraries_apiDocs('@nestjs/swagger', { npm: ['@nestjs/swagger'] }),
    libraries_apiDocs('swagger-ui-express', { npm: ['swagger-ui-express'] }),
    libraries_apiDocs('@fastify/swagger', { npm: ['@fastify/swagger', 'fastify-swagger'] }),
    libraries_apiDocs('drf-spectacular', { pypi: ['drf-spectacular'] }),
    libraries_apiDocs('drf-yasg', { pypi: ['drf-yasg'] }),
    libraries_apiDocs('flasgger', { pypi: ['flasgger'] }),
    libraries_apiDocs('flask-smorest', { pypi: ['flask-smorest'] }),
    libraries_apiDocs('springdoc-openapi', { maven: ['org.springdoc:*'] }),
    libraries_apiDocs('springfox', { maven: ['io.springfox:*'] }),
    libraries_apiDocs('swashbuckle', { nuget: ['Swashbuckle.AspNetCore', 'Swashbuckle.AspNetCore.*'] }),
    libraries_apiDocs('nswag', { nuget: ['NSwag.AspNetCore'] }),
    libraries_apiDocs('swaggo', { go: ['github.com/swaggo/*'] }),
    libraries_apiDocs('rswag', { rubygems: ['rswag', 'rswag-api', 'rswag-ui'] }),
    libraries_apiDocs('l5-swagger', { composer: ['darkaonline/l5-swagger'] }),
    libraries_apiDocs('utoipa', { cargo: ['utoipa', 'utoipa-swagger-ui'] }),
    // Actuator serves /actuator/health as soon as it is on the classpath.
    { kind: 'ops.health-endpoints', label: 'spring-boot-actuator', packages: { maven: ['org.springframework.boot:spring-boot-starter-actuator'] } },
];
/** How each ecosystem compares names: PyPI per PEP 503, NuGet case-insensitively. */
function normalisePackageName(ecosystem, name) {
    if (ecosystem === 'pypi')
        return name.toLowerCase().replace(/[-_.]+/g, '-');
    if (ecosystem === 'nuget' || ecosystem === 'composer')
        return name.toLowerCase();
    return name;
}
const INDEX = new Map();
for (const library of LIBRARIES) {
    for (const [ecosystem, names] of Object.entries(library.packages)) {
        const list = INDEX.get(ecosystem) ?? [];
        for (const name of names) {
            const prefix = name.endsWith('*');
            list.push({ library, prefix, text: normalisePackageName(ecosystem, prefix ? name.slice(0, -1) : name) });
        }
        INDEX.set(ecosystem, list);
    }
}
/** The catalogue entry a dependency belongs to, if any. */
function libraryOf(ecosystem, packageName) {
    const name = normalisePackageName(ecosystem, packageName);
    return INDEX.get(ecosystem)?.find((pattern) => (pattern.prefix ? name.startsWith(pattern.text) : name === pattern.text))?.library;
}
/** The normalised names and name prefixes of one kind of library in one ecosystem. */
function catalogueNames(ecosystem, kind) {
    return (INDEX.get(ecosystem) ?? []).filter((pattern) => pattern.library.kind === kind).map((pattern) => pattern.text);
}

;// CONCATENATED MODULE: ./src/collectors/dependency-manifests/manifest.ts
const NPM_LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lockb', 'bun.lock'];
function emptyFacts(ecosystem) {
    return { ecosystem, dependencies: [], lock: 'none', lockfiles: [], lockInParent: false };
}

;// CONCATENATED MODULE: ./src/collectors/dependency-manifests/json-manifests.ts
// package.json and composer.json. Parsed with the YAML reader (JSON is YAML 1.2 flow syntax) so
// every dependency keeps the line of its key.



const NPM_SECTIONS = {
    dependencies: true,
    optionalDependencies: true,
    peerDependencies: true,
    devDependencies: false,
};
function readPackageJson(text) {
    const facts = emptyFacts('npm');
    const root = parseRoot(text, facts);
    if (root === undefined)
        return facts;
    const { source, node } = root;
    for (const [section, runtime] of Object.entries(NPM_SECTIONS)) {
        facts.dependencies.push(...entriesOf(source, mappingEntry(source, node, section)?.value, runtime));
    }
    facts.workspaceRoot = mappingEntry(source, node, 'workspaces') !== undefined;
    // npm, yarn, pnpm and bun all write a lockfile as soon as there is something to install.
    if (facts.dependencies.length > 0 || facts.workspaceRoot) {
        facts.lock = 'always';
        facts.lockfiles = NPM_LOCKFILES;
        facts.lockInParent = true;
    }
    return facts;
}
function readComposerJson(text) {
    const facts = emptyFacts('composer');
    const root = parseRoot(text, facts);
    if (root === undefined)
        return facts;
    const { source, node } = root;
    const platform = (name) => name === 'php' || name.startsWith('ext-') || name.startsWith('lib-') || name === 'composer-plugin-api';
    for (const [section, runtime] of [['require', true], ['require-dev', false]]) {
        const entries = entriesOf(source, mappingEntry(source, node, section)?.value, runtime);
        facts.dependencies.push(...entries.filter((entry) => !platform(entry.name)));
    }
    // Composer's default type is `library`, whose lockfile is not used by its dependants; a `project` commits one.
    const type = scalarText(mappingEntry(source, node, 'type')?.value ?? null);
    if (type === 'project' && facts.dependencies.length > 0) {
        facts.lock = 'always';
        facts.lockfiles = ['composer.lock'];
    }
    return facts;
}
function parseRoot(text, facts) {
    const parsed = parseYaml(text);
    if (!parsed.ok) {
        facts.problem = { line: parsed.problem.line, message: `invalid JSON: ${parsed.problem.message}` };
        return undefined;
    }
    const document = parsed.source.documents[0];
    const node = document ? rootMapping(parsed.source, document) : null;
    if (!(0,dist/* isMap */.jh)(node)) {
        facts.problem = { line: 1, message: 'invalid JSON: the top level is not an object' };
        return undefined;
    }
    return { source: parsed.source, node };
}
function entriesOf(source, section, runtime) {
    return mappingEntries(source, section).map((entry) => ({ name: entry.key, line: entry.line, runtime }));
}

;// CONCATENATED MODULE: ./src/collectors/operability/code-lines.ts
const C_LIKE = { hash: false, slashes: true, singleQuote: true, backtick: false, tripleQuotes: false };
const SYNTAX = {
    python: { hash: true, slashes: false, singleQuote: true, backtick: false, tripleQuotes: true },
    ruby: { hash: true, slashes: false, singleQuote: true, backtick: false, tripleQuotes: false },
    php: { ...C_LIKE, hash: true },
    javascript: { ...C_LIKE, backtick: true },
    typescript: { ...C_LIKE, backtick: true },
    go: { ...C_LIKE, backtick: true },
    java: { ...C_LIKE, tripleQuotes: true },
    kotlin: { ...C_LIKE, tripleQuotes: true },
    csharp: { ...C_LIKE, tripleQuotes: true },
    rust: { ...C_LIKE, singleQuote: false },
};
/**
 * The text with given ranges replaced by spaces. Blanked ranges never hold a newline, so the output has
 * the input's length and line breaks. Copies unblanked text in slices: no allocation per character.
 */
function makeBlanker(text) {
    const pieces = [];
    let copied = 0;
    return {
        blank(from, to) {
            if (to <= from)
                return;
            if (from > copied)
                pieces.push(text.slice(copied, from));
            pieces.push(' '.repeat(to - from));
            copied = to;
        },
        result() {
            pieces.push(text.slice(copied));
            return pieces.join('');
        },
    };
}
const NEWLINE = 10;
// Characters that can start a comment, a string or an escape in some language, plus the line break; any
// other character in code is copied as it is. The table covers every UTF-16 code: reading past the end of
// a typed array is much slower.
const MAY_START_SOMETHING = new Uint8Array(65536);
for (const char of '\n/#"\'`\\')
    MAY_START_SOMETHING[char.charCodeAt(0)] = 1;
const code_lines_BACKSLASH = 92;
/** The end of the line holding `from`: the index of its `\n`, or the text's length. */
function code_lines_lineEnd(text, from) {
    const end = text.indexOf('\n', from);
    return end === -1 ? text.length : end;
}
/** True when a backslash at `i` escapes the next character (not a line break, not the end of the text). */
function escapesNext(text, i) {
    return i + 1 < text.length && text.charCodeAt(i + 1) !== NEWLINE;
}
/** The file's lines (index 0 is line 1) with every comment character replaced by a space. */
function codeLines(text, language) {
    const syntax = SYNTAX[language];
    const output = makeBlanker(text);
    let mode = language === 'ruby' ? rubyBlockComment(text, 0, 'code') : 'code';
    let quote = '';
    // Where the open block comment ends (`*/`), or -1 when it runs to the end of the text.
    let blockClose = -1;
    let i = 0;
    while (i < text.length) {
        if (text.charCodeAt(i) === NEWLINE) {
            i += 1;
            // Only backtick strings and the block forms continue on the next line.
            if (mode === 'line-comment' || (mode === 'string' && quote !== '`'))
                mode = 'code';
            if (language === 'ruby')
                mode = rubyBlockComment(text, i, mode);
            continue;
        }
        if (mode === 'line-comment' || mode === 'ruby-block') {
            const end = code_lines_lineEnd(text, i);
            output.blank(i, end);
            i = end;
        }
        else if (mode === 'block-comment') {
            const end = code_lines_lineEnd(text, i);
            if (blockClose !== -1 && blockClose < end) {
                output.blank(i, blockClose + 2);
                i = blockClose + 2;
                mode = 'code';
            }
            else {
                output.blank(i, end);
                i = end;
            }
        }
        else if (mode === 'triple') {
            const end = tripleQuoteOrLineEnd(text, i, quote);
            output.blank(i, end);
            i = end;
            if (i < text.length && text.charCodeAt(i) !== NEWLINE) {
                i += 3;
                mode = 'code';
            }
        }
        else if (mode === 'string') {
            const close = code_lines_closingQuote(text, i, quote.charCodeAt(0), !(quote === '`' && language === 'go'));
            if (close === -1)
                i = code_lines_lineEnd(text, i);
            else {
                i = close + 1;
                mode = 'code';
            }
        }
        else if (!MAY_START_SOMETHING[text.charCodeAt(i)]) {
            // Most code characters start nothing: skip the whole run at once.
            i += 1;
            while (i < text.length && !MAY_START_SOMETHING[text.charCodeAt(i)])
                i += 1;
        }
        else {
            const step = codeStep(text, i, language, syntax);
            if (step.blank)
                output.blank(i, i + step.width);
            i += step.width;
            if (step.mode)
                mode = step.mode;
            if (step.quote)
                quote = step.quote;
            if (step.mode === 'block-comment')
                blockClose = text.indexOf('*/', i);
        }
    }
    const lines = output.result().split('\n');
    // A CRLF file keeps no `\r` at line ends, so patterns can anchor on `$`.
    return text.includes('\r') ? lines.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line)) : lines;
}
/**
 * The index of the quote that closes a one-line string opened before `from`, or -1 when the line (or
 * the text) ends first; a backslash escapes the next character when `escapes`.
 */
function code_lines_closingQuote(text, from, quote, escapes) {
    for (let i = from; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === quote)
            return i;
        if (code === NEWLINE)
            return -1;
        if (code === code_lines_BACKSLASH && escapes && escapesNext(text, i))
            i += 1;
    }
    return -1;
}
/** Where the closing triple quote starts, or the line's end when it is not on this line. */
function tripleQuoteOrLineEnd(text, from, quote) {
    const quoteCode = quote.charCodeAt(0);
    let i = from;
    while (i < text.length) {
        const code = text.charCodeAt(i);
        if (code === NEWLINE || (code === quoteCode && text.startsWith(quote, i)))
            return i;
        // An escaped quote (\") does not end a triple-quoted string.
        i += code === code_lines_BACKSLASH && escapesNext(text, i) ? 2 : 1;
    }
    return i;
}
// Shared steps: code opens a string or a comment every few characters.
const COPY_ONE = { width: 1 };
const COPY_TWO = { width: 2 };
const LINE_COMMENT = { width: 2, blank: true, mode: 'line-comment' };
const BLOCK_COMMENT = { width: 2, blank: true, mode: 'block-comment' };
const HASH_COMMENT = { width: 1, blank: true, mode: 'line-comment' };
const OPEN_TRIPLE_DOUBLE = { width: 3, mode: 'triple', quote: '"""' };
const OPEN_TRIPLE_SINGLE = { width: 3, mode: 'triple', quote: "'''" };
const OPEN_STRING = {
    '"': { width: 1, mode: 'string', quote: '"' },
    "'": { width: 1, mode: 'string', quote: "'" },
    '`': { width: 1, mode: 'string', quote: '`' },
};
/** What one position in code starts: a comment, a string, or nothing (the character is copied). */
function codeStep(text, i, language, syntax) {
    const char = text[i];
    if (syntax.tripleQuotes && (char === '"' || char === "'")) {
        if (text.startsWith('"""', i))
            return OPEN_TRIPLE_DOUBLE;
        if (language === 'python' && text.startsWith("'''", i))
            return OPEN_TRIPLE_SINGLE;
    }
    if (syntax.slashes && char === '/') {
        const next = text[i + 1];
        if (next === '/')
            return LINE_COMMENT;
        if (next === '*')
            return BLOCK_COMMENT;
    }
    // PHP 8 attributes start with `#[`; they are code.
    if (syntax.hash && char === '#' && !(language === 'php' && text[i + 1] === '['))
        return HASH_COMMENT;
    if (char === '"' || (char === "'" && syntax.singleQuote) || (char === '`' && syntax.backtick))
        return OPEN_STRING[char];
    // An escaped character outside a string (in a regex literal such as /https?:\/\//) is no marker.
    if (char === '\\' && escapesNext(text, i))
        return COPY_TWO;
    return COPY_ONE;
}
/** Ruby's `=begin` … `=end` block comments start at column 0; the `=end` line is a comment too. */
function rubyBlockComment(text, lineStart, mode) {
    if (mode === 'code' && text.startsWith('=begin', lineStart))
        return 'ruby-block';
    if (mode === 'ruby-block' && text.startsWith('=end', lineStart))
        return 'line-comment';
    return mode;
}

;// CONCATENATED MODULE: ./src/collectors/dependency-manifests/line-manifests.ts
// Manifests read line by line: go.mod, Gemfile and Gradle build scripts.


const GO_REQUIRE_LINE = /^require\s+([^\s(]+)\s+\S+/;
const GO_BLOCK_ITEM = /^([^\s)]+)\s+v\S+/;
/**
 * go.mod `require` lines, single or in a block. `// indirect` requirements are not the module's own
 * choice and are skipped as dependencies, but any requirement at all means go.sum is expected.
 */
function readGoMod(text) {
    const facts = emptyFacts('go');
    let inRequireBlock = false;
    let requirements = 0;
    text.split('\n').forEach((raw, index) => {
        const indirect = /\/\/\s*indirect\b/.test(raw);
        const line = raw.replace(/\/\/.*$/, '').trim();
        let name;
        if (inRequireBlock) {
            if (line.startsWith(')'))
                inRequireBlock = false;
            else
                name = GO_BLOCK_ITEM.exec(line)?.[1];
        }
        else if (/^require\s*\($/.test(line)) {
            inRequireBlock = true;
        }
        else {
            name = GO_REQUIRE_LINE.exec(line)?.[1];
        }
        if (name === undefined)
            return;
        requirements += 1;
        if (!indirect)
            facts.dependencies.push({ name, line: index + 1, runtime: true });
    });
    if (requirements > 0) {
        facts.lock = 'always';
        facts.lockfiles = ['go.sum'];
    }
    return facts;
}
const GEM = /^\s*gem\s*\(?\s*["']([^"']+)["']/;
/** Gemfile `gem "name"` lines. A gem's own Gemfile (`gemspec`) is for development; its lockfile is optional. */
function readGemfile(text) {
    const facts = emptyFacts('rubygems');
    let groupDepth = 0;
    let gemspec = false;
    codeLines(text, 'ruby').forEach((line, index) => {
        if (/^\s*group\b.*\bdo\b/.test(line))
            groupDepth += 1;
        else if (groupDepth > 0 && /^\s*end\b/.test(line))
            groupDepth -= 1;
        if (/^\s*gemspec\b/.test(line))
            gemspec = true;
        const name = GEM.exec(line)?.[1];
        // Gems inside `group :development, :test do` blocks are not shipped; any other group is.
        if (name !== undefined)
            facts.dependencies.push({ name, line: index + 1, runtime: groupDepth === 0 });
    });
    if (!gemspec) {
        facts.lock = 'always';
        facts.lockfiles = ['Gemfile.lock'];
    }
    return facts;
}
const GRADLE_CONFIGURATION = /^\s*(\w+)\s*\(?\s*(?:platform\(\s*)?["']([\w.\-]+):([\w.\-]+)(?::[^"']*)?["']/;
const GRADLE_MAP_NOTATION = /^\s*(\w+)\s*\(?\s*group\s*[:=]\s*["']([\w.\-]+)["']\s*,\s*name\s*[:=]\s*["']([\w.\-]+)["']/;
/** build.gradle / build.gradle.kts dependency declarations in string or map notation. Catalog aliases (`libs.x`) are not resolved. */
function readGradle(text) {
    const facts = emptyFacts('maven');
    codeLines(text, 'kotlin').forEach((line, index) => {
        const match = GRADLE_CONFIGURATION.exec(line) ?? GRADLE_MAP_NOTATION.exec(line);
        if (!match)
            return;
        const configuration = match[1];
        facts.dependencies.push({ name: `${match[2]}:${match[3]}`, line: index + 1, runtime: !/^test/i.test(configuration) });
    });
    return facts;
}

;// CONCATENATED MODULE: ./src/collectors/dependency-manifests/requirements.ts
// pip requirements files. Each requirement line names a package; it is pinned when it has an exact
// `==`/`===` version without a wildcard. Options (-r, -c, -e, --hash…), URLs and local paths are not
// requirements by name and are neither counted nor judged.

// PEP 508 name, optional extras, then the version specifiers up to a marker or comment.
const REQUIREMENT = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*([^;#]*)/;
const EXACT_PIN = /^===?\s*[^\s,*]+\s*$/;
function readRequirements(text) {
    const facts = emptyFacts('pypi');
    const unpinned = [];
    let continued = false;
    text.split('\n').forEach((raw, index) => {
        const line = raw.replace(/\r$/, '');
        const wasContinued = continued;
        continued = line.endsWith('\\');
        // A backslash continuation carries `--hash` options of the line before; it names no package.
        if (wasContinued)
            return;
        const content = line.replace(/(^|\s)#.*$/, '').replace(/\\$/, '').trim();
        if (content === '' || content.startsWith('-') || content.includes('://') || /^[./~]/.test(content) || content.includes(' @ '))
            return;
        const match = REQUIREMENT.exec(content);
        if (!match)
            return;
        const dependency = { name: match[1], line: index + 1, runtime: true };
        facts.dependencies.push(dependency);
        const specifier = (match[3] ?? '').replace(/\s--hash\S*/g, '').trim();
        if (!EXACT_PIN.test(specifier))
            unpinned.push(dependency);
    });
    facts.unpinned = unpinned;
    return facts;
}

;// CONCATENATED MODULE: ./src/collectors/dependency-manifests/toml-lines.ts
// Just enough TOML for dependency tables: table headers, `key = value` lines, and the items of arrays
// that span lines. Inline tables and dotted keys are kept as written; strings are read for their
// text. Not a validator: only an unterminated array or multi-line string is reported as a problem.
const HEADER = /^\[(\[)?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$/;
const KEY_VALUE = /^("[^"]*"|'[^']*'|[A-Za-z0-9_.\-"']+?)\s*=\s*(.*)$/;
const STRING_ITEM = /"((?:[^"\\]|\\.)*)"|'([^']*)'/g;
function readTomlLines(text) {
    const result = { headers: [], entries: [] };
    const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
    let table = '';
    let openArray;
    let openString;
    lines.forEach((raw, index) => {
        const number = index + 1;
        if (openString) {
            if (raw.includes(openString.quote))
                openString = undefined;
            return;
        }
        if (openArray) {
            addItems(openArray, raw, number);
            if (withoutComment(raw).includes(']'))
                openArray = undefined;
            return;
        }
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const header = HEADER.exec(line);
        if (header) {
            table = unquoteDotted(header[2]);
            result.headers.push({ table, line: number, array: header[1] !== undefined });
            return;
        }
        const pair = KEY_VALUE.exec(line);
        if (!pair)
            return;
        const value = pair[2].trim();
        const entry = { table, key: unquoteDotted(pair[1]), value, line: number };
        result.entries.push(entry);
        const multiline = /^("""|''')/.exec(value);
        if (multiline && !value.slice(3).includes(multiline[1]))
            openString = { line: number, quote: multiline[1] };
        if (value.startsWith('[')) {
            entry.items = [];
            addItems(entry, value.slice(1), number);
            if (!withoutComment(value).includes(']'))
                openArray = entry;
        }
    });
    const unterminated = openArray?.line ?? openString?.line;
    if (unterminated !== undefined)
        result.problem = { line: unterminated, message: 'invalid TOML: an array or string is never closed' };
    return result;
}
function addItems(entry, text, line) {
    for (const match of withoutComment(text).matchAll(STRING_ITEM))
        entry.items?.push({ text: match[1] ?? match[2] ?? '', line });
}
/** Drops a `#` comment that is not inside a string. */
function withoutComment(text) {
    let quote = '';
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (quote !== '') {
            if (char === '\\' && quote === '"')
                i += 1;
            else if (char === quote)
                quote = '';
        }
        else if (char === '"' || char === "'")
            quote = char;
        else if (char === '#')
            return text.slice(0, i);
    }
    return text;
}
/** `tool."poetry".dependencies` → `tool.poetry.dependencies`; `"my-key"` → `my-key`. */
function unquoteDotted(key) {
    return key
        .split('.')
        .map((part) => part.trim().replace(/^["']|["']$/g, ''))
        .join('.');
}

;// CONCATENATED MODULE: ./src/collectors/dependency-manifests/toml-manifests.ts
// pyproject.toml, Pipfile and Cargo.toml, read with toml-lines.ts.


const PEP508_NAME = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/;
function readPyproject(text) {
    const facts = emptyFacts('pypi');
    const toml = readTomlLines(text);
    if (toml.problem)
        facts.problem = toml.problem;
    for (const entry of toml.entries) {
        if (entry.table === 'project' && entry.key === 'dependencies')
            facts.dependencies.push(...pep508Items(entry, true));
        else if (entry.table === 'project.optional-dependencies')
            facts.dependencies.push(...pep508Items(entry, true));
        else if (entry.table === 'dependency-groups' || (entry.table === 'tool.uv' && entry.key === 'dev-dependencies')) {
            facts.dependencies.push(...pep508Items(entry, false));
        }
        else if (/^tool\.poetry\.(group\.[^.]+\.)?(dev-)?dependencies$/.test(entry.table) && entry.key !== 'python') {
            facts.dependencies.push({ name: entry.key, line: entry.line, runtime: entry.table === 'tool.poetry.dependencies' });
        }
    }
    // Poetry, uv and PDM write a lockfile; setuptools, hatch and flit do not, so a plain [project] expects none.
    const managed = toml.headers.some((header) => /^tool\.(poetry|uv|pdm)(\.|$)/.test(header.table));
    if (managed && facts.dependencies.length > 0) {
        facts.lock = 'always';
        facts.lockfiles = ['poetry.lock', 'uv.lock', 'pdm.lock'];
    }
    return facts;
}
function readPipfile(text) {
    const facts = emptyFacts('pypi');
    const toml = readTomlLines(text);
    if (toml.problem)
        facts.problem = toml.problem;
    for (const entry of toml.entries) {
        if (entry.table === 'packages' || entry.table === 'dev-packages') {
            facts.dependencies.push({ name: entry.key, line: entry.line, runtime: entry.table === 'packages' });
        }
    }
    facts.lock = 'always';
    facts.lockfiles = ['Pipfile.lock'];
    return facts;
}
const CARGO_SECTION = /^(?:target\..+\.|workspace\.)?(dev-|build-)?dependencies(?:\.(.+))?$/;
function readCargoToml(text) {
    const facts = emptyFacts('cargo');
    const toml = readTomlLines(text);
    if (toml.problem)
        facts.problem = toml.problem;
    for (const header of toml.headers) {
        // `[dependencies.serde]` declares one dependency as a table.
        const section = CARGO_SECTION.exec(header.table);
        if (section?.[2] !== undefined)
            facts.dependencies.push({ name: section[2], line: header.line, runtime: section[1] === undefined });
    }
    for (const entry of toml.entries) {
        const section = CARGO_SECTION.exec(entry.table);
        if (section && section[2] === undefined)
            facts.dependencies.push({ name: entry.key, line: entry.line, runtime: section[1] === undefined });
    }
    facts.dependencies.sort((a, b) => a.line - b.line);
    facts.binaryTarget = toml.headers.some((header) => header.array && header.table === 'bin');
    if (toml.headers.some((header) => header.table === 'package')) {
        facts.lock = 'binary-crate';
        facts.lockfiles = ['Cargo.lock'];
        facts.lockInParent = true;
    }
    return facts;
}
function pep508Items(entry, runtime) {
    const dependencies = [];
    for (const item of entry.items ?? []) {
        const name = PEP508_NAME.exec(item.text)?.[1];
        if (name !== undefined)
            dependencies.push({ name, line: item.line, runtime });
    }
    return dependencies;
}

;// CONCATENATED MODULE: ./src/collectors/dependency-manifests/xml-manifests.ts
// pom.xml and *.csproj dependencies, found by their elements in the text (no XML parser: these two
// layouts are regular, and a regex over comment-free text keeps the line of each declaration).

const DEPENDENCY_BLOCK = /<dependency>([\s\S]*?)<\/dependency>/g;
const PACKAGE_REFERENCE = /<PackageReference\s[^>]*?\bInclude\s*=\s*"([^"]+)"/g;
/** Maven `<dependency>` elements as `groupId:artifactId`, at the artifactId's line; `test` scope is not runtime. */
function readPom(text) {
    const facts = emptyFacts('maven');
    const clean = withoutXmlComments(text);
    const lineAt = lineFinder(clean);
    for (const block of clean.matchAll(DEPENDENCY_BLOCK)) {
        const body = block[1];
        const group = /<groupId>\s*([^<\s]+)\s*<\/groupId>/.exec(body)?.[1];
        const artifact = /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/.exec(body);
        if (group === undefined || !artifact)
            continue;
        const offset = (block.index ?? 0) + '<dependency>'.length + (artifact.index ?? 0);
        const scope = /<scope>\s*([^<\s]+)\s*<\/scope>/.exec(body)?.[1];
        facts.dependencies.push({ name: `${group}:${artifact[1]}`, line: lineAt(offset), runtime: scope !== 'test' });
    }
    return facts;
}
/** NuGet `<PackageReference Include="…">` elements. */
function readCsproj(text) {
    const facts = emptyFacts('nuget');
    const clean = withoutXmlComments(text);
    const lineAt = lineFinder(clean);
    for (const match of clean.matchAll(PACKAGE_REFERENCE)) {
        facts.dependencies.push({ name: match[1], line: lineAt(match.index ?? 0), runtime: true });
    }
    return facts;
}
/** Blanks `<!-- … -->` but keeps its newlines, so offsets and lines stay true. */
function withoutXmlComments(text) {
    return text.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
}
/** Line numbers for offsets given in increasing order, in one pass over the text. */
function lineFinder(text) {
    let line = 1;
    let position = 0;
    return (offset) => {
        for (let newline = text.indexOf('\n', position); newline !== -1 && newline < offset; newline = text.indexOf('\n', position)) {
            line += 1;
            position = newline + 1;
        }
        return line;
    };
}

;// CONCATENATED MODULE: ./src/collectors/dependency-manifests/read-manifest.ts
// Which files are dependency manifests, and the reader for each.





const READERS_BY_NAME = {
    'package.json': readPackageJson,
    'composer.json': readComposerJson,
    'pyproject.toml': readPyproject,
    Pipfile: readPipfile,
    'go.mod': readGoMod,
    'Cargo.toml': readCargoToml,
    Gemfile: readGemfile,
    'pom.xml': readPom,
    'build.gradle': readGradle,
    'build.gradle.kts': readGradle,
};
/** The reader for a manifest path, or undefined when the file is not one. */
function manifestReader(path) {
    const slash = path.lastIndexOf('/');
    const basename = path.slice(slash + 1);
    if (Object.hasOwn(READERS_BY_NAME, basename))
        return READERS_BY_NAME[basename];
    if (basename.endsWith('.csproj'))
        return readCsproj;
    // requirements.txt, requirements-dev.txt, requirements/base.txt; pip-tools' *.in inputs are not pins.
    if (basename.endsWith('.txt')) {
        const folder = path.slice(path.lastIndexOf('/', slash - 1) + 1, Math.max(slash, 0));
        if (basename.startsWith('requirements') || folder === 'requirements')
            return readRequirements;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/collectors/dependency-manifests.ts


const dependencyManifests = {
    id: 'dependency-manifests',
    wants(file) {
        return !file.isTest && manifestReader(file.path) !== undefined;
    },
    collect(file, text) {
        const read = manifestReader(file.path);
        if (read === undefined)
            return [];
        const facts = read(text);
        const findings = [manifestFinding(file.path, facts)];
        if (facts.problem)
            findings.push({ kind: 'parse.errors', file: file.path, line: facts.problem.line, message: facts.problem.message });
        for (const dependency of facts.unpinned ?? []) {
            findings.push({
                kind: 'deps.unpinned-requirements',
                file: file.path,
                line: dependency.line,
                message: `\`${dependency.name}\` is not pinned to an exact version (\`==\`)`,
                data: { package: dependency.name },
            });
        }
        findings.push(...libraryFindings(file.path, facts));
        return findings;
    },
};
function manifestFinding(file, facts) {
    const data = {
        ecosystem: facts.ecosystem,
        dependencies: facts.dependencies.length,
        lock: facts.lock,
        lockfiles: facts.lockfiles.join('|'),
        lockInParent: facts.lockInParent,
    };
    if (facts.workspaceRoot !== undefined)
        data.workspaceRoot = facts.workspaceRoot;
    if (facts.binaryTarget !== undefined)
        data.binaryTarget = facts.binaryTarget;
    return { kind: 'deps.manifests', file, line: 0, message: `${facts.ecosystem} dependency manifest`, data };
}
/** One finding per library and kind, at the first runtime dependency that belongs to it. */
function libraryFindings(file, facts) {
    const seen = new Set();
    const findings = [];
    for (const dependency of facts.dependencies) {
        if (!dependency.runtime)
            continue;
        const library = libraryOf(facts.ecosystem, dependency.name);
        if (library === undefined || seen.has(`${library.kind} ${library.label}`))
            continue;
        seen.add(`${library.kind} ${library.label}`);
        findings.push({
            kind: library.kind,
            file,
            line: dependency.line,
            message: `${DESCRIPTION[library.kind]} \`${library.label}\` (dependency \`${dependency.name}\`)`,
            data: { [LABEL_KEY[library.kind]]: library.label, source: 'manifest' },
        });
    }
    return findings;
}
const DESCRIPTION = {
    'ops.monitoring': 'monitoring SDK',
    'ops.structured-logging': 'structured logging library',
    'ops.rate-limiting': 'rate limiting library',
    'ops.security-headers': 'security headers library',
    'api.docs-frameworks': 'API docs framework',
    'ops.health-endpoints': 'health endpoint from',
};

;// CONCATENATED MODULE: ./src/collectors/deployment-files.ts
const PLATFORM_FILES = {
    'render.yaml': { platform: 'render', message: 'Render blueprint' },
    Procfile: { platform: 'procfile', message: 'Procfile (Heroku, Dokku, Scalingo and other buildpack platforms)' },
    'fly.toml': { platform: 'fly', message: 'Fly.io app configuration' },
    'vercel.json': { platform: 'vercel', message: 'Vercel project configuration' },
    'netlify.toml': { platform: 'netlify', message: 'Netlify configuration' },
    'heroku.yml': { platform: 'heroku', message: 'Heroku container build manifest' },
    'railway.toml': { platform: 'railway', message: 'Railway configuration' },
    'railway.json': { platform: 'railway', message: 'Railway configuration' },
};
const deploymentFiles = {
    id: 'deployment-files',
    collect(files) {
        const findings = [];
        for (const file of files) {
            if (file.isTest)
                continue;
            const basename = file.path.slice(file.path.lastIndexOf('/') + 1);
            if (basename === 'Chart.yaml') {
                const chart = file.path.slice(0, Math.max(file.path.lastIndexOf('/'), 0)) || '.';
                findings.push({ kind: 'deploy.helm-charts', file: file.path, line: 0, message: `Helm chart \`${chart}\``, data: { chart } });
            }
            else if (basename.endsWith('.tf') && !file.path.split('/').includes('.terraform')) {
                findings.push({ kind: 'deploy.terraform-files', file: file.path, line: 0, message: 'Terraform configuration' });
            }
            else if (Object.hasOwn(PLATFORM_FILES, basename)) {
                const platform = PLATFORM_FILES[basename];
                findings.push({ kind: 'deploy.platform-files', file: file.path, line: 0, message: platform.message, data: { platform: platform.platform } });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/collectors/dockerfile/parse.ts
// Splits a Dockerfile into instructions the way BuildKit's parser does
// (moby/buildkit frontend/dockerfile/parser/parser.go): parser directives, line continuations,
// comments, and heredoc bodies, which are content and never instructions.
// Only these instructions take heredocs (BuildKit's heredocDirectives), also behind ONBUILD.
const HEREDOC_INSTRUCTIONS = new Set(['RUN', 'COPY', 'ADD']);
function parseDockerfile(text) {
    const lines = text.split('\n');
    const instructions = [];
    let escape = '\\';
    let readingDirectives = true;
    let i = 0;
    while (i < lines.length) {
        const lineNumber = i + 1;
        // trimStart also drops a byte-order mark, which JavaScript counts as white space.
        const first = withoutNewline(lines[i]).trimStart();
        i += 1;
        if (readingDirectives) {
            // Directives count only before any other line, comment or instruction.
            const directive = parserDirective(first);
            if (directive === undefined)
                readingDirectives = false;
            else if (directive.key === 'escape' && (directive.value === '`' || directive.value === '\\'))
                escape = directive.value;
        }
        if (first.startsWith('#'))
            continue;
        let { text: joined, continues } = trimContinuation(first, escape);
        if (!continues && joined.trim() === '')
            continue;
        while (continues && i < lines.length) {
            const next = withoutNewline(lines[i]);
            i += 1;
            const trimmed = next.trimStart();
            // Comment and blank lines inside a continuation are dropped, not joined.
            if (trimmed.startsWith('#') || trimmed === '')
                continue;
            const part = trimContinuation(next, escape);
            joined += part.text;
            continues = part.continues;
        }
        const instruction = splitInstruction(joined, lineNumber);
        instructions.push(instruction);
        for (const delimiter of heredocDelimiters(instruction)) {
            const end = heredocEnd(lines, i, delimiter);
            if (end === undefined) {
                return { instructions, problem: { message: `heredoc \`${delimiter.name}\` is never closed`, line: lineNumber } };
            }
            i = end;
        }
    }
    return { instructions };
}
function withoutNewline(line) {
    return line.endsWith('\r') ? line.slice(0, -1) : line;
}
/** `# escape=\`` → { key: 'escape', value: '`' }; undefined when the line is not a directive. */
function parserDirective(line) {
    if (!line.startsWith('#'))
        return undefined;
    const equals = line.indexOf('=');
    if (equals === -1)
        return undefined;
    const key = line.slice(1, equals).trim().toLowerCase();
    const value = line.slice(equals + 1).trim();
    if (value === '' || (key !== 'escape' && key !== 'syntax') || !/^[a-z][a-z0-9]*$/.test(key))
        return undefined;
    return { key, value };
}
/** An escape character ending a line (after spaces) continues it, unless it is itself escaped. */
function trimContinuation(line, escape) {
    let end = line.length;
    while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t'))
        end -= 1;
    if (end === 0 || line[end - 1] !== escape)
        return { text: line, continues: false };
    if (end >= 2 && line[end - 2] === escape)
        return { text: line, continues: false };
    return { text: line.slice(0, end - 1), continues: true };
}
function splitInstruction(joined, line) {
    const text = joined.trim();
    const space = text.search(/\s/);
    if (space === -1)
        return { keyword: text.toUpperCase(), args: '', line };
    return { keyword: text.slice(0, space).toUpperCase(), args: text.slice(space + 1).trim(), line };
}
/** The heredocs an instruction opens, in order: `<<EOF`, `<<-EOT`, `<<"EOF"`, `3<<EOF`. */
function heredocDelimiters(instruction) {
    let keyword = instruction.keyword;
    let args = instruction.args;
    if (keyword === 'ONBUILD') {
        const inner = splitInstruction(args, instruction.line);
        keyword = inner.keyword;
        args = inner.args;
    }
    if (!HEREDOC_INSTRUCTIONS.has(keyword) || isJsonArray(args))
        return [];
    const delimiters = [];
    for (const word of args.split(/[ \t]+/)) {
        const match = /^\d*<<(-?)([^<]+)$/.exec(word);
        if (!match)
            continue;
        const name = match[2].replace(/["']/g, '');
        if (name !== '')
            delimiters.push({ name, stripTabs: match[1] === '-' });
    }
    return delimiters;
}
function isJsonArray(args) {
    if (!args.startsWith('['))
        return false;
    try {
        const value = JSON.parse(args);
        return Array.isArray(value) && value.every((item) => typeof item === 'string');
    }
    catch {
        // Not JSON, so BuildKit reads it as a shell command, which may hold heredocs.
        return false;
    }
}
/** The index of the line after the heredoc's closing delimiter, undefined when it never closes. */
function heredocEnd(lines, start, delimiter) {
    for (let i = start; i < lines.length; i++) {
        let line = withoutNewline(lines[i]);
        if (delimiter.stripTabs)
            line = line.replace(/^\t+/, '');
        if (line === delimiter.name)
            return i + 1;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/collectors/dockerfiles.ts

const dockerfiles = {
    id: 'dockerfiles',
    wants(file) {
        return isDockerfileName(file.path.slice(file.path.lastIndexOf('/') + 1));
    },
    collect(file, text) {
        const parsed = parseDockerfile(text);
        const stages = stagesOf(parsed.instructions);
        const findings = [
            { kind: 'docker.files', file: file.path, line: 1, message: 'Dockerfile', data: { stages: stages.length } },
        ];
        if (parsed.problem) {
            findings.push({ kind: 'parse.errors', file: file.path, line: parsed.problem.line, message: `Dockerfile ${parsed.problem.message}` });
        }
        const final = stages[stages.length - 1];
        if (final === undefined) {
            findings.push({ kind: 'parse.errors', file: file.path, line: 0, message: 'Dockerfile has no FROM instruction' });
            return findings;
        }
        const second = stages[1];
        if (second) {
            findings.push({ kind: 'docker.multistage', file: file.path, line: second.line, message: `multi-stage build with ${stages.length} stages` });
        }
        findings.push(userFinding(file.path, stages, final), healthcheckFinding(file.path, stages, final));
        for (const stage of stages) {
            if (isUnpinned(stage)) {
                findings.push({
                    kind: 'docker.unpinned-base',
                    file: file.path,
                    line: stage.line,
                    message: `base image \`${stage.image}\` is not pinned: use a version tag or a digest`,
                    data: { image: stage.image },
                });
            }
        }
        return findings;
    },
};
/** `Dockerfile`, `Dockerfile.dev`, `Dockerfile-dev`, `api.Dockerfile`, `Containerfile`… */
function isDockerfileName(basename) {
    if (basename === 'Dockerfile' || basename === 'Containerfile')
        return true;
    // `Dockerfile.dockerignore` is the ignore file BuildKit pairs with a Dockerfile, not a Dockerfile.
    if (basename.endsWith('.dockerignore'))
        return false;
    return (basename.startsWith('Dockerfile.') ||
        basename.startsWith('Dockerfile-') ||
        basename.startsWith('Containerfile.') ||
        basename.endsWith('.Dockerfile') ||
        basename.endsWith('.dockerfile'));
}
function stagesOf(instructions) {
    const stages = [];
    for (const instruction of instructions) {
        const current = stages[stages.length - 1];
        if (instruction.keyword === 'FROM') {
            stages.push(parseFrom(instruction, stages));
        }
        else if (current === undefined) {
            // ARG before the first FROM only feeds FROM lines; nothing else can come before one.
            continue;
        }
        else if (instruction.keyword === 'USER') {
            const value = firstWord(instruction.args);
            if (value !== '')
                current.lastUser = { value, line: instruction.line };
        }
        else if (instruction.keyword === 'HEALTHCHECK' && instruction.args !== '') {
            const none = firstWord(withoutFlags(instruction.args)).toUpperCase() === 'NONE';
            current.lastHealthcheck = { none, line: instruction.line };
        }
    }
    return stages;
}
/** `FROM [--platform=…] image[:tag|@digest] [AS name]`. */
function parseFrom(instruction, earlier) {
    const words = withoutFlags(instruction.args).split(/\s+/).filter((word) => word !== '');
    const image = words[0] ?? '';
    const name = words[1]?.toLowerCase() === 'as' ? words[2]?.toLowerCase() : undefined;
    const reference = image.toLowerCase();
    let parent = earlier.findIndex((stage) => stage.name !== undefined && stage.name === reference);
    if (parent === -1 && /^\d+$/.test(reference) && Number(reference) < earlier.length)
        parent = Number(reference);
    const stage = { line: instruction.line, image };
    if (name !== undefined)
        stage.name = name;
    if (parent !== -1)
        stage.parent = parent;
    return stage;
}
function userFinding(file, stages, final) {
    const user = inherited(stages, final, (stage) => stage.lastUser);
    if (user && !isRoot(user.value)) {
        return { kind: 'docker.nonroot', file, line: user.line, message: `the final stage runs as \`${user.value}\``, data: { user: user.value } };
    }
    // Distroless `:nonroot` tags (also `:debug-nonroot`, `:latest-nonroot`) set a non-root USER in the image
    // itself; without a USER line of our own, the base image's user is what runs.
    const base = baseStage(stages, final);
    if (user === undefined && /(^|[-_.])nonroot($|[-_.])/.test(tagOf(base.image))) {
        return {
            kind: 'docker.nonroot',
            file,
            line: base.line,
            message: `the final stage's base image \`${base.image}\` runs as a non-root user`,
            data: { user: 'nonroot' },
        };
    }
    return { kind: 'docker.root-user', file, line: final.line, message: 'the final stage runs as root: add a `USER` that is not root' };
}
/** The stage at the start of `stage`'s chain of `FROM <earlier stage>`, whose image is a real base image. */
function baseStage(stages, stage) {
    let current = stage;
    for (let hops = 0; current.parent !== undefined && hops <= stages.length; hops++) {
        current = stages[current.parent] ?? current;
    }
    return current;
}
/** The tag of `registry/name:tag`, '' when there is none (a digest is not a tag). */
function tagOf(image) {
    const lastPart = image.slice(image.lastIndexOf('/') + 1).split('@')[0] ?? '';
    const colon = lastPart.indexOf(':');
    return colon === -1 ? '' : lastPart.slice(colon + 1);
}
function healthcheckFinding(file, stages, final) {
    const healthcheck = inherited(stages, final, (stage) => stage.lastHealthcheck);
    if (healthcheck && !healthcheck.none) {
        return { kind: 'docker.healthcheck', file, line: healthcheck.line, message: 'the final stage has a `HEALTHCHECK`' };
    }
    return { kind: 'docker.no-healthcheck', file, line: final.line, message: 'no `HEALTHCHECK` in the final stage' };
}
/** A stage's own setting, else the one of the stage it starts from, and so on. */
function inherited(stages, stage, setting) {
    let current = stage;
    // Parents always come earlier, so this walk ends; the bound is only a guard.
    for (let hops = 0; current !== undefined && hops <= stages.length; hops++) {
        const value = setting(current);
        if (value !== undefined)
            return value;
        current = current.parent === undefined ? undefined : stages[current.parent];
    }
    return undefined;
}
/** `root`, `0`, `root:group` and `0:group` are root; any other name, id or `$VARIABLE` is not. */
function isRoot(user) {
    const name = user.split(':')[0]?.toLowerCase();
    return name === 'root' || name === '0';
}
function isUnpinned(stage) {
    const image = stage.image;
    if (image === '' || stage.parent !== undefined || image.toLowerCase() === 'scratch')
        return false;
    if (image.includes('$') || image.includes('@'))
        return false;
    const lastPart = image.slice(image.lastIndexOf('/') + 1);
    const colon = lastPart.indexOf(':');
    return colon === -1 || lastPart.slice(colon + 1) === 'latest';
}
/** Drops leading `--flag=value` options, e.g. `--platform=$BUILDPLATFORM` or `--interval=30s`. */
function withoutFlags(args) {
    let rest = args.trimStart();
    while (rest.startsWith('--')) {
        const space = rest.search(/\s/);
        rest = space === -1 ? '' : rest.slice(space).trimStart();
    }
    return rest;
}
function firstWord(text) {
    return text.trim().split(/\s+/)[0] ?? '';
}

;// CONCATENATED MODULE: ./src/collectors/env-files.ts
const TEMPLATE_SUFFIXES = new Set(['example', 'sample', 'template', 'dist']);
function isCommittedEnvFileName(basename) {
    const lower = basename.toLowerCase();
    if (lower !== '.env' && !lower.startsWith('.env.'))
        return false;
    return !TEMPLATE_SUFFIXES.has(lower.slice(lower.lastIndexOf('.') + 1));
}
const envFiles = {
    id: 'env-files',
    collect(files) {
        return files
            .filter((file) => !file.isTest && isCommittedEnvFileName(file.path.slice(file.path.lastIndexOf('/') + 1)))
            .map((file) => ({
            kind: 'secrets.env-files',
            file: file.path,
            line: 0,
            message: 'environment file committed: keep real settings out of git and commit a `.env.example` instead',
        }));
    },
};

;// CONCATENATED MODULE: ./src/collectors/c-family/go-panics.ts


function collectGoPanics(context) {
    if (context.file.isTest)
        return [];
    const { tokens, text } = context;
    const findings = [];
    for (const index of tokensSpelled(text, tokens, IDENT, 'panic')) {
        if (!isPunct(tokens, index + 1, OPEN_PAREN) || isPunct(tokens, index - 1, DOT) || isWord(text, tokens, index - 1, 'func'))
            continue;
        findings.push(findingAtToken(context, 'code.panics', index, '`panic(…)` call'));
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/collectors/c-family/go-tests.ts


const TEST_KINDS = [
    { prefix: 'Test', metric: 'tests.cases', noun: 'test', parameterType: 'T' },
    { prefix: 'Benchmark', metric: 'tests.benchmarks', noun: 'benchmark', parameterType: 'B' },
    { prefix: 'Fuzz', metric: 'tests.fuzz', noun: 'fuzz test', parameterType: 'F' },
    { prefix: 'Example', metric: 'tests.examples', noun: 'example', parameterType: undefined },
];
const SKIP_METHODS = new Set(['Skip', 'Skipf', 'SkipNow']);
function collectGoTests(context) {
    if (!context.file.isTestFile)
        return [];
    const { tokens, text } = context;
    const testingT = testingTNames(context);
    const findings = [];
    let depth = 0;
    for (let index = 0; index < tokens.count; index++) {
        if (tokens.kinds[index] === PUNCT) {
            const value = tokens.values[index];
            if (value === OPEN_BRACE)
                depth++;
            else if (value === CLOSE_BRACE && depth > 0)
                depth--;
            continue;
        }
        if (tokens.kinds[index] !== IDENT)
            continue;
        if (depth === 0 && isWord(text, tokens, index, 'func')) {
            const finding = testFunction(context, index + 1);
            if (finding !== undefined)
                findings.push(finding);
        }
        else if (isPunct(tokens, index - 1, DOT) && isPunct(tokens, index + 1, OPEN_PAREN)) {
            const method = tokenText(text, tokens, index);
            const receiver = index - 2;
            if (SKIP_METHODS.has(method)) {
                const call = `${tokenText(text, tokens, receiver)}.${method}`;
                findings.push(findingAtToken(context, 'tests.skip-calls', receiver, `\`${call}\` skips the test`));
            }
            else if (method === 'Run' && isPlainVariable(context, receiver) && testingT.has(tokenText(text, tokens, receiver))) {
                const call = `${tokenText(text, tokens, receiver)}.Run`;
                findings.push(findingAtToken(context, 'tests.subtests', receiver, `subtest \`${call}(…)\``));
            }
        }
    }
    return findings;
}
/** `TestXxx(t *testing.T) {` and friends, with `name` at the token after `func`. */
function testFunction(context, name) {
    const { tokens, text } = context;
    if (!isKind(tokens, name, IDENT) || !isPunct(tokens, name + 1, OPEN_PAREN))
        return undefined;
    const functionName = tokenText(text, tokens, name);
    const kind = TEST_KINDS.find((candidate) => hasTestName(functionName, candidate.prefix));
    if (kind === undefined)
        return undefined;
    const close = kind.parameterType === undefined ? name + 2 : testingParameterEnd(context, name + 2, kind.parameterType);
    if (!isPunct(tokens, close, CLOSE_PAREN) || !isPunct(tokens, close + 1, OPEN_BRACE))
        return undefined;
    return findingAtToken(context, kind.metric, name, `${kind.noun} \`${functionName}\``);
}
/** Go's rule (`testing`'s isTest): the prefix alone, or followed by a character that is not lower-case. */
function hasTestName(name, prefix) {
    if (!name.startsWith(prefix))
        return false;
    if (name.length === prefix.length)
        return true;
    const next = String.fromCodePoint(name.codePointAt(prefix.length) ?? 0);
    return next === next.toUpperCase() || next.toLowerCase() !== next;
}
/** Index of the `)` after `[name] *testing.<type>` starting at `from`, or -1. */
function testingParameterEnd(context, from, type) {
    const { tokens, text } = context;
    const star = isKind(tokens, from, IDENT) ? from + 1 : from;
    const matches = isPunct(tokens, star, STAR) &&
        isWord(text, tokens, star + 1, 'testing') &&
        isPunct(tokens, star + 2, DOT) &&
        isWord(text, tokens, star + 3, type);
    return matches ? star + 4 : -1;
}
/** Names declared anywhere in the file as a `*testing.T` parameter: `(t *testing.T`, `, t *testing.T`. */
function testingTNames(context) {
    const { tokens, text } = context;
    const names = new Set();
    for (const index of tokensSpelled(text, tokens, IDENT, 'testing')) {
        if (index < 1 || index + 4 >= tokens.count || !isPunct(tokens, index - 1, STAR))
            continue;
        if (!isPunct(tokens, index + 1, DOT) || !isWord(text, tokens, index + 2, 'T'))
            continue;
        const name = index - 2;
        if (isKind(tokens, name, IDENT) && (isPunct(tokens, name - 1, OPEN_PAREN) || isPunct(tokens, name - 1, COMMA))) {
            names.add(tokenText(text, tokens, name));
        }
    }
    return names;
}
/** An identifier that is not itself a field (`x.t.Run` is not a call on a variable `t`). */
function isPlainVariable(context, index) {
    return isKind(context.tokens, index, IDENT) && !isPunct(context.tokens, index - 1, DOT);
}

;// CONCATENATED MODULE: ./src/collectors/go-code.ts




function collectGoEvidence(file, text) {
    const context = createContext(file, text, GO);
    return byPosition(collectGoTests(context).concat(collectGoPanics(context), collectTodoComments(context), collectParseError(context)));
}
const goCode = {
    id: 'go-code',
    wants: (file) => file.language === 'go',
    collect: collectGoEvidence,
};

;// CONCATENATED MODULE: ./src/collectors/javascript/chars.ts
// Character classes by char code. Non-ASCII characters count as identifier characters unless they
// are Unicode spaces: exact ID_Start tables are not worth their cost for counting evidence.
// ASCII goes through a lookup table because the lexer asks about every character of every file.
const OTHER_CHAR = 0;
const SPACE_CHAR = 1;
const IDENTIFIER_CHAR = 2;
const DIGIT_CHAR = 3;
/** Class of each ASCII character: letters, `$`, `_` and `\` (an escape) start identifiers. */
const ASCII_CLASSES = (() => {
    const classes = new Uint8Array(128);
    for (let code = 0; code < 128; code++) {
        if (code === 32 || (code >= 9 && code <= 13))
            classes[code] = SPACE_CHAR;
        else if (code >= 48 && code <= 57)
            classes[code] = DIGIT_CHAR;
        else if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 36 || code === 95 || code === 92) {
            classes[code] = IDENTIFIER_CHAR;
        }
    }
    return classes;
})();
function chars_isUnicodeSpace(code) {
    return (code === 0xa0 ||
        code === 0xfeff ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000);
}
/** SPACE_CHAR, IDENTIFIER_CHAR, DIGIT_CHAR or OTHER_CHAR; OTHER_CHAR past the end of the text (NaN). */
function charClass(code) {
    if (code < 128)
        return ASCII_CLASSES[code] ?? OTHER_CHAR;
    if (code >= 128)
        return chars_isUnicodeSpace(code) ? SPACE_CHAR : IDENTIFIER_CHAR;
    return OTHER_CHAR;
}
function chars_isWhitespace(code) {
    return charClass(code) === SPACE_CHAR;
}
function chars_isDigit(code) {
    return code >= 48 && code <= 57;
}
function chars_isIdentifierStart(code) {
    return charClass(code) === IDENTIFIER_CHAR;
}
function chars_isIdentifierPart(code) {
    const kind = charClass(code);
    return kind === IDENTIFIER_CHAR || kind === DIGIT_CHAR;
}
/** Index of the first character at or after `from` that is not an identifier character. */
function chars_skipIdentifier(text, from) {
    let pos = from;
    while (pos < text.length) {
        const kind = charClass(text.charCodeAt(pos));
        if (kind !== IDENTIFIER_CHAR && kind !== DIGIT_CHAR)
            break;
        pos++;
    }
    return pos;
}
function skipWhitespace(text, from) {
    let pos = from;
    while (pos < text.length && chars_isWhitespace(text.charCodeAt(pos)))
        pos++;
    return pos;
}

;// CONCATENATED MODULE: ./src/collectors/javascript/lex-state.ts
// Shared state of one lexing run. Nesting (brackets, `${`, JSX) lives in an explicit stack so that
// files nested 10,000 deep never grow the call stack.

const PAREN_FRAME = 1;
const BRACKET_FRAME = 2;
const BRACE_FRAME = 3;
/** Inside `${ … }` of a template literal. */
const TEMPLATE_FRAME = 4;
/** Inside `{ … }` among a JSX tag's attributes. */
const JSX_ATTRIBUTE_FRAME = 5;
/** Inside `{ … }` among a JSX element's children. */
const JSX_CHILD_FRAME = 6;
/** Inside a JSX element: its opening tag's attributes, then its children. */
const JSX_ELEMENT_FRAME = 7;
/**
 * Every run lexes into this one buffer and hands out an exact-size copy (`takeTokens`): allocating and
 * growing fresh typed arrays for each of thousands of small files cost more than lexing them.
 */
const scratchTokens = createTokenBuffer(1 << 16);
function lex_state_createLexState(text, jsx, tsx) {
    clearTokens(scratchTokens);
    return {
        text,
        pos: 0,
        jsx,
        tsx,
        tokens: scratchTokens,
        commentStarts: [],
        commentEnds: [],
        frameKinds: [],
        frameTokens: [],
        frameOffsets: [],
        lostTrack: undefined,
        closingTags: new Map(),
    };
}
/**
 * Results are carved out of shared slabs: one ArrayBuffer per file cost as much as lexing a small file.
 * A slab is freed once no result viewing it is reachable.
 */
const SLAB_BYTES = 1 << 22;
let slab = new ArrayBuffer(SLAB_BYTES);
let slabUsed = 0;
/** Bytes for `count` tokens, kept a multiple of 4 so the next result's Int32Arrays stay aligned. */
function tokenBytes(count) {
    return (count * 17 + 3) & ~3;
}
/** Where the next result's columns go: its own buffer for a huge file, else the current slab. */
function reserveTokenMemory(bytes) {
    if (bytes > SLAB_BYTES)
        return { memory: new ArrayBuffer(bytes), offset: 0 };
    if (slabUsed + bytes > SLAB_BYTES) {
        slab = new ArrayBuffer(SLAB_BYTES);
        slabUsed = 0;
    }
    const offset = slabUsed;
    slabUsed += bytes;
    return { memory: slab, offset };
}
/** A copy of the run's tokens at the exact size, so the result outlives the next run. */
function takeTokens(state) {
    const { tokens } = state;
    const count = tokens.count;
    const { memory, offset } = reserveTokenMemory(tokenBytes(count));
    const starts = new Int32Array(memory, offset, count);
    const ends = new Int32Array(memory, offset + count * 4, count);
    const values = new Int32Array(memory, offset + count * 8, count);
    const partners = new Int32Array(memory, offset + count * 12, count);
    const kinds = new Uint8Array(memory, offset + count * 16, count);
    starts.set(tokens.starts.subarray(0, count));
    ends.set(tokens.ends.subarray(0, count));
    values.set(tokens.values.subarray(0, count));
    partners.set(tokens.partners.subarray(0, count));
    kinds.set(tokens.kinds.subarray(0, count));
    return { count, kinds, starts, ends, values, partners };
}
/** Records the first place the lexer lost track; later problems are usually its consequences. */
function lex_state_loseTrack(state, offset, reason) {
    if (state.lostTrack === undefined)
        state.lostTrack = { offset, reason };
}
function pushFrame(state, kind, token, offset) {
    state.frameKinds.push(kind);
    state.frameTokens.push(token);
    state.frameOffsets.push(offset);
}
function popFrame(state) {
    state.frameKinds.pop();
    state.frameTokens.pop();
    state.frameOffsets.pop();
}
function topFrame(state) {
    return state.frameKinds[state.frameKinds.length - 1] ?? 0;
}
function topFrameOffset(state) {
    return state.frameOffsets[state.frameOffsets.length - 1] ?? 0;
}
function addComment(state, start, end) {
    state.commentStarts.push(start);
    state.commentEnds.push(end);
}
/** Reads a `//` or `/*` comment starting at `state.pos`. */
function lex_state_scanComment(state) {
    const { text } = state;
    const start = state.pos;
    if (text.charCodeAt(start + 1) === 47) {
        const newline = text.indexOf('\n', start + 2);
        state.pos = newline === -1 ? text.length : newline;
    }
    else {
        const close = text.indexOf('*/', start + 2);
        if (close === -1) {
            lex_state_loseTrack(state, start, 'unterminated block comment');
            state.pos = text.length;
        }
        else {
            state.pos = close + 2;
        }
    }
    addComment(state, start, state.pos);
}

;// CONCATENATED MODULE: ./src/collectors/javascript/tokens.ts
// The token stream the lexer produces: parallel typed arrays rather than one object per token,
// because a 10 MB minified bundle holds millions of tokens.

const tokens_IDENT = 1;
const tokens_NUMBER = 2;
const tokens_STRING = 3;
/** A template literal without substitutions. */
const TEMPLATE = 4;
const TEMPLATE_HEAD = 5;
const TEMPLATE_MIDDLE = 6;
const TEMPLATE_TAIL = 7;
const REGEX = 8;
const tokens_PUNCT = 9;
/** A whole JSX element; the expressions inside it are emitted as ordinary tokens before it. */
const JSX = 10;
// Punctuator values: single characters use their char code; these are the multi-character ones
// the analysis tells apart. Every other multi-character operator is OTHER_OPERATOR.
const ARROW = 256;
const OPTIONAL_CHAIN = 257;
const ELLIPSIS = 258;
const INCREMENT = 259;
const OTHER_OPERATOR = 260;
const tokens_OPEN_PAREN = 40;
const tokens_CLOSE_PAREN = 41;
const tokens_STAR = 42;
const tokens_COMMA = 44;
const tokens_DOT = 46;
const tokens_COLON = 58;
const tokens_SEMICOLON = 59;
const tokens_LESS = 60;
const tokens_EQUALS = 61;
const tokens_GREATER = 62;
const tokens_QUESTION = 63;
const tokens_OPEN_BRACKET = 91;
const tokens_CLOSE_BRACKET = 93;
const tokens_OPEN_BRACE = 123;
const tokens_CLOSE_BRACE = 125;

function tokens_isPunct(buffer, index, value) {
    return index >= 0 && index < buffer.count && buffer.kinds[index] === tokens_PUNCT && buffer.values[index] === value;
}
/** True when the token is the identifier `word` (keywords are identifiers here). */
function tokens_isWord(text, buffer, index, word) {
    if (!isKind(buffer, index, tokens_IDENT))
        return false;
    const start = buffer.starts[index] ?? 0;
    return (buffer.ends[index] ?? 0) - start === word.length && text.startsWith(word, start);
}
/**
 * Indices of the identifier tokens spelled `word`, in order. Searching the text and mapping each hit back
 * to its token is much cheaper than walking every token when the word is rare.
 */
function wordTokens(text, buffer, word) {
    const found = [];
    let index = 0;
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
        index = firstTokenFrom(buffer, at, index);
        // A zero-width JSX token may share its start with the token after it.
        for (let candidate = index; candidate < buffer.count && buffer.starts[candidate] === at; candidate++) {
            if (tokens_isWord(text, buffer, candidate, word))
                found.push(candidate);
        }
    }
    return found;
}
/** True when the token follows `.` or `?.`, i.e. it names a property rather than a variable or keyword. */
function isPropertyName(buffer, index) {
    return tokens_isPunct(buffer, index - 1, tokens_DOT) || tokens_isPunct(buffer, index - 1, OPTIONAL_CHAIN);
}

;// CONCATENATED MODULE: ./src/collectors/javascript/jsx.ts
// JSX elements. Tag names, attribute strings and text children are not code: an apostrophe in
// `Don't` or a `// …` in text is just text. Only `{ … }` containers hand control back to the code lexer.



const JSX_TAG = 1;
const JSX_CHILDREN = 2;
/** Distinct tag names whose closing tag is searched for; beyond this, `<Name>(` is taken as generics. */
const CLOSING_TAG_SEARCH_LIMIT = 32;
/**
 * In .tsx, `<T,>(x) => …`, `<T extends X>(x) => …` and `<T = X>` are type parameters, not elements.
 * So is `<T>(` in a type (`fn: <T>(x: T) => T`), unless the file also has `</T>`: then it is an
 * element whose text starts with `(`. `pos` is just after the `<`.
 */
function looksLikeTypeParameters(state, pos) {
    const { text } = state;
    const nameStart = skipWhitespace(text, pos);
    const nameEnd = chars_skipIdentifier(text, nameStart);
    const next = skipWhitespace(text, nameEnd);
    const code = text.charCodeAt(next);
    if (code === 44 || code === 61)
        return true;
    if (code === 62)
        return text.charCodeAt(next + 1) === 40 && !hasClosingTag(state, text.slice(nameStart, nameEnd));
    return next > nameEnd && text.startsWith('extends', next) && !chars_isIdentifierPart(text.charCodeAt(next + 7));
}
function hasClosingTag(state, name) {
    const known = state.closingTags.get(name);
    if (known !== undefined)
        return known;
    if (state.closingTags.size >= CLOSING_TAG_SEARCH_LIMIT)
        return false;
    const found = state.text.includes(`</${name}>`);
    state.closingTags.set(name, found);
    return found;
}
/** Starts a JSX element at the `<` at `state.pos`. */
function startJsx(state) {
    state.pos++;
    enterTag(state, state.pos - 1);
}
/** After `<`: a fragment `<>` goes straight to children, otherwise read the tag's attributes. */
function enterTag(state, tagStart) {
    pushFrame(state, JSX_ELEMENT_FRAME, -1, tagStart);
    if (state.text.charCodeAt(state.pos) === 62) {
        state.pos++;
        continueJsx(state, JSX_CHILDREN);
        return;
    }
    state.pos = skipTagName(state.text, state.pos);
    continueJsx(state, JSX_TAG);
}
/**
 * Reads JSX from `state.pos` in the given mode until a `{` container opens (control returns to the
 * code lexer) or the outermost element closes.
 */
function continueJsx(state, startMode) {
    const { text } = state;
    let mode = startMode;
    while (state.pos < text.length) {
        if (mode === JSX_TAG) {
            const outcome = readTag(state);
            if (outcome === TAG_CONTAINER)
                return;
            if (outcome === TAG_OPENED) {
                mode = JSX_CHILDREN;
                continue;
            }
            if (outcome === TAG_SELF_CLOSED && !closeElement(state))
                return;
            if (outcome === TAG_EOF)
                break;
            mode = JSX_CHILDREN;
            continue;
        }
        const outcome = readChildren(state);
        if (outcome === CHILD_CONTAINER)
            return;
        if (outcome === CHILD_NESTED_TAG) {
            mode = JSX_TAG;
            continue;
        }
        if (outcome === CHILD_CLOSED && !closeElement(state))
            return;
        if (outcome === CHILD_EOF)
            break;
    }
    lex_state_loseTrack(state, state.frameOffsets[state.frameOffsets.length - 1] ?? state.pos, 'unterminated JSX element');
}
/**
 * Pops the element that just closed. Returns true when its parent element's children continue,
 * false when it was the outermost element and code resumes.
 */
function closeElement(state) {
    if (topFrame(state) === JSX_ELEMENT_FRAME)
        popFrame(state);
    if (topFrame(state) === JSX_ELEMENT_FRAME)
        return true;
    pushToken(state.tokens, JSX, state.pos, state.pos);
    return false;
}
const TAG_CONTAINER = 1;
const TAG_OPENED = 2;
const TAG_SELF_CLOSED = 3;
const TAG_EOF = 4;
/** Reads attributes until `>`, `/>`, a `{` container, or the end of the text. */
function readTag(state) {
    const { text } = state;
    while (state.pos < text.length) {
        const code = text.charCodeAt(state.pos);
        if (code === 62) {
            state.pos++;
            return TAG_OPENED;
        }
        if (code === 47) {
            const next = text.charCodeAt(state.pos + 1);
            if (next === 62) {
                state.pos += 2;
                return TAG_SELF_CLOSED;
            }
            if (next === 47 || next === 42) {
                lex_state_scanComment(state);
                continue;
            }
        }
        else if (code === tokens_OPEN_BRACE) {
            const index = pushToken(state.tokens, tokens_PUNCT, state.pos, state.pos + 1, tokens_OPEN_BRACE);
            pushFrame(state, JSX_ATTRIBUTE_FRAME, index, state.pos);
            state.pos++;
            return TAG_CONTAINER;
        }
        else if (code === 34 || code === 39) {
            const close = text.indexOf(code === 34 ? '"' : "'", state.pos + 1);
            if (close === -1) {
                lex_state_loseTrack(state, state.pos, 'unterminated string');
                state.pos = text.length;
                return TAG_EOF;
            }
            state.pos = close + 1;
            continue;
        }
        state.pos++;
    }
    return TAG_EOF;
}
const CHILD_CONTAINER = 1;
const CHILD_NESTED_TAG = 2;
const CHILD_CLOSED = 3;
const CHILD_EOF = 4;
/** Skips text children until a `{` container, a nested tag, or the element's closing tag. */
function readChildren(state) {
    const { text } = state;
    let pos = state.pos;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        if (code === tokens_OPEN_BRACE) {
            const index = pushToken(state.tokens, tokens_PUNCT, pos, pos + 1, tokens_OPEN_BRACE);
            pushFrame(state, JSX_CHILD_FRAME, index, pos);
            state.pos = pos + 1;
            return CHILD_CONTAINER;
        }
        if (code === 60) {
            const next = text.charCodeAt(pos + 1);
            if (next === 47) {
                const close = text.indexOf('>', pos + 2);
                state.pos = close === -1 ? text.length : close + 1;
                return close === -1 ? CHILD_EOF : CHILD_CLOSED;
            }
            if (next === 62 || chars_isIdentifierStart(next)) {
                state.pos = pos + 1;
                if (next === 62) {
                    state.pos++;
                    pushFrame(state, JSX_ELEMENT_FRAME, -1, pos);
                    pos = state.pos;
                    continue;
                }
                state.pos = skipTagName(text, state.pos);
                pushFrame(state, JSX_ELEMENT_FRAME, -1, pos);
                return CHILD_NESTED_TAG;
            }
        }
        pos++;
    }
    state.pos = text.length;
    return CHILD_EOF;
}
function skipTagName(text, from) {
    let pos = from;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        if (!chars_isIdentifierPart(code) && code !== 46 && code !== 58 && code !== 45)
            break;
        pos++;
    }
    return pos;
}

;// CONCATENATED MODULE: ./src/collectors/javascript/literals.ts
// String, template and regular-expression literals. Their contents never count for anything, so
// the scanners only find where each literal ends.



const literals_BACKSLASH = 92;
const literals_BACKTICK = 96;
const literals_DOLLAR = 36;
const literals_LINE_FEED = 10;
const literals_CARRIAGE_RETURN = 13;
/** Length of the escape starting at `pos`, so that an escaped CRLF line continuation is one unit. */
function escapeLength(text, pos) {
    return text.charCodeAt(pos + 1) === literals_CARRIAGE_RETURN && text.charCodeAt(pos + 2) === literals_LINE_FEED ? 3 : 2;
}
/** Reads a `'` or `"` string starting at `state.pos`. */
function scanString(state) {
    const { text } = state;
    const start = state.pos;
    const quote = text.charCodeAt(start);
    let pos = start + 1;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        // Only quotes, backslashes and line breaks end or bend a string; all but the backslash sort below 40.
        if (code > 39 && code !== literals_BACKSLASH) {
            pos++;
            continue;
        }
        if (code === quote) {
            pushToken(state.tokens, tokens_STRING, start, pos + 1);
            state.pos = pos + 1;
            return;
        }
        if (code === literals_BACKSLASH) {
            pos += escapeLength(text, pos);
            continue;
        }
        if (code === literals_LINE_FEED || code === literals_CARRIAGE_RETURN)
            break;
        pos++;
    }
    lex_state_loseTrack(state, start, 'unterminated string');
    pushToken(state.tokens, tokens_STRING, start, Math.min(pos, text.length));
    state.pos = Math.min(pos, text.length);
}
/**
 * Reads template text from `state.pos` (just after the opening backtick, or after the `}` that closed
 * a substitution) up to the closing backtick or the next `${`.
 * `head` is the token index of the template's head, or -1 when this is the template's first part.
 */
function scanTemplateText(state, tokenStart, head, templateStart) {
    const { text, tokens } = state;
    let pos = state.pos;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        if (code === literals_BACKTICK) {
            const index = pushToken(tokens, head === -1 ? TEMPLATE : TEMPLATE_TAIL, tokenStart, pos + 1);
            if (head !== -1)
                pair(tokens, head, index);
            state.pos = pos + 1;
            return;
        }
        if (code === literals_BACKSLASH) {
            pos += escapeLength(text, pos);
            continue;
        }
        if (code === literals_DOLLAR && text.charCodeAt(pos + 1) === 123) {
            const index = pushToken(tokens, head === -1 ? TEMPLATE_HEAD : TEMPLATE_MIDDLE, tokenStart, pos + 2);
            pushFrame(state, TEMPLATE_FRAME, head === -1 ? index : head, templateStart);
            state.pos = pos + 2;
            return;
        }
        pos++;
    }
    lex_state_loseTrack(state, templateStart, 'unterminated template literal');
    pushToken(tokens, head === -1 ? TEMPLATE : TEMPLATE_TAIL, tokenStart, text.length);
    state.pos = text.length;
}
/**
 * Reads a regular expression literal at `state.pos`. Returns false, consuming nothing, when it does not
 * close on its line: then the `/` was most likely a division the heuristic misjudged.
 */
function scanRegex(state) {
    const { text } = state;
    const start = state.pos;
    let pos = start + 1;
    let inClass = false;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        if (code === literals_BACKSLASH) {
            pos += 2;
            continue;
        }
        if (code === literals_LINE_FEED || code === literals_CARRIAGE_RETURN || code === 0x2028 || code === 0x2029)
            return false;
        if (code === 91)
            inClass = true;
        else if (code === 93)
            inClass = false;
        else if (code === 47 && !inClass) {
            pos++;
            while (pos < text.length && chars_isIdentifierPart(text.charCodeAt(pos)))
                pos++;
            pushToken(state.tokens, REGEX, start, pos);
            state.pos = pos;
            return true;
        }
        pos++;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/collectors/javascript/brackets.ts
// Brackets, and the `}` that may instead end a template substitution or a JSX container.
// Every opener is paired with its closer so the analyses can jump over whole groups.




function openBracket(state, code) {
    const index = pushToken(state.tokens, tokens_PUNCT, state.pos, state.pos + 1, code);
    const frame = code === tokens_OPEN_PAREN ? PAREN_FRAME : code === tokens_OPEN_BRACKET ? BRACKET_FRAME : BRACE_FRAME;
    pushFrame(state, frame, index, state.pos);
    state.pos++;
}
const FRAME_FOR_CLOSER = {
    [tokens_CLOSE_PAREN]: PAREN_FRAME,
    [tokens_CLOSE_BRACKET]: BRACKET_FRAME,
    [tokens_CLOSE_BRACE]: BRACE_FRAME,
};
function brackets_closeBracket(state, code) {
    const frame = topFrame(state);
    const expected = FRAME_FOR_CLOSER[code] ?? 0;
    if (frame === expected) {
        pairWithTopFrame(state, pushCloser(state, code));
        return;
    }
    if (code === tokens_CLOSE_BRACE && frame === TEMPLATE_FRAME) {
        const start = state.pos;
        const head = state.frameTokens[state.frameTokens.length - 1] ?? -1;
        const templateStart = topFrameOffset(state);
        popFrame(state);
        state.pos++;
        scanTemplateText(state, start, head, templateStart);
        return;
    }
    if (code === tokens_CLOSE_BRACE && (frame === JSX_ATTRIBUTE_FRAME || frame === JSX_CHILD_FRAME)) {
        pairWithTopFrame(state, pushCloser(state, code));
        continueJsx(state, frame === JSX_ATTRIBUTE_FRAME ? JSX_TAG : JSX_CHILDREN);
        return;
    }
    lex_state_loseTrack(state, state.pos, `unbalanced \`${String.fromCharCode(code)}\``);
    const index = pushCloser(state, code);
    if (unwindTo(state, expected))
        pairWithTopFrame(state, index);
}
function pushCloser(state, code) {
    const index = pushToken(state.tokens, tokens_PUNCT, state.pos, state.pos + 1, code);
    state.pos++;
    return index;
}
/** Pairs the closer at token `index` with the innermost frame's opener and leaves that frame. */
function pairWithTopFrame(state, index) {
    pair(state.tokens, state.frameTokens[state.frameTokens.length - 1] ?? -1, index);
    popFrame(state);
}
/** Recovers from a stray closer by dropping unclosed brackets above a matching one, if there is one. */
function unwindTo(state, expected) {
    const kinds = state.frameKinds;
    let depth = kinds.length - 1;
    while (depth >= 0 && kinds[depth] !== expected) {
        const kind = kinds[depth];
        if (kind !== PAREN_FRAME && kind !== BRACKET_FRAME && kind !== BRACE_FRAME)
            return false;
        depth--;
    }
    if (depth < 0)
        return false;
    while (state.frameKinds.length - 1 > depth)
        popFrame(state);
    return true;
}
const UNCLOSED_REASON = {
    [PAREN_FRAME]: 'unclosed `(`',
    [BRACKET_FRAME]: 'unclosed `[`',
    [BRACE_FRAME]: 'unclosed `{`',
    [TEMPLATE_FRAME]: 'unterminated template literal',
    [JSX_ATTRIBUTE_FRAME]: 'unclosed `{`',
    [JSX_CHILD_FRAME]: 'unclosed `{`',
};
function brackets_reportUnclosed(state) {
    const frame = topFrame(state);
    if (frame === 0)
        return;
    lex_state_loseTrack(state, topFrameOffset(state), UNCLOSED_REASON[frame] ?? 'unterminated JSX element');
}

;// CONCATENATED MODULE: ./src/collectors/javascript/lexer.ts
// One pass over JavaScript/TypeScript text producing significant tokens and comment ranges.
// It is a lexer, not a parser: regex-vs-division and JSX are decided by the previous token.






/** Keywords after which an expression starts, so `/` begins a regex and `<` may begin JSX. */
const EXPRESSION_KEYWORDS = new Set([
    'return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'instanceof', 'yield', 'await',
]);
/**
 * javascript-code and mock-data both lex every JavaScript/TypeScript file, one right after the other on
 * the same string with the same flavour, so the last result is kept and handed out again. Safe because
 * no consumer mutates a LexResult.
 */
let lastLex;
function lexJavaScript(text, flavour) {
    if (lastLex !== undefined && lastLex.text === text && lastLex.jsx === flavour.jsx && lastLex.tsx === flavour.tsx) {
        return lastLex.result;
    }
    const result = lex(text, flavour);
    lastLex = { text, jsx: flavour.jsx, tsx: flavour.tsx, result };
    return result;
}
function lex(text, flavour) {
    const state = lex_state_createLexState(text, flavour.jsx, flavour.tsx);
    skipHashbang(state);
    lexCode(state);
    brackets_reportUnclosed(state);
    return {
        tokens: takeTokens(state),
        commentStarts: state.commentStarts,
        commentEnds: state.commentEnds,
        lostTrack: state.lostTrack,
    };
}
/** The main loop keeps the position in a local; only symbols go through `state.pos`. */
function lexCode(state) {
    const { text, tokens } = state;
    let pos = state.pos;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        const kind = charClass(code);
        if (kind === SPACE_CHAR) {
            pos++;
        }
        else if (kind === IDENTIFIER_CHAR) {
            const start = pos;
            pos = chars_skipIdentifier(text, pos + 1);
            pushToken(tokens, tokens_IDENT, start, pos);
        }
        else if (kind === DIGIT_CHAR || (code === 46 && chars_isDigit(text.charCodeAt(pos + 1)))) {
            pos = scanNumber(state, pos);
        }
        else {
            state.pos = pos;
            lexer_readSymbol(state, code);
            pos = state.pos;
        }
    }
    state.pos = pos;
}
function skipHashbang(state) {
    const { text } = state;
    if (text.charCodeAt(0) === 0xfeff)
        state.pos = 1;
    if (text.startsWith('#!', state.pos)) {
        const newline = text.indexOf('\n', state.pos);
        state.pos = newline === -1 ? text.length : newline;
    }
}
/** Reads the number starting at `start` and returns the offset after it. */
function scanNumber(state, start) {
    const { text } = state;
    const hex = text.charCodeAt(start) === 48 && (text.charCodeAt(start + 1) | 32) === 120;
    let pos = start + 1;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        const exponentSign = (code === 43 || code === 45) && !hex && (text.charCodeAt(pos - 1) | 32) === 101;
        if (!exponentSign && code !== 46 && !chars_isIdentifierStart(code) && !chars_isDigit(code))
            break;
        pos++;
    }
    pushToken(state.tokens, tokens_NUMBER, start, pos);
    return pos;
}
/**
 * TypeScript's `value!` ends an operand, so a `/` after it divides (`value! / 2`). A `!` right after an
 * operand on the same line can only be that; on a new line it may be a prefix `!` after automatic
 * semicolon insertion (`a\n!/re/.test(s)`).
 */
function isNonNullAssertion(state, bang) {
    const { tokens } = state;
    const previous = bang - 1;
    if (previous < 0)
        return false;
    const between = state.text.slice(tokens.ends[previous] ?? 0, tokens.starts[bang] ?? 0);
    if (between.includes('\n'))
        return false;
    const kind = tokens.kinds[previous];
    if (kind === tokens_NUMBER || kind === tokens_STRING || kind === TEMPLATE || kind === TEMPLATE_TAIL || kind === REGEX)
        return true;
    if (kind === tokens_PUNCT) {
        const value = tokens.values[previous];
        return value === tokens_CLOSE_PAREN || value === tokens_CLOSE_BRACKET;
    }
    if (kind !== tokens_IDENT)
        return false;
    const start = tokens.starts[previous] ?? 0;
    return !EXPRESSION_KEYWORDS.has(state.text.slice(start, tokens.ends[previous] ?? 0));
}
/** True when the previous token ends where an expression may begin. */
function atExpressionStart(state) {
    const { tokens } = state;
    const last = tokens.count - 1;
    if (last < 0)
        return true;
    const kind = tokens.kinds[last];
    if (kind === tokens_PUNCT) {
        const value = tokens.values[last];
        if (value === 33 && isNonNullAssertion(state, last))
            return false;
        return value !== tokens_CLOSE_PAREN && value !== tokens_CLOSE_BRACKET && value !== INCREMENT;
    }
    if (kind === tokens_IDENT) {
        const start = tokens.starts[last] ?? 0;
        const end = tokens.ends[last] ?? 0;
        return end - start <= 10 && !isPropertyName(tokens, last) && EXPRESSION_KEYWORDS.has(state.text.slice(start, end));
    }
    return kind === TEMPLATE_HEAD || kind === TEMPLATE_MIDDLE;
}
function lexer_readSymbol(state, code) {
    const { text } = state;
    const pos = state.pos;
    switch (code) {
        case 34:
        case 39:
            scanString(state);
            return;
        case 96:
            state.pos++;
            scanTemplateText(state, pos, -1, pos);
            return;
        case 40:
        case 91:
        case 123:
            openBracket(state, code);
            return;
        case tokens_CLOSE_PAREN:
        case tokens_CLOSE_BRACKET:
        case tokens_CLOSE_BRACE:
            brackets_closeBracket(state, code);
            return;
        case 47:
            readSlash(state);
            return;
        case 60:
            if (state.jsx && startsJsx(state)) {
                startJsx(state);
                return;
            }
            break;
        case 35:
            if (chars_isIdentifierStart(text.charCodeAt(pos + 1))) {
                state.pos = chars_skipIdentifier(text, pos + 1);
                pushToken(state.tokens, tokens_IDENT, pos, state.pos);
                return;
            }
            break;
    }
    lexer_readPunctuator(state, code);
}
function startsJsx(state) {
    const { text } = state;
    const next = text.charCodeAt(state.pos + 1);
    if (next !== 62 && !chars_isIdentifierStart(next))
        return false;
    if (!atExpressionStart(state))
        return false;
    return !(state.tsx && looksLikeTypeParameters(state, state.pos + 1));
}
function readSlash(state) {
    const { text } = state;
    const pos = state.pos;
    const next = text.charCodeAt(pos + 1);
    if (next === 47 || next === 42) {
        lex_state_scanComment(state);
        return;
    }
    if (atExpressionStart(state)) {
        if (scanRegex(state))
            return;
        lex_state_loseTrack(state, pos, 'unterminated regular expression');
    }
    const length = next === 61 ? 2 : 1;
    pushToken(state.tokens, tokens_PUNCT, pos, pos + length, length === 2 ? OTHER_OPERATOR : 47);
    state.pos += length;
}
/** Operators the analysis tells apart get their own value; `>` stays single so `A<B<C>>` closes. */
function lexer_readPunctuator(state, code) {
    const { text } = state;
    const pos = state.pos;
    const next = text.charCodeAt(pos + 1);
    // Every longer operator continues with punctuation; most symbols are followed by a name or a space.
    if (charClass(next) !== OTHER_CHAR) {
        pushToken(state.tokens, tokens_PUNCT, pos, pos + 1, code);
        state.pos++;
        return;
    }
    const third = text.charCodeAt(pos + 2);
    let length = 1;
    let value = code;
    if (code === 61 && next === 62) {
        length = 2;
        value = ARROW;
    }
    else if (code === 63 && next === 46 && !chars_isDigit(third)) {
        length = 2;
        value = OPTIONAL_CHAIN;
    }
    else if (code === 46 && next === 46 && third === 46) {
        length = 3;
        value = ELLIPSIS;
    }
    else if ((code === 43 || code === 45) && next === code) {
        length = 2;
        value = INCREMENT;
    }
    else if (next === 61 && isOperatorCharacter(code)) {
        length = (code === 61 || code === 33) && third === 61 ? 3 : 2;
        value = OTHER_OPERATOR;
    }
    else if (next === code && (code === 38 || code === 124 || code === 42 || code === 63 || code === 60)) {
        // `<<` is one operator so its second `<` is never mistaken for the start of JSX.
        length = third === 61 ? 3 : 2;
        value = OTHER_OPERATOR;
    }
    pushToken(state.tokens, tokens_PUNCT, pos, pos + length, value);
    state.pos += length;
}
function isOperatorCharacter(code) {
    // = ! + - * % & | ^ ?
    return code === 61 || code === 33 || code === 43 || code === 45 || code === 42 || code === 37 ||
        code === 38 || code === 124 || code === 94 || code === 63;
}

;// CONCATENATED MODULE: ./src/collectors/javascript/context.ts


/** In .ts/.mts/.cts `<T>x` is a type assertion, so only these extensions may hold JSX. */
const JSX_EXTENSIONS = new Set(['js', 'jsx', 'mjs', 'cjs', 'tsx']);
function flavourOf(path) {
    const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
    return { jsx: JSX_EXTENSIONS.has(extension), tsx: extension === 'tsx' };
}
/** Lexes a JavaScript or TypeScript file (JSX by its extension) into what the analyses read. */
function createScanContext(file, text) {
    const lexed = lexJavaScript(text, flavourOf(file.path));
    let lines;
    return {
        file,
        text,
        lexed,
        tokens: lexed.tokens,
        // Line starts are only needed to place a finding, and many files have none: index them on first use.
        get lines() {
            return (lines ??= indexLines(text));
        },
    };
}
function context_findingAt(context, kind, offset, message, data) {
    const finding = {
        kind,
        file: context.file.path,
        line: lineAt(context.lines, offset),
        column: columnAt(context.lines, offset),
        message,
    };
    if (context.file.language !== undefined)
        finding.language = context.file.language;
    if (data !== undefined)
        finding.data = data;
    return finding;
}
/** Collapses whitespace and cuts to `max` characters, so messages stay one readable line. */
function javascript_context_shorten(value, max) {
    const flat = value.replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

;// CONCATENATED MODULE: ./src/collectors/javascript/catches.ts


function catches_collectEmptyCatches(context) {
    if (context.file.isTest)
        return [];
    const { tokens, text } = context;
    const findings = [];
    for (const index of wordTokens(text, tokens, 'catch')) {
        // A catch clause always follows its try block; this rules out `promise.catch(…)` and methods named catch.
        if (!tokens_isPunct(tokens, index - 1, tokens_CLOSE_BRACE))
            continue;
        if (!tokens_isWord(text, tokens, partnerOf(tokens, index - 1) - 1, 'try'))
            continue;
        let block = index + 1;
        if (tokens_isPunct(tokens, block, tokens_OPEN_PAREN))
            block = partnerOf(tokens, block) + 1;
        if (block > 0 && tokens_isPunct(tokens, block, tokens_OPEN_BRACE) && partnerOf(tokens, block) === block + 1) {
            findings.push(context_findingAt(context, 'catch.empty', tokens.starts[index] ?? 0, 'empty `catch` block swallows the error'));
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/collectors/javascript/function-bodies.ts
// Deciding from tokens alone whether a `{` opens a function body (declaration, expression, arrow,
// method, accessor, constructor) rather than an if/for/while/switch/catch/with block, a plain block,
// a class body or an object literal. TypeScript return types sit between `)` and `{`.

const CONTROL_KEYWORDS = new Set(['if', 'for', 'while', 'switch', 'catch', 'with']);
/** Words inside a type after which another type must follow. */
const TYPE_OPERATORS = new Set(['keyof', 'typeof', 'infer', 'is', 'extends', 'asserts', 'readonly', 'unique', 'new']);
/** Return types are short; a bound keeps hostile input linear. */
const TYPE_SCAN_LIMIT = 256;
/** True when the `(` at `open` starts a parameter list rather than a condition or a call. */
function opensParameters(context, open) {
    const { tokens, text } = context;
    const before = open - 1;
    if (before < 0)
        return false;
    const kind = tokens.kinds[before];
    if (kind === tokens_IDENT) {
        const word = tokenText(text, tokens, before);
        if (CONTROL_KEYWORDS.has(word))
            return false;
        // `for await (…)`
        return !(word === 'await' && tokens_isWord(text, tokens, before - 1, 'for'));
    }
    if (kind === tokens_STRING || kind === tokens_NUMBER)
        return true;
    return tokens_isPunct(tokens, before, tokens_GREATER) || tokens_isPunct(tokens, before, tokens_STAR) || tokens_isPunct(tokens, before, tokens_CLOSE_BRACKET);
}
/** The `)` closing the parameters of the function whose body starts at `brace`, or -1. */
function parametersCloseOf(context, brace) {
    const { tokens } = context;
    const before = brace - 1;
    if (tokens_isPunct(tokens, before, tokens_CLOSE_PAREN)) {
        return opensParameters(context, partnerOf(tokens, before)) ? before : -1;
    }
    for (const colon of returnTypeColons(tokens, before)) {
        if (opensParameters(context, partnerOf(tokens, colon - 1)) && bodyAfterReturnType(context, colon) === brace) {
            return colon - 1;
        }
    }
    return -1;
}
function isFunctionBody(context, brace) {
    return tokens_isPunct(context.tokens, brace - 1, ARROW) || parametersCloseOf(context, brace) !== -1;
}
/**
 * Walks back from the last token of a possible return type, yielding each `:` that directly follows
 * a `)`, nearest first. Stops on leaving the enclosing brackets or reaching a statement boundary.
 */
function* returnTypeColons(tokens, last) {
    let index = last;
    for (let steps = 0; index > 0 && steps < TYPE_SCAN_LIMIT; steps++) {
        if (tokens.kinds[index] === tokens_PUNCT) {
            const value = tokens.values[index];
            if (value === tokens_CLOSE_PAREN || value === tokens_CLOSE_BRACKET || value === tokens_CLOSE_BRACE) {
                const partner = partnerOf(tokens, index);
                if (partner < 0)
                    return;
                index = partner - 1;
                continue;
            }
            if (value === tokens_OPEN_PAREN || value === tokens_OPEN_BRACKET || value === tokens_OPEN_BRACE)
                return;
            if (value === tokens_SEMICOLON || value === tokens_EQUALS || value === tokens_COMMA)
                return;
            if (value === tokens_COLON && tokens_isPunct(tokens, index - 1, tokens_CLOSE_PAREN))
                yield index;
        }
        index--;
    }
}
/**
 * Reads the return type after the `:` at `colon` and returns the index of the body `{` that follows
 * it, or -1 when the type ends without one (an overload, an abstract member, a conditional expression).
 * A `{` where a type is expected is an object type; one after a complete type is the body.
 */
function bodyAfterReturnType(context, colon) {
    const { tokens, text } = context;
    let expectingType = true;
    let angleDepth = 0;
    let index = colon + 1;
    for (let steps = 0; index < tokens.count && steps < TYPE_SCAN_LIMIT; steps++) {
        const kind = tokens.kinds[index];
        if (kind === tokens_IDENT) {
            expectingType = TYPE_OPERATORS.has(tokenText(text, tokens, index));
            index++;
            continue;
        }
        if (kind !== tokens_PUNCT) {
            expectingType = false;
            index = kind === TEMPLATE_HEAD ? skipTemplate(tokens, index) : index + 1;
            continue;
        }
        const value = tokens.values[index];
        if (value === tokens_OPEN_BRACE) {
            if (!expectingType && angleDepth === 0)
                return index;
        }
        if (value === tokens_OPEN_BRACE || value === tokens_OPEN_PAREN || value === tokens_OPEN_BRACKET) {
            const partner = partnerOf(tokens, index);
            if (partner < 0)
                return -1;
            index = partner + 1;
            expectingType = false;
            continue;
        }
        if (value === tokens_LESS)
            angleDepth++;
        else if (value === tokens_GREATER)
            angleDepth--;
        else if (value === tokens_SEMICOLON || value === tokens_EQUALS || value === tokens_CLOSE_PAREN || value === tokens_CLOSE_BRACE)
            return -1;
        else if (value === tokens_COMMA && angleDepth === 0)
            return -1;
        if (angleDepth < 0)
            return -1;
        expectingType = value !== tokens_GREATER;
        index++;
    }
    return -1;
}
/** Skips a template with substitutions (a template literal type) to the token after its tail. */
function skipTemplate(tokens, head) {
    const tail = partnerOf(tokens, head);
    return tail < 0 ? head + 1 : tail + 1;
}

;// CONCATENATED MODULE: ./src/collectors/javascript/stubs.ts



const stubs_NOT_IMPLEMENTED = /not.?implemented/i;
/** Enough of a message to find the words; bounds the regex on hostile literals. */
const stubs_MESSAGE_WINDOW = 1000;
const NAME_SCAN_LIMIT = 64;
function collectPlaceholders(context) {
    if (context.file.isTest)
        return [];
    const { tokens, text } = context;
    const findings = [];
    for (const index of wordTokens(text, tokens, 'throw')) {
        if (!tokens_isPunct(tokens, index - 1, tokens_OPEN_BRACE))
            continue;
        const brace = index - 1;
        if (!throwsNotImplementedOnly(context, brace) || !isFunctionBody(context, brace))
            continue;
        const name = functionName(context, brace);
        findings.push(context_findingAt(context, 'stubs.placeholder', tokens.starts[index] ?? 0, `\`${name}\` is a placeholder: it only throws "Not implemented"`));
    }
    return findings;
}
/** `{ throw new X(…); }` where X's name or the first argument's literal says "not implemented". */
function throwsNotImplementedOnly(context, brace) {
    const { tokens, text } = context;
    let index = brace + 2;
    const constructed = tokens_isWord(text, tokens, index, 'new');
    if (constructed)
        index++;
    if (!isKind(tokens, index, tokens_IDENT))
        return false;
    let nameToken = index++;
    while (tokens_isPunct(tokens, index, tokens_DOT) && isKind(tokens, index + 1, tokens_IDENT)) {
        nameToken = index + 1;
        index += 2;
    }
    let messageSaysSo = false;
    if (tokens_isPunct(tokens, index, tokens_OPEN_PAREN)) {
        const close = partnerOf(tokens, index);
        if (close < 0)
            return false;
        messageSaysSo = stubs_firstArgumentSaysNotImplemented(context, index + 1);
        index = close + 1;
    }
    else if (!constructed) {
        return false;
    }
    if (tokens_isPunct(tokens, index, tokens_SEMICOLON))
        index++;
    if (partnerOf(tokens, brace) !== index)
        return false;
    return messageSaysSo || stubs_NOT_IMPLEMENTED.test(tokenText(text, tokens, nameToken));
}
function stubs_firstArgumentSaysNotImplemented(context, argument) {
    const { tokens, text } = context;
    const kind = tokens.kinds[argument];
    if (argument >= tokens.count || (kind !== tokens_STRING && kind !== TEMPLATE && kind !== TEMPLATE_HEAD))
        return false;
    const start = tokens.starts[argument] ?? 0;
    const last = kind === TEMPLATE_HEAD ? partnerOf(tokens, argument) : argument;
    const end = tokens.ends[last < 0 ? argument : last] ?? start;
    return stubs_NOT_IMPLEMENTED.test(text.slice(start, Math.min(end, start + stubs_MESSAGE_WINDOW)));
}
/** The declaration or method name, else the variable or property the function is assigned to. */
function functionName(context, brace) {
    const { tokens, text } = context;
    if (tokens_isPunct(tokens, brace - 1, ARROW))
        return nameFromSurroundings(context, arrowStart(context, brace - 1));
    const open = partnerOf(tokens, parametersCloseOf(context, brace));
    let before = open - 1;
    if (tokens_isPunct(tokens, before, tokens_GREATER))
        before = matchingLess(context, before) - 1;
    if (tokens_isWord(text, tokens, before, 'function'))
        return nameFromSurroundings(context, withAsync(context, before));
    if (tokens_isPunct(tokens, before, tokens_STAR)) {
        return tokens_isWord(text, tokens, before - 1, 'function')
            ? nameFromSurroundings(context, withAsync(context, before - 1))
            : 'function';
    }
    return propertyKey(context, before) ?? 'function';
}
/** An identifier, a quoted key, or a short computed key `[Symbol.iterator]`. */
function propertyKey(context, index) {
    const { tokens, text } = context;
    if (isKind(tokens, index, tokens_IDENT))
        return tokenText(text, tokens, index);
    if (isKind(tokens, index, tokens_STRING))
        return tokenText(text, tokens, index).slice(1, -1);
    if (tokens_isPunct(tokens, index, tokens_CLOSE_BRACKET)) {
        const key = text.slice(tokens.starts[partnerOf(tokens, index)] ?? 0, tokens.ends[index] ?? 0);
        return key.length <= 60 ? key : undefined;
    }
    return undefined;
}
function withAsync(context, start) {
    return tokens_isWord(context.text, context.tokens, start - 1, 'async') ? start - 1 : start;
}
/** First token of the arrow function whose `=>` is at `arrow`, or -1. */
function arrowStart(context, arrow) {
    const { tokens } = context;
    const last = arrow - 1;
    let start = -1;
    if (tokens_isPunct(tokens, last, tokens_CLOSE_PAREN))
        start = partnerOf(tokens, last);
    else if (isKind(tokens, last, tokens_IDENT) && !tokens_isPunct(tokens, last - 1, tokens_COLON))
        start = last;
    else {
        for (const colon of returnTypeColons(tokens, last)) {
            start = partnerOf(tokens, colon - 1);
            break;
        }
    }
    if (start < 0)
        return -1;
    if (tokens_isPunct(tokens, start - 1, tokens_GREATER))
        start = matchingLess(context, start - 1);
    return start < 0 ? -1 : withAsync(context, start);
}
/** `const name = …`, `this.name = …`, `name: …` in an object literal, `name: Type = …` in a class. */
function nameFromSurroundings(context, start) {
    const { tokens, text } = context;
    if (start < 1)
        return 'function';
    const before = start - 1;
    if (tokens_isPunct(tokens, before, tokens_EQUALS)) {
        const target = before - 1;
        if (isKind(tokens, target, tokens_IDENT) && !tokens_isPunct(tokens, target - 1, tokens_COLON))
            return tokenText(text, tokens, target);
        return annotatedName(context, target) ?? 'function';
    }
    if (tokens_isPunct(tokens, before, tokens_COLON))
        return propertyKey(context, before - 1) ?? 'function';
    return 'function';
}
/** Walks back over a type annotation `name?: Type` ending at `last` to the annotated name. */
function annotatedName(context, last) {
    const { tokens, text } = context;
    let index = last;
    for (let steps = 0; index > 0 && steps < NAME_SCAN_LIMIT; steps++) {
        if (tokens.kinds[index] === tokens_PUNCT) {
            const value = tokens.values[index];
            const partner = partnerOf(tokens, index);
            if (partner >= 0 && partner < index) {
                index = partner - 1;
                continue;
            }
            if (value === tokens_COLON) {
                const name = tokens_isPunct(tokens, index - 1, tokens_QUESTION) ? index - 2 : index - 1;
                return isKind(tokens, name, tokens_IDENT) ? tokenText(text, tokens, name) : undefined;
            }
            if (value === tokens_SEMICOLON || value === tokens_EQUALS || value === tokens_OPEN_BRACE || value === tokens_OPEN_PAREN)
                return undefined;
        }
        index--;
    }
    return undefined;
}
/** Index of the `<` matching the `>` at `greater`, or -1. */
function matchingLess(context, greater) {
    const { tokens } = context;
    let depth = 0;
    let index = greater;
    for (let steps = 0; index >= 0 && steps < NAME_SCAN_LIMIT; steps++) {
        const partner = partnerOf(tokens, index);
        if (partner >= 0 && partner < index) {
            index = partner - 1;
            continue;
        }
        if (tokens_isPunct(tokens, index, tokens_GREATER))
            depth++;
        else if (tokens_isPunct(tokens, index, tokens_LESS) && --depth === 0)
            return index;
        index--;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/collectors/javascript/tests.ts


const TEST_FUNCTIONS = new Set(['it', 'test', 'specify', 'xit', 'xtest', 'xspecify', 'fit']);
/** First letters of the test functions, checked before an identifier's text is sliced out. */
const TEST_FUNCTION_INITIALS = new Set([...TEST_FUNCTIONS].map((name) => name.charCodeAt(0)));
const SKIPPED_FUNCTIONS = new Set(['xit', 'xtest', 'xspecify']);
const CHAIN_MEMBERS = new Set([
    'only', 'skip', 'todo', 'each', 'concurrent', 'failing', 'fails', 'fixme', 'sequential', 'skipIf', 'runIf', 'for',
]);
const SKIPPING_MEMBERS = new Set(['skip', 'todo', 'fixme']);
const NAME_LIMIT = 80;
const TYPE_ARGUMENTS_LIMIT = 256;
function collectTests(context) {
    if (!context.file.isTestFile)
        return [];
    const { tokens, text } = context;
    const findings = [];
    for (let index = 0; index < tokens.count; index++) {
        if (tokens.kinds[index] !== tokens_IDENT)
            continue;
        const start = tokens.starts[index] ?? 0;
        const length = (tokens.ends[index] ?? 0) - start;
        if (length < 2 || length > 8 || !TEST_FUNCTION_INITIALS.has(text.charCodeAt(start)))
            continue;
        const root = tokenText(text, tokens, index);
        if (!TEST_FUNCTIONS.has(root) || isPropertyName(tokens, index) || followsFunctionKeyword(context, index))
            continue;
        const call = readTestCall(context, index);
        if (call === undefined || call.close === call.open + 1 || isMethodDeclaration(context, index, call.close))
            continue;
        const offset = tokens.starts[index] ?? 0;
        const name = testName(context, call.open);
        findings.push(context_findingAt(context, 'tests.cases', offset, name === undefined ? 'test (computed name)' : `test \`${name}\``));
        if (SKIPPED_FUNCTIONS.has(root) || call.members.some((member) => SKIPPING_MEMBERS.has(member))) {
            const form = [root, ...call.members].join('.');
            const label = name === undefined ? '(computed name)' : `\`${name}\``;
            findings.push(context_findingAt(context, 'tests.skipped', offset, `skipped test ${label} (${form})`));
        }
        // Tests nested in this call's arguments belong to it and are not counted again.
        index = call.close;
    }
    return findings;
}
function followsFunctionKeyword(context, index) {
    const { text, tokens } = context;
    return (tokens_isWord(text, tokens, index - 1, 'function') ||
        (tokens_isPunct(tokens, index - 1, tokens_STAR) && tokens_isWord(text, tokens, index - 2, 'function')));
}
/** Follows `.member`, `(args)` and tagged templates after the root; undefined when nothing is called. */
function readTestCall(context, root) {
    const { text, tokens } = context;
    const members = [];
    let open = -1;
    let close = -1;
    let index = root + 1;
    while (index < tokens.count) {
        if (tokens_isPunct(tokens, index, tokens_DOT) && isKind(tokens, index + 1, tokens_IDENT)) {
            const member = tokenText(text, tokens, index + 1);
            if (!CHAIN_MEMBERS.has(member))
                break;
            members.push(member);
            index += 2;
        }
        else if (tokens_isPunct(tokens, index, tokens_OPEN_PAREN)) {
            const partner = partnerOf(tokens, index);
            if (partner < 0)
                break;
            open = index;
            close = partner;
            index = partner + 1;
        }
        else if (tokens_isPunct(tokens, index, tokens_LESS)) {
            // Type arguments: `test<Context>('name', fn)`, ``test.each<Row>`table` ``.
            const after = tests_skipTypeArguments(context, index);
            if (!tokens_isPunct(tokens, after, tokens_OPEN_PAREN) && !isKind(tokens, after, TEMPLATE) && !isKind(tokens, after, TEMPLATE_HEAD)) {
                break;
            }
            index = after;
        }
        else if (isKind(tokens, index, TEMPLATE)) {
            index++;
        }
        else if (isKind(tokens, index, TEMPLATE_HEAD)) {
            const tail = partnerOf(tokens, index);
            if (tail < 0)
                break;
            index = tail + 1;
        }
        else {
            break;
        }
    }
    return open === -1 ? undefined : { members, open, close };
}
/** Index of the token after the `>` closing the `<` at `less`, or -1. */
function tests_skipTypeArguments(context, less) {
    const { tokens } = context;
    let depth = 0;
    let index = less;
    for (let steps = 0; index < tokens.count && steps < TYPE_ARGUMENTS_LIMIT; steps++) {
        if (tokens_isPunct(tokens, index, tokens_LESS))
            depth++;
        else if (tokens_isPunct(tokens, index, tokens_GREATER) && --depth === 0)
            return index + 1;
        else if (tokens_isPunct(tokens, index, tokens_SEMICOLON))
            return -1;
        const partner = partnerOf(tokens, index);
        if (partner >= 0 && partner < index)
            return -1;
        index = partner > index ? partner + 1 : index + 1;
    }
    return -1;
}
/**
 * `test(a) { … }` and `it(x): void` are method shorthands or signatures, not calls. A `)` followed by
 * `:` is a call only inside a conditional (`c ? it('a', f) : …`).
 */
function isMethodDeclaration(context, root, close) {
    const { tokens, text } = context;
    if (tokens_isPunct(tokens, close + 1, tokens_OPEN_BRACE))
        return true;
    if (!tokens_isPunct(tokens, close + 1, tokens_COLON))
        return false;
    return !tokens_isPunct(tokens, root - 1, tokens_QUESTION) && !tokens_isWord(text, tokens, root - 1, 'case');
}
/** The first argument's text when it is a plain string or a template without substitutions. */
function testName(context, open) {
    const { tokens, text } = context;
    const argument = open + 1;
    const kind = tokens.kinds[argument];
    if (kind !== tokens_STRING && kind !== TEMPLATE)
        return undefined;
    if (!tokens_isPunct(tokens, argument + 1, tokens_COMMA) && !tokens_isPunct(tokens, argument + 1, tokens_CLOSE_PAREN))
        return undefined;
    const start = (tokens.starts[argument] ?? 0) + 1;
    const end = Math.max(start, (tokens.ends[argument] ?? 0) - 1);
    return javascript_context_shorten(text.slice(start, Math.min(end, start + NAME_LIMIT * 4)), NAME_LIMIT);
}

;// CONCATENATED MODULE: ./src/collectors/javascript/todos.ts


/** A comment holds a tag only if the whole text does; most files hold none, so their comments are skipped. */
function mayHoldTags(text) {
    return text.includes('TODO') || text.includes('FIXME') || text.includes('XXX') || text.includes('HACK');
}
function todos_collectTodoComments(context) {
    const { text } = context;
    if (!mayHoldTags(text))
        return [];
    const { commentStarts, commentEnds } = context.lexed;
    const findings = [];
    for (let index = 0; index < commentStarts.length; index++) {
        const start = commentStarts[index] ?? 0;
        const end = commentEnds[index] ?? start;
        const isBlock = text.charCodeAt(start + 1) === 42;
        const bodyEnd = isBlock && text.endsWith('*/', end) && end - start >= 4 ? end - 2 : end;
        const body = text.slice(start + 2, bodyEnd);
        const found = findTodoTag(body);
        if (found === undefined)
            continue;
        findings.push(context_findingAt(context, 'todo.comments', start + 2 + found.index, todoMessage(body, found)));
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/collectors/javascript-code.ts





function collectJavaScriptEvidence(file, text) {
    const context = createScanContext(file, text);
    const { lexed } = context;
    const findings = [
        ...collectTests(context),
        ...catches_collectEmptyCatches(context),
        ...todos_collectTodoComments(context),
        ...collectPlaceholders(context),
    ];
    if (lexed.lostTrack !== undefined) {
        const finding = context_findingAt(context, 'parse.errors', lexed.lostTrack.offset, '');
        const language = file.language === 'typescript' ? 'TypeScript' : 'JavaScript';
        finding.message =
            `could not follow ${language} syntax after line ${finding.line} (${lexed.lostTrack.reason}); ` +
                'counts for this file may be incomplete';
        findings.push(finding);
    }
    return findings;
}
const javascriptCode = {
    id: 'javascript-code',
    wants: (file) => file.language === 'javascript' || file.language === 'typescript',
    collect: collectJavaScriptEvidence,
};

;// CONCATENATED MODULE: ./src/collectors/c-family/jvm-declarations.ts

const JAVA_MODIFIERS = new Set([
    'public', 'protected', 'private', 'static', 'final', 'abstract', 'synchronized', 'native', 'strictfp',
    'default', 'transient', 'volatile', 'sealed', 'non',
]);
const KOTLIN_MODIFIERS = new Set([
    'public', 'protected', 'private', 'internal', 'open', 'final', 'abstract', 'override', 'sealed', 'data',
    'inner', 'enum', 'annotation', 'companion', 'inline', 'value', 'lateinit', 'const', 'suspend', 'tailrec',
    'operator', 'infix', 'external', 'expect', 'actual',
]);
const CLOSERS = new Set([CLOSE_PAREN, CLOSE_BRACKET, CLOSE_BRACE]);
const JAVA_TYPE_KEYWORDS = new Set(['class', 'interface', 'enum', 'record']);
const KOTLIN_TYPE_KEYWORDS = new Set(['class', 'interface', 'object']);
const MINUS = 45;
/** Declaration headers are short; a bound keeps hostile input linear. */
const jvm_declarations_HEADER_LIMIT = 256;
/** The annotation whose `@` is at `at`, or undefined (Kotlin labels like `return@forEach` are not annotations). */
function annotationAt(context, at) {
    const { tokens, text } = context;
    if (!isPunct(tokens, at, AT) || !isKind(tokens, at + 1, IDENT) || isWord(text, tokens, at + 1, 'interface'))
        return undefined;
    if (isKind(tokens, at - 1, IDENT) && tokens.ends[at - 1] === tokens.starts[at])
        return undefined;
    let index = at + 1;
    // Kotlin use-site targets: `@get:Rule`, `@field:JvmField`.
    if (isPunct(tokens, index + 1, COLON) && isKind(tokens, index + 2, IDENT))
        index += 2;
    while (isPunct(tokens, index + 1, DOT) && isKind(tokens, index + 2, IDENT))
        index += 2;
    const name = tokenText(text, tokens, index);
    const last = isPunct(tokens, index + 1, OPEN_PAREN) ? partnerOf(tokens, index + 1) : index;
    return last < 0 ? undefined : { name, at, last };
}
/** Reads the annotations and modifiers starting at the `@` at `first`, then what they are declared on. */
function declarationAt(context, first, kotlin) {
    const { tokens, text } = context;
    const modifiers = kotlin ? KOTLIN_MODIFIERS : JAVA_MODIFIERS;
    const annotations = [];
    let index = first;
    for (;;) {
        const annotation = annotationAt(context, index);
        if (annotation !== undefined) {
            annotations.push(annotation);
            index = annotation.last + 1;
        }
        else if (isOneOf(text, tokens, index, modifiers)) {
            index++;
            // Java's `non-sealed`.
            if (isPunct(tokens, index, MINUS) && isWord(text, tokens, index + 1, 'sealed'))
                index += 2;
        }
        else {
            break;
        }
    }
    if (annotations.length === 0)
        return { annotations, kind: 'other', name: -1, end: index };
    const target = kotlin ? kotlinTarget(context, index) : javaTarget(context, index);
    return { annotations, ...target, end: index };
}
function kotlinTarget(context, start) {
    const { tokens, text } = context;
    if (isOneOf(text, tokens, start, KOTLIN_TYPE_KEYWORDS))
        return { kind: 'class', name: start + 1 };
    if (!isWord(text, tokens, start, 'fun'))
        return { kind: 'other', name: -1 };
    const open = parametersOpen(context, start + 1);
    return open === -1 ? { kind: 'other', name: -1 } : { kind: 'method', name: open - 1 };
}
function javaTarget(context, start) {
    const { tokens, text } = context;
    const limit = Math.min(tokens.count, start + jvm_declarations_HEADER_LIMIT);
    for (let index = start; index < limit; index++) {
        if (isOneOf(text, tokens, index, JAVA_TYPE_KEYWORDS))
            return { kind: 'class', name: index + 1 };
        if (isPunct(tokens, index, AT)) {
            if (isWord(text, tokens, index + 1, 'interface'))
                return { kind: 'class', name: index + 2 };
            // A type annotation in the return type, `@NonNull String name()`.
            const annotation = annotationAt(context, index);
            if (annotation !== undefined)
                index = annotation.last;
            continue;
        }
        if (tokens.kinds[index] !== PUNCT)
            continue;
        const value = tokens.values[index] ?? 0;
        if (value === OPEN_PAREN) {
            return isKind(tokens, index - 1, IDENT) && index > start ? { kind: 'method', name: index - 1 } : { kind: 'other', name: -1 };
        }
        if (value === OPEN_BRACKET)
            index = Math.max(index, partnerOf(tokens, index));
        else if (value === OPEN_BRACE || value === SEMICOLON || value === EQUALS || CLOSERS.has(value))
            break;
    }
    return { kind: 'other', name: -1 };
}
/** The `(` of a Kotlin function's parameters, after optional type parameters and a receiver type. */
function parametersOpen(context, from) {
    const { tokens } = context;
    const limit = Math.min(tokens.count, from + jvm_declarations_HEADER_LIMIT);
    let angles = 0;
    for (let index = from; index < limit; index++) {
        if (tokens.kinds[index] !== PUNCT)
            continue;
        const value = tokens.values[index];
        if (value === LESS)
            angles++;
        else if (value === GREATER)
            angles--;
        else if (value === OPEN_PAREN && angles <= 0)
            return isKind(tokens, index - 1, IDENT) ? index : -1;
        else if (value === OPEN_BRACE || value === SEMICOLON || value === EQUALS)
            return -1;
        else if (partnerOf(tokens, index) > index)
            index = partnerOf(tokens, index);
    }
    return -1;
}
/** A declared name for messages: Kotlin's `` `a test name` `` loses its backticks. */
function declaredName(context, index) {
    const name = tokenText(context.text, context.tokens, index);
    return name.startsWith('`') && name.endsWith('`') && name.length >= 2 ? name.slice(1, -1) : name;
}

;// CONCATENATED MODULE: ./src/collectors/c-family/jvm-catches.ts




/** What each generic type catches, for the message. */
const jvm_catches_GENERIC_TYPES = new Map([
    ['Exception', 'every exception'],
    ['Throwable', 'every error and exception'],
    ['RuntimeException', 'every unchecked exception'],
]);
const QUALIFIERS = new Set(['java.lang.', 'kotlin.']);
function collectJvmGenericCatches(context, clauses, kotlin) {
    const findings = [];
    for (const clause of clauses) {
        if (clause.open === -1)
            continue;
        const types = kotlin ? kotlinCaughtTypes(context, clause.open) : javaCaughtTypes(context, clause.open);
        const caught = types.map(genericMeaning).find((meaning) => meaning !== undefined);
        if (caught === undefined)
            continue;
        const message = `\`${clauseText(context, clause)}\` catches ${caught}; catch the exceptions you expect`;
        findings.push(findingAtToken(context, 'catch.generic', clause.keyword, message));
    }
    return findings;
}
function genericMeaning(type) {
    const dot = type.lastIndexOf('.');
    const simple = type.slice(dot + 1);
    const qualifier = type.slice(0, dot + 1);
    return qualifier === '' || QUALIFIERS.has(qualifier) ? jvm_catches_GENERIC_TYPES.get(simple) : undefined;
}
/** A dotted name starting at `from`: its text and the index after it. */
function dottedName(context, from) {
    const { tokens, text } = context;
    let name = '';
    let index = from;
    while (isKind(tokens, index, IDENT)) {
        name += tokenText(text, tokens, index++);
        if (!isPunct(tokens, index, DOT))
            break;
        name += '.';
        index++;
    }
    return { name, next: index };
}
/** `catch (final @A IOException | Exception e)` → the alternatives' names. */
function javaCaughtTypes(context, open) {
    const { tokens, text } = context;
    const close = partnerOf(tokens, open);
    let index = open + 1;
    for (;;) {
        const annotation = annotationAt(context, index);
        if (annotation !== undefined)
            index = annotation.last + 1;
        else if (isWord(text, tokens, index, 'final'))
            index++;
        else
            break;
    }
    const types = [];
    while (index < close) {
        const type = dottedName(context, index);
        if (type.name === '')
            break;
        types.push(type.name);
        if (!isPunct(tokens, type.next, PIPE))
            break;
        index = type.next + 1;
    }
    return types;
}
/** `catch (e: Exception)` → `[Exception]`. */
function kotlinCaughtTypes(context, open) {
    const { tokens } = context;
    if (!isKind(tokens, open + 1, IDENT) || !isPunct(tokens, open + 2, COLON))
        return [];
    const type = dottedName(context, open + 3);
    return type.name === '' ? [] : [type.name];
}

;// CONCATENATED MODULE: ./src/collectors/c-family/jvm-stubs.ts




const JAVA_NOT_METHODS = new Set(['if', 'for', 'while', 'switch', 'catch', 'synchronized', 'try', 'return', 'new', 'throw']);
/** Words that end a backwards walk: the body belongs to something other than a function. */
const KOTLIN_NOT_FUNCTIONS = new Set(['val', 'var', 'class', 'object', 'interface', 'init', 'constructor', 'get', 'set']);
const WALK_LIMIT = 256;
const jvm_stubs_QUESTION = 63;
function collectJvmPlaceholders(context, kotlin) {
    const { tokens } = context;
    const findings = [];
    for (const statement of placeholderStarts(context, kotlin)) {
        const index = statement - 1;
        const braceBody = isPunct(tokens, index, OPEN_BRACE);
        if (!braceBody && !(kotlin && isPunct(tokens, index, EQUALS)))
            continue;
        const end = braceBody ? partnerOf(tokens, index) : expressionEnd(context, index);
        if (end < 0)
            continue;
        const what = placeholderStatement(context, index + 1, end, kotlin);
        if (what === undefined)
            continue;
        const name = kotlin ? kotlinFunctionName(context, index) : javaMethodName(context, index);
        if (name >= 0)
            findings.push(findingAtToken(context, 'stubs.placeholder', index + 1, `\`${declaredName(context, name)}\` is a placeholder: its body ${what}`));
    }
    return findings;
}
/** Kotlin `= TODO(…)` / `= throw X(…)`: the token after the call, which must end the line or the block; else -1. */
function expressionEnd(context, equals) {
    const { tokens, text } = context;
    let index = equals + 1;
    const limit = Math.min(tokens.count, equals + WALK_LIMIT);
    while (index < limit && (isKind(tokens, index, IDENT) || isPunct(tokens, index, DOT)))
        index++;
    if (!isPunct(tokens, index, OPEN_PAREN))
        return -1;
    const after = partnerOf(tokens, index) + 1;
    if (after <= 0)
        return -1;
    if (after >= tokens.count || isPunct(tokens, after, CLOSE_BRACE) || isPunct(tokens, after, SEMICOLON))
        return after;
    const lineBreak = text.slice(tokens.ends[after - 1] ?? 0, tokens.starts[after] ?? 0).includes('\n');
    const continues = isPunct(tokens, after, DOT) || isPunct(tokens, after, jvm_stubs_QUESTION);
    return lineBreak && !continues ? after : -1;
}
/** The method or constructor name when the `{` at `brace` opens its body, else -1. */
function javaMethodName(context, brace) {
    const { tokens, text } = context;
    let before = brace - 1;
    // `throws A, b.B` between the parameters and the body.
    let walked = 0;
    while (isKind(tokens, before, IDENT) && walked++ < WALK_LIMIT) {
        if (isWord(text, tokens, before, 'throws')) {
            before--;
            break;
        }
        before--;
        if (isPunct(tokens, before, DOT) || isPunct(tokens, before, COMMA))
            before--;
    }
    if (!isPunct(tokens, before, CLOSE_PAREN))
        return -1;
    const name = partnerOf(tokens, before) - 1;
    if (!isKind(tokens, name, IDENT) || isOneOf(text, tokens, name, JAVA_NOT_METHODS))
        return -1;
    return isWord(text, tokens, name - 1, 'new') || isPunct(tokens, name - 1, DOT) ? -1 : name;
}
/** The function name when the `{` or `=` at `start` begins a `fun`'s body, else -1. */
function kotlinFunctionName(context, start) {
    const { tokens, text } = context;
    let index = start - 1;
    for (let steps = 0; index >= 0 && steps < WALK_LIMIT; steps++, index--) {
        if (isWord(text, tokens, index, 'fun')) {
            const open = parametersOpen(context, index + 1);
            return open === -1 ? -1 : open - 1;
        }
        if (isOneOf(text, tokens, index, KOTLIN_NOT_FUNCTIONS))
            return -1;
        if (tokens.kinds[index] !== PUNCT)
            continue;
        const partner = partnerOf(tokens, index);
        if (partner >= 0 && partner < index)
            index = partner;
        else if (partner > index || isPunct(tokens, index, SEMICOLON) || isPunct(tokens, index, EQUALS) || isPunct(tokens, index, CLOSE_BRACE))
            return -1;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/collectors/c-family/jvm-tests.ts



const CASE_ANNOTATIONS = new Set(['Test', 'ParameterizedTest']);
const TEMPLATE_ANNOTATIONS = new Set(['RepeatedTest', 'TestFactory', 'TestTemplate']);
function isSkip(annotation) {
    return annotation.name === 'Ignore' || annotation.name.startsWith('Disabled');
}
function collectJvmTests(context, kotlin) {
    const { tokens, text } = context;
    const findings = [];
    // Annotations read as part of an earlier declaration are not read again.
    let readUpTo = 0;
    for (const index of tokensSpelled(text, tokens, PUNCT, '@')) {
        if (index < readUpTo)
            continue;
        const declaration = declarationAt(context, index, kotlin);
        if (declaration.annotations.length === 0)
            continue;
        readUpTo = declaration.end;
        const { annotations, name } = declaration;
        const skip = annotations.find(isSkip);
        const declared = declaredName(context, name);
        if (declaration.kind === 'class' && skip !== undefined) {
            findings.push(findingAtToken(context, 'tests.skipped-classes', skip.at, `test class \`${declared}\` is skipped (\`@${skip.name}\`)`));
        }
        if (declaration.kind !== 'method')
            continue;
        const isCase = annotations.some((annotation) => CASE_ANNOTATIONS.has(annotation.name));
        const isTemplate = !isCase && annotations.some((annotation) => TEMPLATE_ANNOTATIONS.has(annotation.name));
        if (isCase)
            findings.push(findingAtToken(context, 'tests.cases', name, `test \`${declared}\``));
        if (isTemplate)
            findings.push(findingAtToken(context, 'tests.templates', name, `test template \`${declared}\``));
        if ((isCase || isTemplate) && skip !== undefined) {
            findings.push(findingAtToken(context, 'tests.skipped', skip.at, `test \`${declared}\` is skipped (\`@${skip.name}\`)`));
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/collectors/jvm-code.ts






function collectJvmEvidence(file, text) {
    const kotlin = file.language === 'kotlin';
    const context = createContext(file, text, kotlin ? KOTLIN : JAVA);
    let findings = collectJvmTests(context, kotlin).concat(collectTodoComments(context), collectParseError(context));
    // Test code is excluded from catch and stub counts: swallowing errors or stubbing there is often the point.
    if (!file.isTest) {
        const clauses = findCatchClauses(context);
        findings = findings.concat(collectJvmGenericCatches(context, clauses, kotlin), collectEmptyCatches(context, clauses), collectJvmPlaceholders(context, kotlin));
    }
    return byPosition(findings);
}
const jvmCode = {
    id: 'jvm-code',
    wants: (file) => file.language === 'java' || file.language === 'kotlin',
    collect: collectJvmEvidence,
};

;// CONCATENATED MODULE: ./src/collectors/kubernetes.ts
// Kubernetes workloads in YAML or JSON manifests (multi-document files and `kind: List` included), each
// workload's containers, and the containers without a liveness probe, a readiness probe or a memory limit.
//
// - Workloads: Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, Pod.
// - Containers are `containers`, not `initContainers` (those run to completion before the app starts;
//   native sidecars declared there are not counted either).
// - Probes are not expected of Job and CronJob containers: they run to completion and serve no traffic.
// - "Resource limits" means `resources.limits.memory`. A CPU limit is not required: it throttles
//   rather than protects, and much guidance advises against it; a memory limit bounds a leak.
// - A workload none of whose containers has an `image` is a Kustomize patch, not a manifest; it is skipped.
// - Templates (`{{ … }}`, e.g. Helm) are not read; see structured-files.ts.



const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'Pod']);
const RUN_TO_COMPLETION = new Set(['Job', 'CronJob']);
// Both keys present (YAML: at a line start; JSON: quoted, anywhere): a cheap test before parsing every
// YAML and JSON file in a repository.
const YAML_KEYS = [/^\s*-?\s*["']?apiVersion["']?\s*:/m, /^\s*-?\s*["']?kind["']?\s*:/m];
const JSON_KEYS = [/"apiVersion"\s*:/, /"kind"\s*:/];
const TOP_LEVEL_API_VERSION = /^apiVersion:/m;
const TOP_LEVEL_KIND = /^kind:/m;
const kubernetes = {
    id: 'kubernetes',
    wants: isStructuredFile,
    collect(file, text) {
        const keys = isJsonPath(file.path) ? JSON_KEYS : YAML_KEYS;
        if (!keys.every((key) => key.test(text)) || isTemplate(text))
            return [];
        const parsed = parseYaml(text);
        if (!parsed.ok) {
            // Both keys at column 0 is a manifest's layout, not a workflow's or a compose file's (whose own
            // collectors report their errors), so only then is the broken file reported here.
            if (!TOP_LEVEL_API_VERSION.test(text) || !TOP_LEVEL_KIND.test(text))
                return [];
            const message = `invalid ${isJsonPath(file.path) ? 'JSON' : 'YAML'} in a Kubernetes manifest: ${parsed.problem.message}`;
            return [{ kind: 'parse.errors', file: file.path, line: parsed.problem.line, message }];
        }
        const { source } = parsed;
        const findings = [];
        for (const document of source.documents) {
            for (const object of objectsOf(source, rootMapping(source, document)))
                findings.push(...workloadFindings(file.path, source, object));
        }
        return findings;
    },
};
/** The document's object, or the items of a `kind: List`. */
function objectsOf(source, root) {
    if (scalarText(mappingEntry(source, root, 'kind')?.value ?? null) !== 'List')
        return [root];
    const items = mappingEntry(source, root, 'items')?.value;
    return (0,dist/* isSeq */.oP)(items) ? items.items.map((item) => resolved(source, item)) : [];
}
function workloadFindings(file, source, object) {
    const apiVersion = scalarText(mappingEntry(source, object, 'apiVersion')?.value ?? null);
    const kindEntry = mappingEntry(source, object, 'kind');
    const kind = scalarText(kindEntry?.value ?? null);
    if (apiVersion === undefined || kind === undefined || kindEntry === undefined || !WORKLOAD_KINDS.has(kind))
        return [];
    const name = scalarText(mappingEntry(source, mappingEntry(source, object, 'metadata')?.value, 'name')?.value ?? null) ?? '(unnamed)';
    const containers = containersOf(source, object, kind);
    if (containers.length > 0 && containers.every((container) => mappingEntry(source, container, 'image') === undefined))
        return [];
    const workload = `${kind}/${name}`;
    const findings = [
        { kind: 'k8s.workloads', file, line: kindEntry.line, message: `${kind} \`${name}\``, data: { workload, kind, name } },
    ];
    for (const container of containers) {
        const containerName = scalarText(mappingEntry(source, container, 'name')?.value ?? null) ?? '(unnamed)';
        const line = lineOf(source, resolved(source, container));
        const data = { workload, container: containerName };
        const at = (kindName, message) => ({ kind: kindName, file, line, message, data });
        findings.push(at('k8s.containers', `container \`${containerName}\` in ${kind} \`${name}\``));
        if (!RUN_TO_COMPLETION.has(kind)) {
            if (mappingEntry(source, container, 'livenessProbe') === undefined) {
                findings.push(at('k8s.no-liveness-probe', `container \`${containerName}\` in ${kind} \`${name}\` has no livenessProbe`));
            }
            if (mappingEntry(source, container, 'readinessProbe') === undefined) {
                findings.push(at('k8s.no-readiness-probe', `container \`${containerName}\` in ${kind} \`${name}\` has no readinessProbe`));
            }
        }
        const limits = mappingEntry(source, mappingEntry(source, container, 'resources')?.value, 'limits')?.value;
        if (mappingEntry(source, limits, 'memory') === undefined) {
            findings.push(at('k8s.no-resource-limits', `container \`${containerName}\` in ${kind} \`${name}\` has no memory limit (resources.limits.memory)`));
        }
    }
    return findings;
}
/** The `containers` of the workload's pod spec. */
function containersOf(source, object, kind) {
    let podSpec = mappingEntry(source, object, 'spec')?.value ?? null;
    if (kind === 'CronJob')
        podSpec = mappingEntry(source, mappingEntry(source, podSpec, 'jobTemplate')?.value, 'spec')?.value ?? null;
    if (kind !== 'Pod')
        podSpec = mappingEntry(source, mappingEntry(source, podSpec, 'template')?.value, 'spec')?.value ?? null;
    const containers = mappingEntry(source, podSpec, 'containers')?.value;
    return (0,dist/* isSeq */.oP)(containers) ? containers.items.map((item) => resolved(source, item)) : [];
}

;// CONCATENATED MODULE: ./src/collectors/migrations.ts
// Checked in this order; a file counts once, for the first framework that matches.
const FRAMEWORKS = [
    {
        framework: 'alembic',
        message: 'Alembic migration',
        // `<dir>/versions/*.py` beside the `<dir>/env.py` Alembic (and Flask-Migrate) generate.
        matches: (parts, paths) => migrations_parent(parts) === 'versions' &&
            basename(parts).endsWith('.py') &&
            basename(parts) !== '__init__.py' &&
            paths.has([...parts.slice(0, -2), 'env.py'].join('/')),
    },
    {
        framework: 'django',
        message: 'Django migration',
        // Django names migrations `0001_initial.py`, `0002_…`; `__init__.py` sits beside them.
        matches: (parts) => migrations_parent(parts) === 'migrations' && /^0.*\.py$/.test(basename(parts)),
    },
    {
        framework: 'prisma',
        message: 'Prisma migration',
        matches: (parts) => basename(parts) === 'migration.sql' && parts[parts.length - 3] === 'migrations' && parts[parts.length - 4] === 'prisma',
    },
    {
        framework: 'rails',
        message: 'Rails migration',
        matches: (parts) => migrations_parent(parts) === 'migrate' && parts[parts.length - 3] === 'db' && basename(parts).endsWith('.rb'),
    },
    {
        framework: 'flyway',
        message: 'Flyway migration',
        // Flyway's versioned migrations: `V1__init.sql`, `V1.2__add_index.sql`, `V2024_01_05__seed.sql`.
        matches: (parts) => /^V\d[\d._]*__[^/]*\.sql$/.test(basename(parts)),
    },
    {
        framework: 'knex/typeorm/sequelize',
        message: 'Knex/TypeORM/Sequelize migration',
        // These three share the layout, so the path cannot tell them apart.
        matches: (parts) => migrations_parent(parts) === 'migrations' && /\.(js|ts|mjs|cjs)$/.test(basename(parts)) && !basename(parts).endsWith('.d.ts'),
    },
    {
        framework: 'golang-migrate',
        message: 'golang-migrate migration',
        matches: (parts) => basename(parts).endsWith('.up.sql'),
    },
];
// Every layout above puts the file in a `versions`, `migrations` or `migrate` folder or names it `*.sql`: a
// file that is neither is passed over without splitting its path, as almost every file of a large repository is.
const MAYBE_MIGRATION = /(?:^|\/)(?:versions|migrations|migrate)\/[^/]*$|\.sql$/;
const migrations = {
    id: 'migrations',
    collect(files, scan) {
        let paths;
        const findings = [];
        for (const file of files) {
            if (file.isTest || !MAYBE_MIGRATION.test(file.path))
                continue;
            paths ??= new Set(scan?.paths ?? files.map((each) => each.path));
            const parts = file.path.split('/');
            const match = FRAMEWORKS.find((framework) => framework.matches(parts, paths));
            if (match) {
                findings.push({ kind: 'migrations.files', file: file.path, line: 0, message: match.message, data: { framework: match.framework } });
            }
        }
        return findings;
    },
};
function basename(parts) {
    return parts[parts.length - 1] ?? '';
}
function migrations_parent(parts) {
    return parts[parts.length - 2];
}

;// CONCATENATED MODULE: ./src/collectors/mock-data/dev-only-files.ts
// Files that are expected to hold sample data, so definitions in them are not "mock data in production":
// seeds, fixtures, mock folders, stories, examples, demos, docs and benchmarks; and generated code, which nobody edits.
const DEV_ONLY_FOLDERS = new Set([
    'seed', 'seeds', 'seeders', 'fixtures', '__fixtures__', 'mock', 'mocks', '__mocks__', 'fakes',
    'stories', 'storybook', '.storybook', 'example', 'examples', 'demo', 'demos', 'sample', 'samples',
    'doc', 'docs', 'docs_src', 'e2e', 'cypress', 'playwright', 'bench', 'benchmark', 'benchmarks',
]);
/** `Button.stories.tsx`, `user.story.ts`, `api.mock.ts`, `users.fixtures.js`. */
const DEV_ONLY_SUFFIX = /\.(stories|story|mock|mocks|fixture|fixtures)\.[^.]+$/i;
/** `seed.py`, `seed_db.py`, `seed-users.ts`, `seeder.js`. */
const SEED_FILE = /^(seed|seeds|seeder|seeders)([-_.]|$)/i;
/** Only the top of a file is read: generators put their banner there. */
const HEADER_LENGTH = 1000;
// `@generated` (Meta, protobuf-es), Go's `Code generated … DO NOT EDIT.`, protoc's Python banner.
const GENERATED_BANNER = /@generated\b|\bDO NOT EDIT\b|Generated by the protocol buffer compiler/;
function isDevOnlyPath(path) {
    const parts = path.split('/');
    const basename = parts[parts.length - 1] ?? '';
    for (let i = 0; i < parts.length - 1; i++)
        if (DEV_ONLY_FOLDERS.has(parts[i]))
            return true;
    return DEV_ONLY_SUFFIX.test(basename) || SEED_FILE.test(basename);
}
function hasGeneratedBanner(text) {
    return GENERATED_BANNER.test(text.slice(0, HEADER_LENGTH));
}

;// CONCATENATED MODULE: ./src/collectors/mock-data/messages.ts
// The words of `stubs.mock-data` findings, shared by both languages so they read the same everywhere.
function definitionMessage(name) {
    return `\`${name}\` holds hard-coded mock data in production code`;
}
function functionMessage(name) {
    return `\`${name}\` returns hard-coded mock data in production code`;
}
function importMessage(module) {
    return `imports the test or mock module \`${module}\` into production code`;
}

;// CONCATENATED MODULE: ./src/collectors/mock-data/names.ts
// Which identifiers name mock data, and which module paths are test or mock modules. Decided on whole
// words, so `mockingbird`, `mockup` and `stubborn` never match.
/**
 * Words that say a value stands in for real data. `sample` is left out: sample payloads are often a
 * feature (documenso's "send a test webhook" payload), and `sample_data` in Python is mostly demo input.
 */
const MARKER_WORDS = new Set(['mock', 'mocked', 'fake', 'faked', 'dummy', 'stub', 'stubbed']);
/**
 * Nouns for collections of records or one record. The name must END in one of them, because the last word
 * of an English compound is what the thing is: `mockUsers` is users, while `mockDataSource` is a source,
 * `MOCK_DATA_ENABLED` a flag and `SAMPLE_DATA_DIR` a folder.
 */
const DATA_WORDS = new Set([
    'data', 'dataset', 'json', 'payload', 'payloads', 'response', 'responses', 'result', 'results',
    'record', 'records', 'row', 'rows', 'entry', 'entries', 'item', 'items', 'list', 'db', 'database',
    'user', 'users', 'product', 'products', 'order', 'orders', 'post', 'posts', 'customer', 'customers',
    'account', 'accounts', 'profile', 'profiles', 'comment', 'comments', 'message', 'messages',
    'transaction', 'transactions', 'todos', 'tasks', 'projects', 'articles', 'invoices', 'employees',
]);
/**
 * Folders that hold tests or test doubles: a module under one is never production code. Singular `mock`
 * is left out: mocking libraries keep their feature there (undici's `lib/mock`, vitest's `integrations/mock`).
 */
const TEST_OR_MOCK_FOLDERS = new Set([
    'test', 'tests', '__tests__', 'mocks', '__mocks__', 'fakes', 'stubs', 'fixtures', '__fixtures__',
]);
/**
 * Module names that are collections of test doubles. Singular `mock`, `dummy`, `test` or `stub` modules
 * are left out: in libraries they are null objects and public testing APIs (prompt_toolkit's `dummy`,
 * werkzeug's `test`, trio's `_mock_clock`), not data.
 */
const MOCK_MODULE_NAMES = new Set(['mocks', '__mocks__', 'fakes', 'fixtures', '__fixtures__']);
/** The `users.mock.ts` / `users.fixtures.json` naming convention. */
const MOCK_FILE_SUFFIXES = new Set(['mock', 'mocks', 'fixture', 'fixtures']);
/**
 * The spellings `wordsOf` can turn into a marker word: `mock`, `Mock` or `MOCK` (`mocked` and the rest
 * start so). Every mock-data name holds one, so this cheap test may go before splitting into words.
 */
const MARKER_SPELLING = /[Mm]ock|MOCK|[Ff]ake|FAKE|[Dd]ummy|DUMMY|[Ss]tub|STUB/;
const names_WORD = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g;
/** camelCase, PascalCase, snake_case, SCREAMING_CASE and kebab-case parts, lower-cased; digits separate words. */
function wordsOf(name) {
    return (name.match(names_WORD) ?? []).map((word) => word.toLowerCase());
}
/** A marker word anywhere before a data word that ends the name: `MOCK_USERS`, `getFakeApiResponse`. */
function isMockDataName(name) {
    if (!MARKER_SPELLING.test(name))
        return false;
    const words = wordsOf(name);
    const last = words[words.length - 1];
    if (last === undefined || !DATA_WORDS.has(last))
        return false;
    for (let i = 0; i < words.length - 1; i++)
        if (MARKER_WORDS.has(words[i]))
            return true;
    return false;
}
// The whole-file pre-check below follows from the sets above and must change with them: names and import
// paths are raw slices of the text, so every finding needs one of these spellings in it.
/**
 * A marker word (for mock-data names, including data files named so), or a test-double folder, module or
 * suffix from the lower-case sets: `__mocks__`, `fakes`, `stubs` and `mock` hold a marker spelling.
 */
const MARKER_OR_FIXTURE = new RegExp(`${MARKER_SPELLING.source}|fixture`);
/** A `test`, `tests` or `__tests__` path segment: it opens the specifier string or follows a `/`. */
const JAVASCRIPT_TEST_SEGMENT = /[/'"](?:__)?test/;
/** A `test`, `tests` or `__tests__` module name: a whole Python name, so no word character touches it. */
const PYTHON_TEST_NAME = /(?<!\w)(?:tests?|__tests__)(?!\w)/;
/**
 * False only when no name or import in the file can be reported, so the file need not be lexed. Marker
 * words in strings and comments pass too: this is a necessary condition, the tokens decide.
 */
function mayHoldMockData(text, python) {
    if (MARKER_OR_FIXTURE.test(text))
        return true;
    return python ? PYTHON_TEST_NAME.test(text) : JAVASCRIPT_TEST_SEGMENT.test(text);
}
// A data file named as mock data is mock data; a code module so named may be code *about* mock data
// (this project's own `./mock-data.js` collector), so only data extensions count for the name rule.
const DATA_EXTENSIONS = new Set(['json', 'json5', 'yaml', 'yml', 'csv', 'tsv', 'xml', 'toml']);
/**
 * True when a project module path (split into segments, relative markers removed) is a test or mock
 * module: a folder on it holds tests or test doubles, the module is a mock module (`users.mock.ts`,
 * `mocks`), or it is a data file named as mock data (`mock-data.json`, `fake_users.yaml`).
 */
function isMockModulePath(segments) {
    const last = segments[segments.length - 1];
    if (last === undefined)
        return false;
    for (let i = 0; i < segments.length - 1; i++)
        if (TEST_OR_MOCK_FOLDERS.has(segments[i]))
            return true;
    const [stem = '', ...suffixes] = last.split('.');
    const extension = suffixes[suffixes.length - 1];
    const isDataFile = extension !== undefined && DATA_EXTENSIONS.has(extension.toLowerCase());
    return MOCK_MODULE_NAMES.has(stem) || suffixes.some((suffix) => MOCK_FILE_SUFFIXES.has(suffix)) || (isDataFile && isMockDataName(stem));
}

;// CONCATENATED MODULE: ./src/collectors/mock-data/javascript.ts





/** Type annotations and arrow heads are short; a bound keeps hostile input linear. */
const LOOKAHEAD_LIMIT = 64;
const DECLARATION_KEYWORDS = new Set(['const', 'let', 'var']);
/** Bare specifiers that can only be the project's own test folders: no npm package is named so. */
const TEST_ROOTS = new Set(['tests', '__tests__', '__mocks__', '__fixtures__']);
/** Bracket depth of every token: 0 is the module's top level. */
function depthsOf(tokens) {
    const depths = new Int32Array(tokens.count);
    let depth = 0;
    for (let i = 0; i < tokens.count; i++) {
        const value = tokens.kinds[i] === tokens_PUNCT ? tokens.values[i] : 0;
        if (value === tokens_CLOSE_PAREN || value === tokens_CLOSE_BRACKET || value === tokens_CLOSE_BRACE)
            depth = Math.max(0, depth - 1);
        depths[i] = depth;
        if (value === tokens_OPEN_PAREN || value === tokens_OPEN_BRACKET || value === tokens_OPEN_BRACE)
            depth++;
    }
    return depths;
}
function isNonEmptyLiteral(tokens, index) {
    if (!tokens_isPunct(tokens, index, tokens_OPEN_BRACKET) && !tokens_isPunct(tokens, index, tokens_OPEN_BRACE))
        return false;
    return partnerOf(tokens, index) > index + 1;
}
/** A literal array or object, or a call building one from a literal: `Object.freeze({…})`, `new Map([…])`. */
function isDataValue(context, index) {
    const { tokens, text } = context;
    if (isNonEmptyLiteral(tokens, index))
        return true;
    let i = tokens_isWord(text, tokens, index, 'new') ? index + 1 : index;
    if (!isKind(tokens, i, tokens_IDENT))
        return false;
    while (tokens_isPunct(tokens, i + 1, tokens_DOT) && isKind(tokens, i + 2, tokens_IDENT))
        i += 2;
    return tokens_isPunct(tokens, i + 1, tokens_OPEN_PAREN) && isNonEmptyLiteral(tokens, i + 2);
}
/** Index of the first `target` punctuator after `from` outside nested brackets, within the lookahead bound. */
function findAhead(tokens, from, target) {
    let i = from;
    for (let steps = 0; steps < LOOKAHEAD_LIMIT && i < tokens.count; steps++) {
        if (tokens_isPunct(tokens, i, target))
            return i;
        if (tokens_isPunct(tokens, i, tokens_SEMICOLON))
            return -1;
        const partner = partnerOf(tokens, i);
        i = partner > i ? partner + 1 : i + 1;
    }
    return -1;
}
/** The `{` of the body of a function whose parameter list opens at `open`, or -1. */
function bodyAfterParameters(context, open) {
    const close = partnerOf(context.tokens, open);
    if (close < 0)
        return -1;
    const next = close + 1;
    if (tokens_isPunct(context.tokens, next, tokens_COLON))
        return bodyAfterReturnType(context, next);
    return tokens_isPunct(context.tokens, next, tokens_OPEN_BRACE) && isFunctionBody(context, next) ? next : -1;
}
/** True when a `return <literal>` lies inside the brace group at `brace`; `returns` is sorted. */
function bodyReturnsData(context, brace, returns) {
    const close = partnerOf(context.tokens, brace);
    let low = 0;
    let high = returns.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if ((returns[middle] ?? 0) <= brace)
            low = middle + 1;
        else
            high = middle;
    }
    return low < returns.length && (returns[low] ?? 0) < close;
}
/** Whether the function expression or arrow starting at `index` gives back a literal. */
function functionValueReturnsData(context, index, returns) {
    const { tokens, text } = context;
    let i = tokens_isWord(text, tokens, index, 'async') ? index + 1 : index;
    if (tokens_isWord(text, tokens, i, 'function')) {
        i++;
        if (tokens_isPunct(tokens, i, tokens_STAR))
            i++;
        if (isKind(tokens, i, tokens_IDENT))
            i++;
        const body = tokens_isPunct(tokens, i, tokens_OPEN_PAREN) ? bodyAfterParameters(context, i) : -1;
        return body >= 0 && bodyReturnsData(context, body, returns);
    }
    if (!tokens_isPunct(tokens, i, tokens_OPEN_PAREN) && !isKind(tokens, i, tokens_IDENT) && !tokens_isPunct(tokens, i, tokens_LESS))
        return false;
    const arrow = findAhead(tokens, i, ARROW);
    if (arrow < 0)
        return false;
    const body = arrow + 1;
    if (tokens_isPunct(tokens, body, tokens_OPEN_BRACE))
        return bodyReturnsData(context, body, returns);
    // `=> ({ … })` returns an object; `=> [ … ]` an array.
    if (tokens_isPunct(tokens, body, tokens_OPEN_PAREN))
        return isDataValue(context, body + 1);
    return isDataValue(context, body);
}
/** Indices of `return` keywords followed by a literal, in order. */
function dataReturns(context) {
    const { tokens, text } = context;
    const returns = [];
    for (let i = 0; i < tokens.count; i++) {
        if (!tokens_isWord(text, tokens, i, 'return') || isPropertyName(tokens, i))
            continue;
        const value = tokens_isPunct(tokens, i + 1, tokens_OPEN_PAREN) ? i + 2 : i + 1;
        if (isDataValue(context, value))
            returns.push(i);
    }
    return returns;
}
/** The string token of a static `import … from 'x'` / `import 'x'` at `index`; -1 for type-only imports. */
function importedModule(context, index) {
    const { tokens, text } = context;
    const next = index + 1;
    if (isKind(tokens, next, tokens_STRING))
        return next;
    if (tokens_isWord(text, tokens, next, 'type') && !tokens_isWord(text, tokens, next + 1, 'from'))
        return -1;
    return specifierAfterFrom(context, next);
}
/** `… from 'x'` within the lookahead bound: the index of the string, or -1. */
function specifierAfterFrom(context, from) {
    const { tokens, text } = context;
    let i = from;
    for (let steps = 0; steps < LOOKAHEAD_LIMIT && i < tokens.count; steps++) {
        if (tokens_isWord(text, tokens, i, 'from') && isKind(tokens, i + 1, tokens_STRING))
            return i + 1;
        if (tokens_isPunct(tokens, i, tokens_SEMICOLON) || isKind(tokens, i, tokens_STRING))
            return -1;
        const partner = partnerOf(tokens, i);
        i = partner > i ? partner + 1 : i + 1;
    }
    return -1;
}
/** Relative paths and the `@/` / `~/` project-root aliases are the project's own modules. */
function isMockSpecifier(specifier) {
    const relative = specifier.startsWith('.') || specifier.startsWith('@/') || specifier.startsWith('~/');
    const segments = specifier.split('/').filter((segment) => segment !== '' && segment !== '.' && segment !== '..');
    if (relative)
        return isMockModulePath(specifier.startsWith('.') ? segments : segments.slice(1));
    return TEST_ROOTS.has(segments[0] ?? '');
}
function collectJavaScriptMockData(context) {
    const { tokens, text } = context;
    const depths = depthsOf(tokens);
    const returns = dataReturns(context);
    const findings = [];
    const report = (token, rule, name, message) => {
        findings.push(context_findingAt(context, 'stubs.mock-data', tokens.starts[token] ?? 0, message, { rule, name }));
    };
    const reportImport = (keyword, specifierToken) => {
        if (specifierToken < 0)
            return;
        const specifier = tokenText(text, tokens, specifierToken).slice(1, -1);
        if (isMockSpecifier(specifier))
            report(keyword, 'import', specifier, importMessage(specifier));
    };
    for (let i = 0; i < tokens.count; i++) {
        if (tokens.kinds[i] !== tokens_IDENT)
            continue;
        const word = tokenText(text, tokens, i);
        // Property names are never keywords, but `exports.mockUsers` still names a module member.
        const topLevelKeyword = depths[i] === 0 && !isPropertyName(tokens, i);
        if (topLevelKeyword && word === 'import' && !tokens_isPunct(tokens, i + 1, tokens_OPEN_PAREN) && !tokens_isPunct(tokens, i + 1, tokens_DOT)) {
            reportImport(i, importedModule(context, i));
        }
        else if (topLevelKeyword && word === 'export' && (tokens_isPunct(tokens, i + 1, tokens_STAR) || tokens_isPunct(tokens, i + 1, tokens_OPEN_BRACE))) {
            reportImport(i, specifierAfterFrom(context, i + 1));
        }
        else if (topLevelKeyword && word === 'require' && tokens_isPunct(tokens, i + 1, tokens_OPEN_PAREN) && isKind(tokens, i + 2, tokens_STRING)) {
            if (tokens_isPunct(tokens, i + 3, tokens_CLOSE_PAREN))
                reportImport(i, i + 2);
        }
        else if (isMockDataName(word) && (!isPropertyName(tokens, i) || tokens_isWord(text, tokens, i - 2, 'exports'))) {
            collectNamed(context, i, depths[i] === 0, returns, report);
        }
    }
    return findings;
}
/** A mock-data name: a declaration with a literal value, or a function returning one. */
function collectNamed(context, name, topLevel, returns, report) {
    const { tokens, text } = context;
    const word = tokenText(text, tokens, name);
    const before = name - 1;
    const declared = isKind(tokens, before, tokens_IDENT) && DECLARATION_KEYWORDS.has(tokenText(text, tokens, before));
    // `exports.mockUsers = […]` and `module.exports.mockUsers = […]` define module members too.
    const exported = tokens_isPunct(tokens, before, tokens_DOT) && tokens_isWord(text, tokens, before - 1, 'exports');
    if (declared || exported) {
        const equals = tokens_isPunct(tokens, name + 1, tokens_EQUALS) ? name + 1 : tokens_isPunct(tokens, name + 1, tokens_COLON) ? findAhead(tokens, name + 1, tokens_EQUALS) : -1;
        if (equals < 0)
            return;
        const value = equals + 1;
        // Only module-level values: locals named so were library internals in every case measured
        // (zod's `fakePayload`, jest-mock's `mockResult`), never data an app renders.
        if (topLevel && isDataValue(context, value))
            report(name, 'definition', word, definitionMessage(word));
        else if (functionValueReturnsData(context, value, returns))
            report(name, 'function', word, functionMessage(word));
        return;
    }
    // `function getMockUsers(…) {…}`, or a method `getMockUsers(…) {…}` in a class or object literal.
    if (!tokens_isPunct(tokens, name + 1, tokens_OPEN_PAREN))
        return;
    const body = bodyAfterParameters(context, name + 1);
    if (body >= 0 && bodyReturnsData(context, body, returns))
        report(name, 'function', word, functionMessage(word));
}

;// CONCATENATED MODULE: ./src/collectors/remember-last.ts
// Collectors that read the same file one right after the other (mock-data, then the language's own) ask for
// the same lexing or parse of it. Their readers never change the result, so the second asker gets the first.
/** `compute`, answering a call with the same argument as the call before with that call's result. */
function rememberLast(compute) {
    let lastArgument;
    let lastResult;
    return (argument) => {
        if (argument === lastArgument && lastResult !== undefined)
            return lastResult;
        const result = compute(argument);
        lastArgument = argument;
        lastResult = result;
        return result;
    };
}

;// CONCATENATED MODULE: ./src/collectors/python/scan-state.ts
// The cursor and character classes shared by the Python lexer and its string scanners.
const CR = 13;
const LF = 10;
/** Consumes one line break (`\r\n`, `\n` or a lone `\r`) at `state.pos`. */
function consumeNewline(state) {
    const { text } = state;
    if (text.charCodeAt(state.pos) === CR && text.charCodeAt(state.pos + 1) === LF)
        state.pos += 2;
    else
        state.pos += 1;
    state.line += 1;
    state.lineStart = state.pos;
}
function recordError(state, line, reason) {
    state.error ??= { line, reason };
}
const NAME_START = 1;
const NAME_PART = 2;
// Classes of ASCII codes, looked up because name scanning is the lexer's hottest loop.
const scan_state_ASCII_CLASSES = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
    const letter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
    const digit = code >= 48 && code <= 57;
    scan_state_ASCII_CLASSES[code] = (letter ? NAME_START | NAME_PART : 0) | (digit ? NAME_PART : 0);
}
/** Identifier characters; anything non-ASCII is taken as a letter, as Python mostly does. */
function isNameStart(code) {
    return code >= 128 || ((scan_state_ASCII_CLASSES[code] ?? 0) & NAME_START) !== 0;
}
function isNameChar(code) {
    return code >= 128 || ((scan_state_ASCII_CLASSES[code] ?? 0) & NAME_PART) !== 0;
}

;// CONCATENATED MODULE: ./src/collectors/python/strings.ts
// String literal scanners. Plain strings are one loop; f- and t-strings follow PEP 701
// (Python 3.12): replacement fields hold full expressions, including strings that reuse the
// outer quote and nested f-strings, so they are walked with an explicit stack (no recursion).

const strings_CR = 13;
const strings_LF = 10;
const TAB = 9;
const FORM_FEED = 12;
const strings_SPACE = 32;
const strings_HASH = 35;
const strings_BACKSLASH = 92;
const SINGLE_QUOTE = 39;
const DOUBLE_QUOTE = 34;
const strings_OPEN_BRACE = 123;
const strings_CLOSE_BRACE = 125;
const strings_COLON = 58;
const UPPER_N = 78;
function unterminated(triple) {
    return triple ? 'unterminated triple-quoted string' : 'unterminated string';
}
function isNewline(code) {
    return code === strings_LF || code === strings_CR;
}
/** True when a `quote` (tripled when `triple`) starts at `pos`. */
function closesAt(text, pos, quote, triple) {
    if (text.charCodeAt(pos) !== quote)
        return false;
    return !triple || (text.charCodeAt(pos + 1) === quote && text.charCodeAt(pos + 2) === quote);
}
function skipEscape(state) {
    state.pos += 1;
    if (state.pos >= state.text.length)
        return;
    if (isNewline(state.text.charCodeAt(state.pos)))
        consumeNewline(state);
    else
        state.pos += 1;
}
/**
 * Scans a string without replacement fields; `state.pos` is at its opening quote.
 * Backslash always protects the next character, raw or not (`r"\"` is unterminated).
 * Returns false (error recorded) when the string does not end.
 */
function scanPlainString(state, quote, triple) {
    const { text } = state;
    const length = text.length;
    // Docstrings make this a hot loop, so the cursor lives in locals and goes back to `state` at the end.
    let pos = state.pos + (triple ? 3 : 1);
    let line = state.line;
    let lineStart = state.lineStart;
    let closed = false;
    while (pos < length) {
        const code = text.charCodeAt(pos);
        // Lower-case letters and most punctuation sort after the backslash: nothing to look at.
        if (code > strings_BACKSLASH)
            pos += 1;
        else if (code === strings_BACKSLASH) {
            pos += 1;
            if (pos >= length)
                break;
            const escaped = text.charCodeAt(pos);
            pos += escaped === strings_CR && text.charCodeAt(pos + 1) === strings_LF ? 2 : 1;
            if (isNewline(escaped)) {
                line += 1;
                lineStart = pos;
            }
        }
        else if (code === quote) {
            if (closesAt(text, pos, quote, triple)) {
                pos += triple ? 3 : 1;
                closed = true;
                break;
            }
            pos += 1;
        }
        else if (isNewline(code)) {
            if (!triple)
                break;
            pos += code === strings_CR && text.charCodeAt(pos + 1) === strings_LF ? 2 : 1;
            line += 1;
            lineStart = pos;
        }
        else
            pos += 1;
    }
    const startLine = state.line;
    state.pos = pos;
    state.line = line;
    state.lineStart = lineStart;
    if (!closed)
        recordError(state, startLine, unterminated(triple));
    return closed;
}
function literalFrame(state, quote, triple, raw) {
    state.pos += triple ? 3 : 1;
    return { kind: 'literal', quote, triple, raw };
}
function stepLiteral(state, frames, frame) {
    const { text } = state;
    const { quote } = frame;
    let pos = state.pos;
    const length = text.length;
    let code = text.charCodeAt(pos);
    while (pos < length && code !== strings_BACKSLASH && code !== strings_OPEN_BRACE && code !== strings_CLOSE_BRACE &&
        code !== quote && code !== strings_LF && code !== strings_CR) {
        pos += 1;
        code = text.charCodeAt(pos);
    }
    state.pos = pos;
    if (pos >= length)
        return true;
    if (code === strings_BACKSLASH) {
        // `\N{NAME}` is a character escape in non-raw strings, not a replacement field.
        if (!frame.raw && text.charCodeAt(pos + 1) === UPPER_N && text.charCodeAt(pos + 2) === strings_OPEN_BRACE) {
            let end = pos + 3;
            while (end < length && !isNewline(text.charCodeAt(end)) && text.charCodeAt(end) !== strings_CLOSE_BRACE) {
                end += 1;
            }
            state.pos = text.charCodeAt(end) === strings_CLOSE_BRACE ? end + 1 : end;
        }
        else if (text.charCodeAt(pos + 1) === strings_OPEN_BRACE || text.charCodeAt(pos + 1) === strings_CLOSE_BRACE) {
            // A backslash does not escape braces: `fr'\{{'` is a backslash and a literal brace.
            state.pos += 1;
        }
        else
            skipEscape(state);
    }
    else if (code === strings_OPEN_BRACE) {
        if (text.charCodeAt(pos + 1) === strings_OPEN_BRACE)
            state.pos += 2;
        else {
            state.pos += 1;
            frames.push({ kind: 'field', depth: 0 });
        }
    }
    else if (code === strings_CLOSE_BRACE) {
        state.pos += text.charCodeAt(pos + 1) === strings_CLOSE_BRACE ? 2 : 1;
    }
    else if (code === quote) {
        if (closesAt(text, pos, quote, frame.triple)) {
            state.pos += frame.triple ? 3 : 1;
            frames.pop();
        }
        else
            state.pos += 1;
    }
    else if (frame.triple)
        consumeNewline(state);
    else
        return false;
    return true;
}
function stepField(state, frames, frame) {
    const { text } = state;
    const code = text.charCodeAt(state.pos);
    if (code === strings_SPACE || code === TAB || code === FORM_FEED)
        state.pos += 1;
    else if (isNewline(code))
        consumeNewline(state);
    else if (code === strings_HASH) {
        while (state.pos < text.length && !isNewline(text.charCodeAt(state.pos)))
            state.pos += 1;
    }
    else if (code === strings_BACKSLASH)
        skipEscape(state);
    else if (code === SINGLE_QUOTE || code === DOUBLE_QUOTE) {
        return scanPlainString(state, code, closesAt(text, state.pos, code, true));
    }
    else if (isNameChar(code)) {
        let end = state.pos + 1;
        while (end < text.length && isNameChar(text.charCodeAt(end)))
            end += 1;
        const next = text.charCodeAt(end);
        const prefix = text.slice(state.pos, end).toLowerCase();
        state.pos = end;
        if ((next === SINGLE_QUOTE || next === DOUBLE_QUOTE) && isStringPrefix(prefix)) {
            const triple = closesAt(text, end, next, true);
            if (!prefix.includes('f') && !prefix.includes('t'))
                return scanPlainString(state, next, triple);
            frames.push(literalFrame(state, next, triple, prefix.includes('r')));
        }
    }
    else if (code === 40 || code === 91 || code === strings_OPEN_BRACE) {
        frame.depth += 1;
        state.pos += 1;
    }
    else if (code === 41 || code === 93) {
        if (frame.depth > 0)
            frame.depth -= 1;
        state.pos += 1;
    }
    else if (code === strings_CLOSE_BRACE) {
        state.pos += 1;
        if (frame.depth > 0)
            frame.depth -= 1;
        else
            frames.pop();
    }
    else if (code === strings_COLON && frame.depth === 0) {
        state.pos += 1;
        const literal = enclosingLiteral(frames);
        frames[frames.length - 1] = { kind: 'spec', literal };
    }
    else
        state.pos += 1;
    return true;
}
function stepSpec(state, frames, frame) {
    const { text } = state;
    const code = text.charCodeAt(state.pos);
    const { literal } = frame;
    if (code === strings_OPEN_BRACE) {
        state.pos += 1;
        frames.push({ kind: 'field', depth: 0 });
    }
    else if (code === strings_CLOSE_BRACE) {
        state.pos += 1;
        frames.pop();
    }
    else if (closesAt(text, state.pos, literal.quote, literal.triple)) {
        // The string ends inside a format spec: let the literal close it.
        frames.pop();
    }
    else if (code === strings_BACKSLASH)
        skipEscape(state);
    else if (isNewline(code)) {
        if (!literal.triple)
            return false;
        consumeNewline(state);
    }
    else
        state.pos += 1;
    return true;
}
function enclosingLiteral(frames) {
    for (let i = frames.length - 1; i >= 0; i--) {
        const frame = frames[i];
        if (frame?.kind === 'literal')
            return frame;
    }
    // The outermost frame is always a literal; this is only reached if that invariant breaks.
    return { kind: 'literal', quote: DOUBLE_QUOTE, triple: false, raw: false };
}
const STRING_PREFIXES = new Set(['r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf', 't', 'tr', 'rt']);
/** `prefix` must be lower-cased. */
function isStringPrefix(prefix) {
    return STRING_PREFIXES.has(prefix);
}
/**
 * Scans an f-string or t-string; `state.pos` is at its opening quote. Returns false (error
 * recorded at the line where the string opened) when it does not end.
 */
function scanFString(state, quote, triple, raw) {
    const startLine = state.line;
    const frames = [literalFrame(state, quote, triple, raw)];
    const length = state.text.length;
    while (frames.length > 0) {
        const frame = frames[frames.length - 1];
        if (frame === undefined || state.pos >= length)
            break;
        const ok = frame.kind === 'literal' ? stepLiteral(state, frames, frame)
            : frame.kind === 'field' ? stepField(state, frames, frame)
                : stepSpec(state, frames, frame);
        if (!ok)
            break;
    }
    if (frames.length === 0)
        return true;
    recordError(state, startLine, unterminated(triple));
    return false;
}

;// CONCATENATED MODULE: ./src/collectors/python/lexer.ts
// A single-pass Python tokenizer over char codes. It keeps only what the collector needs:
// names, operators, numbers and strings grouped into logical lines, plus every comment.
// It never throws; when it cannot follow the file it records the first place it lost track.



/** Token type codes in a TokenTable, in the order of TYPE_NAMES. */
const NAME = 0;
const OP = 1;
const lexer_NUMBER = 2;
const lexer_STRING = 3;
const TYPE_NAMES = ['name', 'op', 'number', 'string'];
/** Numbers kept per token in TokenTable: type code, start, end, line, column. */
const FIELDS = 5;
/**
 * A file's tokens as numbers in one flat typed array. Most tokens (deep inside function bodies) are
 * never read one by one, so Token objects and their text are only made on request: one object per
 * token made most of the lexing time go to allocation and garbage collection.
 */
class TokenTable {
    source;
    count = 0;
    data;
    constructor(source) {
        this.source = source;
        // Python averages about one token per five characters; the table grows when that is short.
        this.data = new Int32Array((64 + (source.length >> 2)) * FIELDS);
    }
    add(type, start, end, line, column) {
        let at = this.count * FIELDS;
        if (at === this.data.length)
            this.grow();
        const { data } = this;
        data[at++] = type;
        data[at++] = start;
        data[at++] = end;
        data[at++] = line;
        data[at] = column;
        this.count += 1;
    }
    type(index) {
        return this.data[index * FIELDS] ?? -1;
    }
    start(index) {
        return this.data[index * FIELDS + 1] ?? 0;
    }
    end(index) {
        return this.data[index * FIELDS + 2] ?? 0;
    }
    line(index) {
        return this.data[index * FIELDS + 3] ?? 0;
    }
    column(index) {
        return this.data[index * FIELDS + 4] ?? 0;
    }
    text(index) {
        return this.source.slice(this.start(index), this.end(index));
    }
    /** True when the token is the operator `op`, a single character given by its code. */
    isOp(index, op) {
        const start = this.start(index);
        return this.type(index) === OP && this.end(index) - start === 1 && this.source.charCodeAt(start) === op;
    }
    isName(index, word) {
        const start = this.start(index);
        return this.type(index) === NAME && this.end(index) - start === word.length && this.source.startsWith(word, start);
    }
    /** Tokens `from` up to (not including) `to` as objects. */
    tokens(from, to) {
        const tokens = [];
        for (let index = from; index < to; index++) {
            tokens.push({
                type: TYPE_NAMES[this.type(index)] ?? 'op',
                text: this.text(index),
                line: this.line(index),
                column: this.column(index),
                start: this.start(index),
                end: this.end(index),
            });
        }
        return tokens;
    }
    grow() {
        const larger = new Int32Array(this.data.length * 2);
        larger.set(this.data);
        this.data = larger;
    }
}
/** Index after the last token of logical line `index`. */
function lexer_lineEnd(lines, index) {
    return lines.firsts[index + 1] ?? lines.tokens.count;
}
const lexer_CR = 13;
const lexer_LF = 10;
const lexer_TAB = 9;
const lexer_FORM_FEED = 12;
const lexer_SPACE = 32;
const lexer_HASH = 35;
const lexer_BACKSLASH = 92;
const lexer_SINGLE_QUOTE = 39;
const lexer_DOUBLE_QUOTE = 34;
const lexer_DOT = 46;
const lexer_EQUALS = 61;
const lexer_SEMICOLON = 59;
const BOM = 0xfeff;
/** Length of the operator at `pos`: `...`, `**=`, `->`, `:=`, `==`, `+=` and the like, else 1. */
function operatorLength(text, pos) {
    const code = text.charCodeAt(pos);
    const next = text.charCodeAt(pos + 1);
    if (code === lexer_DOT)
        return next === lexer_DOT && text.charCodeAt(pos + 2) === lexer_DOT ? 3 : 1;
    // `**`, `//`, `<<`, `>>` and their augmented forms.
    if ((code === 42 || code === 47 || code === 60 || code === 62) && next === code) {
        return text.charCodeAt(pos + 2) === lexer_EQUALS ? 3 : 2;
    }
    if (code === 45 && next === 62)
        return 2;
    if (next !== lexer_EQUALS)
        return 1;
    // `==`, `!=`, `<=`, `>=`, `:=` and augmented assignments.
    return code === 61 || code === 33 || code === 60 || code === 62 || code === 58 || code === 43 ||
        code === 45 || code === 42 || code === 47 || code === 37 || code === 38 || code === 124 ||
        code === 94 || code === 64
        ? 2
        : 1;
}
/** True when the name `text[start..end)` is a string prefix directly followed by a quote (`rb"…"`). */
function isStringPrefixAt(text, start, end) {
    const next = text.charCodeAt(end);
    return (next === lexer_SINGLE_QUOTE || next === lexer_DOUBLE_QUOTE) && end - start <= 2 &&
        isStringPrefix(text.slice(start, end).toLowerCase());
}
function indexOrLength(text, search, from) {
    const index = text.indexOf(search, from);
    return index < 0 ? text.length : index;
}
function lexer_isDigit(code) {
    return code >= 48 && code <= 57;
}
function indentWidth(text, from, to) {
    let width = 0;
    for (let i = from; i < to; i++) {
        const code = text.charCodeAt(i);
        if (code === lexer_SPACE)
            width += 1;
        else if (code === lexer_TAB)
            width = width - (width % 8) + 8;
        else if (code === lexer_FORM_FEED)
            width = 0;
        else
            break;
    }
    return width;
}
/**
 * Scans the string whose opening quote is at `state.pos` (its prefix already consumed).
 * An unterminated string records the error and ends where scanning stopped.
 */
function lexer_scanString(state, prefix) {
    const quote = state.text.charCodeAt(state.pos);
    const triple = state.text.charCodeAt(state.pos + 1) === quote && state.text.charCodeAt(state.pos + 2) === quote;
    const lowered = prefix.toLowerCase();
    const raw = lowered.includes('r');
    if (lowered.includes('f') || lowered.includes('t'))
        scanFString(state, quote, triple, raw);
    else
        scanPlainString(state, quote, triple);
}
// mock-data and python-code both lex a Python file, one right after the other in the same thread.
const lexPython = rememberLast(lexer_lex);
function lexer_lex(text) {
    const state = { text, pos: 0, line: 1, lineStart: 0 };
    const length = text.length;
    const table = new TokenTable(text);
    const lines = { tokens: table, firsts: [], indents: [], semicolons: [] };
    const comments = [];
    // The scan position lives in locals (no closures over them); `state` is synced only around string scans.
    let pos = text.charCodeAt(0) === BOM ? 1 : 0;
    let line = 1;
    let lineStart = pos;
    let lineFirst = 0;
    let indent = 0;
    let depth = 0;
    let outermostBracketLine = 0;
    // Where the next `\r` is, for finding where comments end: kept, so a file without any is searched once.
    let nextCr = -1;
    while (pos < length) {
        const code = text.charCodeAt(pos);
        if (code === lexer_SPACE || code === lexer_TAB || code === lexer_FORM_FEED) {
            pos += 1;
            continue;
        }
        if (code === lexer_LF || code === lexer_CR) {
            pos += code === lexer_CR && text.charCodeAt(pos + 1) === lexer_LF ? 2 : 1;
            line += 1;
            lineStart = pos;
            if (depth === 0 && table.count > lineFirst) {
                lines.firsts.push(lineFirst);
                lines.indents.push(indent);
                lineFirst = table.count;
            }
            continue;
        }
        const start = pos;
        // Taken before scanning, since a string token may span several lines.
        const startLine = line;
        const startLineStart = lineStart;
        if (code === lexer_HASH) {
            if (nextCr < start)
                nextCr = indexOrLength(text, '\r', start);
            const end = Math.min(indexOrLength(text, '\n', start), nextCr);
            comments.push({ line, column: start - lineStart + 1, text: text.slice(start, end) });
            pos = end;
            continue;
        }
        if (code === lexer_BACKSLASH) {
            const next = text.charCodeAt(start + 1);
            pos += 1;
            if (next === lexer_LF || next === lexer_CR) {
                pos += next === lexer_CR && text.charCodeAt(pos + 1) === lexer_LF ? 2 : 1;
                line += 1;
                lineStart = pos;
            }
            continue;
        }
        let type;
        if (code === lexer_SINGLE_QUOTE || code === lexer_DOUBLE_QUOTE)
            type = lexer_STRING;
        else if (isNameStart(code)) {
            let end = start + 1;
            while (end < length && isNameChar(text.charCodeAt(end)))
                end += 1;
            pos = end;
            type = isStringPrefixAt(text, start, end) ? lexer_STRING : NAME;
        }
        else if (lexer_isDigit(code) || (code === lexer_DOT && lexer_isDigit(text.charCodeAt(start + 1)))) {
            let end = start + 1;
            while (end < length) {
                const c = text.charCodeAt(end);
                if (!(isNameChar(c) || c === lexer_DOT))
                    break;
                end += 1;
            }
            pos = end;
            type = lexer_NUMBER;
        }
        else {
            pos += operatorLength(text, start);
            if (code === 40 || code === 91 || code === 123) {
                if (depth === 0)
                    outermostBracketLine = line;
                depth += 1;
            }
            else if (code === 41 || code === 93 || code === 125) {
                if (depth === 0)
                    recordError(state, line, 'unmatched closing bracket');
                else
                    depth -= 1;
            }
            else if (code === lexer_SEMICOLON)
                lines.semicolons.push(table.count);
            type = OP;
        }
        if (type === lexer_STRING) {
            state.pos = pos;
            state.line = line;
            state.lineStart = lineStart;
            lexer_scanString(state, text.slice(start, pos));
            pos = state.pos;
            line = state.line;
            lineStart = state.lineStart;
        }
        if (table.count === lineFirst)
            indent = indentWidth(text, startLineStart, start);
        table.add(type, start, pos, startLine, start - startLineStart + 1);
    }
    if (table.count > lineFirst) {
        lines.firsts.push(lineFirst);
        lines.indents.push(indent);
    }
    if (depth > 0)
        recordError(state, outermostBracketLine, 'unclosed bracket');
    return state.error ? { lines, comments, error: state.error } : { lines, comments };
}

;// CONCATENATED MODULE: ./src/collectors/python/structure.ts
// Turns logical lines into a statement tree using indentation, the way Python's parser sees
// blocks: a compound statement owns the more-indented lines that follow it, plus any body
// written after its `:` on the same line. Decorators are attached to their def or class.



const MAX_NESTING = 100;
const COMPOUND_KEYWORDS = new Set([
    'def', 'class', 'if', 'elif', 'else', 'try', 'except', 'finally', 'with', 'for', 'while',
]);
const ASYNC_KEYWORDS = new Set(['def', 'for', 'with']);
// Tokens after `match`/`case` that show it is a plain name (`match = 1`, `case.x()`), not a soft keyword.
const NOT_SOFT_KEYWORD_FOLLOWERS = new Set([
    '=', '.', ':', ',', ')', ']', '}', ';', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=',
    '**=', '//=', '>>=', '<<=', '==', '!=', '<', '>', '<=', '>=',
]);
/** The longest keyword that starts a compound statement, `finally`; longer names are never one. */
const LONGEST_KEYWORD = 7;
// Frozen and shared: simple statements have no body and most statements no decorators.
const NO_STATEMENTS = Object.freeze([]);
const structure_AT = 64;
const structure_COLON = 58;
/** A statement over a run of the token table; its Token objects are made the first time they are read. */
class TableStatement {
    kind;
    line;
    column;
    body;
    decorators;
    table;
    from;
    to;
    made;
    constructor(kind, line, column, body, decorators, table, from, to) {
        this.kind = kind;
        this.line = line;
        this.column = column;
        this.body = body;
        this.decorators = decorators;
        this.table = table;
        this.from = from;
        this.to = to;
    }
    get tokens() {
        this.made ??= this.table.tokens(this.from, this.to);
        return this.made;
    }
    startsWithName(word) {
        return this.from < this.to && this.table.isName(this.from, word);
    }
}
/** Index of the `:` ending a compound header: the first at bracket depth 0 not owned by a lambda. */
function headerColon(table, from, to) {
    let depth = 0;
    let lambdas = 0;
    for (let i = from; i < to; i++) {
        if (table.type(i) === NAME) {
            if (depth === 0 && table.isName(i, 'lambda'))
                lambdas += 1;
        }
        else if (table.isOp(i, 40) || table.isOp(i, 91) || table.isOp(i, 123))
            depth += 1;
        else if (table.isOp(i, 41) || table.isOp(i, 93) || table.isOp(i, 125))
            depth = Math.max(0, depth - 1);
        else if (depth === 0 && table.isOp(i, structure_COLON)) {
            if (lambdas === 0)
                return i;
            lambdas -= 1;
        }
    }
    return -1;
}
/** The kind of compound statement logical line `from..to` opens, if any. */
function compoundKind(table, from, to) {
    if (table.type(from) !== NAME)
        return undefined;
    const first = table.text(from);
    if (first.length > LONGEST_KEYWORD)
        return undefined;
    const second = from + 1 < to ? from + 1 : -1;
    if (first === 'async' && second >= 0 && table.type(second) === NAME) {
        const keyword = table.text(second);
        return ASYNC_KEYWORDS.has(keyword) ? keyword : undefined;
    }
    if (COMPOUND_KEYWORDS.has(first))
        return first;
    if ((first === 'match' || first === 'case') && second >= 0) {
        if (table.type(second) === OP && NOT_SOFT_KEYWORD_FOLLOWERS.has(table.text(second)))
            return undefined;
        if (headerColon(table, from + 1, to) < 0)
            return undefined;
        return first;
    }
    return undefined;
}
/** Splits tokens `from..to` at the line's semicolons into simple statements and decorators. */
function splitSimpleStatements(lines, from, to, into) {
    const table = lines.tokens;
    let start = from;
    for (let next = firstAtLeast(lines.semicolons, from); start <= to; next++) {
        const semicolon = Math.min(lines.semicolons[next] ?? to, to);
        if (semicolon > start) {
            const kind = table.isOp(start, structure_AT) ? 'decorator' : 'simple';
            into.push(new TableStatement(kind, table.line(start), table.column(start), NO_STATEMENTS, NO_STATEMENTS, table, start, semicolon));
        }
        start = semicolon + 1;
    }
}
/** The decorators just before a def or class, taken out of the body they were appended to. */
function takeDecorators(body) {
    let firstDecorator = body.length;
    while (firstDecorator > 0 && body[firstDecorator - 1]?.kind === 'decorator')
        firstDecorator -= 1;
    return firstDecorator === body.length ? NO_STATEMENTS : body.splice(firstDecorator);
}
// mock-data and python-code both build the tree of the same lexed lines (cached by lexPython), one right
// after the other.
const buildStatementTree = rememberLast(buildTree);
function buildTree(lines) {
    const table = lines.tokens;
    const moduleBody = [];
    const module = new TableStatement('module', 0, 0, moduleBody, NO_STATEMENTS, table, 0, 0);
    const tree = { module };
    // The open blocks, innermost last: each one's indentation and the body its lines go to.
    const openIndents = [-1];
    const openBodies = [moduleBody];
    for (let index = 0; index < lines.firsts.length; index++) {
        const from = lines.firsts[index] ?? 0;
        const to = lexer_lineEnd(lines, index);
        const indent = lines.indents[index] ?? 0;
        while (openIndents.length > 1 && (openIndents[openIndents.length - 1] ?? -1) >= indent) {
            openIndents.pop();
            openBodies.pop();
        }
        const parentBody = openBodies[openBodies.length - 1] ?? moduleBody;
        const kind = compoundKind(table, from, to);
        if (kind === undefined) {
            splitSimpleStatements(lines, from, to, parentBody);
            continue;
        }
        // The header leaves out `async`, but the statement starts at it.
        const headerStart = table.isName(from, 'async') ? from + 1 : from;
        const colon = headerColon(table, headerStart + 1, to);
        const body = [];
        if (colon >= 0)
            splitSimpleStatements(lines, colon + 1, to, body);
        const decorators = kind === 'def' || kind === 'class' ? takeDecorators(parentBody) : NO_STATEMENTS;
        const line = table.line(from);
        parentBody.push(new TableStatement(kind, line, table.column(from), body, decorators, table, headerStart, colon < 0 ? to : colon));
        if (openIndents.length > MAX_NESTING) {
            tree.tooDeepLine ??= line;
            continue;
        }
        openIndents.push(indent);
        openBodies.push(body);
    }
    return tree;
}
/**
 * Calls `visit` for every statement below `root` (decorators excluded), with its owner: the
 * nearest enclosing def, class or module. Depth is bounded by MAX_NESTING, so recursion is safe.
 */
function walkStatements(root, visit) {
    const walk = (body, owner) => {
        for (const statement of body) {
            visit(statement, owner);
            walk(statement.body, statement.kind === 'def' || statement.kind === 'class' ? statement : owner);
        }
    };
    walk(root.body, root);
}

;// CONCATENATED MODULE: ./src/collectors/python/syntax.ts
/** `a.b.c` starting at `from`, as its parts; empty when no name starts there. */
function dottedNameAt(tokens, from) {
    const parts = [];
    let i = from;
    while (tokens[i]?.type === 'name') {
        parts.push(tokens[i]?.text ?? '');
        if (tokens[i + 1]?.text !== '.')
            break;
        i += 2;
    }
    return parts;
}
/** The dotted name a decorator applies, without its call arguments: `@pytest.mark.skip(…)` → pytest.mark.skip. */
function decoratorName(decorator) {
    return dottedNameAt(decorator.tokens, 1);
}
function lastPart(parts) {
    return parts[parts.length - 1] ?? '';
}
/** The name after `def` or `class`. */
function definedName(statement) {
    const token = statement.tokens[1];
    return token?.type === 'name' ? token.text : '';
}
/** Index of the bracket closing the one at `open`, or -1. */
function closingBracket(tokens, open) {
    let depth = 0;
    for (let i = open; i < tokens.length; i++) {
        const text = tokens[i]?.type === 'op' ? tokens[i]?.text : undefined;
        if (text === '(' || text === '[' || text === '{')
            depth += 1;
        else if (text === ')' || text === ']' || text === '}') {
            depth -= 1;
            if (depth === 0)
                return i;
        }
    }
    return -1;
}
function classHeader(statement) {
    const { tokens } = statement;
    const header = { name: definedName(statement), bases: [], keywords: new Map() };
    let open = 2;
    if (tokens[open]?.text === '[')
        open = closingBracket(tokens, open) + 1;
    if (tokens[open]?.text !== '(')
        return header;
    const closing = closingBracket(tokens, open);
    const close = closing < 0 ? tokens.length : closing;
    let argumentStart = open + 1;
    let depth = 0;
    for (let i = open + 1; i <= close; i++) {
        const text = tokens[i]?.type === 'op' ? tokens[i]?.text : undefined;
        if (text === '(' || text === '[' || text === '{')
            depth += 1;
        else if ((text === ')' || text === ']' || text === '}') && i < close)
            depth -= 1;
        else if ((text === ',' && depth === 0) || i === close) {
            if (tokens[argumentStart + 1]?.text === '=' && tokens[argumentStart]?.type === 'name') {
                header.keywords.set(tokens[argumentStart]?.text ?? '', dottedNameAt(tokens, argumentStart + 2));
            }
            else {
                const base = dottedNameAt(tokens, argumentStart);
                if (base.length > 0)
                    header.bases.push(base);
            }
            argumentStart = i + 1;
        }
    }
    return header;
}
/** True when the statement is exactly one of `words`, e.g. `pass` or `...`. */
function isSingleToken(statement, words) {
    const token = statement.tokens[0];
    return statement.kind === 'simple' && statement.tokens.length === 1 && token !== undefined &&
        token.type !== 'string' && words.has(token.text);
}
/** A docstring-like statement: only string literals (implicitly joined). */
function isStringOnly(statement) {
    return statement.kind === 'simple' && statement.tokens.every((token) => token.type === 'string');
}
/** Whitespace-collapsed source of `tokens[from..to)`, cut to `max` characters. */
function sourceOf(text, tokens, from, to, max = 80) {
    const first = tokens[from];
    const last = tokens[to - 1];
    if (first === undefined || last === undefined || to <= from)
        return '';
    const source = text.slice(first.start, Math.min(last.end, first.start + max * 4)).replace(/\s+/g, ' ');
    return source.length > max ? `${source.slice(0, max - 1)}…` : source;
}

;// CONCATENATED MODULE: ./src/collectors/mock-data/python.ts




/** Blocks whose assignments still define module attributes (the module namespace). */
const NAMESPACE_BLOCKS = new Set(['if', 'elif', 'else', 'try', 'except', 'finally', 'with']);
/**
 * Blocks whose imports always run. `if` is left out on purpose: `if settings.DEBUG: from .mocks import …`
 * and `if TYPE_CHECKING:` are the guarded, intended forms.
 */
const UNCONDITIONAL_BLOCKS = new Set(['try', 'except', 'finally']);
/** `if __name__ == "__main__":` holds demo code that runs only as a script. */
function isMainGuard(statement) {
    return statement.kind === 'if' && statement.tokens.some((token) => token.type === 'name' && token.text === '__name__') &&
        statement.tokens.some((token) => token.type === 'string' && /^['"]__main__['"]$/.test(token.text));
}
function isOp(token, text) {
    return token?.type === 'op' && token.text === text;
}
/** A non-empty `[…]` or `{…}` at `from`. */
function python_isNonEmptyLiteral(tokens, from) {
    if (!isOp(tokens[from], '[') && !isOp(tokens[from], '{'))
        return false;
    const close = closingBracket(tokens, from);
    return close > from + 1;
}
/** A literal list or dict, or a call building one from a literal: `dict({…})`, `pd.DataFrame([…])`. */
function python_isDataValue(tokens, from) {
    if (python_isNonEmptyLiteral(tokens, from))
        return true;
    const callee = dottedNameAt(tokens, from);
    if (callee.length === 0)
        return false;
    const open = from + callee.length * 2 - 1;
    return isOp(tokens[open], '(') && python_isNonEmptyLiteral(tokens, open + 1);
}
/** Names assigned by `A = B = value` or `A: T = value`, with the index of the value. */
function assignment(tokens) {
    const first = tokens[0];
    if (first?.type !== 'name')
        return undefined;
    if (isOp(tokens[1], ':')) {
        for (let i = 2; i < tokens.length; i++) {
            const token = tokens[i];
            if (isOp(token, '[') || isOp(token, '(') || isOp(token, '{'))
                i = Math.max(i, closingBracket(tokens, i));
            else if (isOp(token, '='))
                return { targets: [first], value: i + 1 };
        }
        return undefined;
    }
    const targets = [];
    let i = 0;
    while (tokens[i]?.type === 'name' && isOp(tokens[i + 1], '=')) {
        targets.push(tokens[i]);
        i += 2;
    }
    return targets.length > 0 ? { targets, value: i } : undefined;
}
/** The module path of an import statement that brings in a test or mock module, else undefined. */
function mockImport(tokens) {
    const keyword = tokens[0]?.text;
    if (keyword === 'from') {
        let i = 1;
        let dots = '';
        while (isOp(tokens[i], '.') || isOp(tokens[i], '...'))
            dots += tokens[i++]?.text ?? '';
        // In `from . import x` the keyword follows the dots directly; it is no module name.
        const path = tokens[i]?.text === 'import' ? [] : dottedNameAt(tokens, i);
        if (dots.length > 0 && path.length === 0) {
            // `from . import mock_data`: the imported names are sibling modules or their attributes.
            const sibling = importedNames(tokens, i + 1).find((name) => isMockModulePath([name]));
            return sibling === undefined ? undefined : dots + sibling;
        }
        return isMockModule(dots.length > 0, path) ? dots + path.join('.') : undefined;
    }
    if (keyword !== 'import')
        return undefined;
    // `import a.b as x, c`: each comma-separated part starts with a dotted module name.
    for (let start = 1; start < tokens.length;) {
        const path = dottedNameAt(tokens, start);
        if (isMockModule(false, path))
            return path.join('.');
        let next = start;
        while (next < tokens.length && !isOp(tokens[next], ','))
            next += 1;
        start = next + 1;
    }
    return undefined;
}
/** In `from . import a, b as c`, the names after `import`, aliases left out. */
function importedNames(tokens, from) {
    const names = [];
    for (let i = from; i < tokens.length; i++) {
        const token = tokens[i];
        if (token.type === 'name' && token.text !== 'import' && token.text !== 'as' && tokens[i - 1]?.text !== 'as') {
            names.push(token.text);
        }
    }
    return names;
}
/**
 * Relative imports are the project's own modules. Absolute ones could be any library (`unittest.mock`,
 * `django.test`, `mock`, `fixtures` on PyPI), so only a first segment `tests` or `test` counts.
 */
function isMockModule(relative, path) {
    if (relative)
        return isMockModulePath(path);
    return path[0] === 'tests' || path[0] === 'test';
}
/** Whether a `return` in the function's own body (not a nested def or class) gives back a literal. */
function returnsData(body) {
    for (const statement of body) {
        if (statement.kind === 'def' || statement.kind === 'class')
            continue;
        if (statement.kind === 'simple' && statement.tokens[0]?.text === 'return' && python_isDataValue(statement.tokens, 1))
            return true;
        if (returnsData(statement.body))
            return true;
    }
    return false;
}
function finding(file, token, rule, name, message) {
    return { kind: 'stubs.mock-data', file: file.path, line: token.line, column: token.column, language: 'python', message, data: { rule, name } };
}
function collectModuleLevel(body, file, importsRun, findings) {
    for (const statement of body) {
        if (statement.kind === 'simple') {
            const module = importsRun ? mockImport(statement.tokens) : undefined;
            if (module !== undefined)
                findings.push(finding(file, statement, 'import', module, importMessage(module)));
            const assigned = assignment(statement.tokens);
            if (assigned === undefined || !python_isDataValue(statement.tokens, assigned.value))
                continue;
            for (const target of assigned.targets) {
                if (isMockDataName(target.text))
                    findings.push(finding(file, target, 'definition', target.text, definitionMessage(target.text)));
            }
        }
        else if (NAMESPACE_BLOCKS.has(statement.kind) && !isMainGuard(statement)) {
            collectModuleLevel(statement.body, file, importsRun && UNCONDITIONAL_BLOCKS.has(statement.kind), findings);
        }
    }
}
function collectPythonMockData(module, file) {
    const findings = [];
    collectModuleLevel(module.body, file, true, findings);
    walkStatements(module, (statement) => {
        if (statement.kind !== 'def')
            return;
        const name = definedName(statement);
        if (isMockDataName(name) && returnsData(statement.body)) {
            findings.push(finding(file, statement, 'function', name, functionMessage(name)));
        }
    });
    return findings.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}

;// CONCATENATED MODULE: ./src/collectors/mock-data.ts







/** Parse problems are reported once, by the python-code and javascript-code collectors, not here. */
function collectMockData(file, text) {
    const python = file.language === 'python';
    // Nearly no file names mock data, and lexing is nearly all the cost: a plain text search goes first.
    if (!mayHoldMockData(text, python) || hasGeneratedBanner(text))
        return [];
    if (python)
        return collectPythonMockData(buildStatementTree(lexPython(text).lines).module, file);
    return collectJavaScriptMockData(createScanContext(file, text));
}
const mockDataCollector = {
    id: 'mock-data',
    wants: (file) => !file.isTest &&
        (file.language === 'python' || file.language === 'javascript' || file.language === 'typescript') &&
        !isDevOnlyPath(file.path),
    collect: collectMockData,
};

;// CONCATENATED MODULE: ./src/collectors/operability/call-text.ts
/**
 * The text of a call from its opening parenthesis to the matching close, across at most `maxLines`
 * comment-free lines (parentheses inside strings are counted too; good enough for keyword checks).
 */
function callText(lines, index, openParen, maxLines = 30) {
    let depth = 0;
    let text = '';
    for (let current = index; current < Math.min(lines.length, index + maxLines); current++) {
        const line = lines[current].slice(current === index ? openParen : 0);
        for (let i = 0; i < line.length; i++) {
            const char = line[i];
            if (char === '(')
                depth += 1;
            else if (char === ')')
                depth -= 1;
            if (depth === 0)
                return text + line.slice(0, i + 1);
        }
        text += `${line}\n`;
    }
    return text;
}

;// CONCATENATED MODULE: ./src/collectors/operability/source-text.ts

function sourceText(raw, language) {
    let lines;
    return {
        raw,
        lines: () => (lines ??= codeLines(raw, language)),
    };
}
/** True when the text holds at least one of the literals. */
function includesAny(text, literals) {
    return literals.some((literal) => text.includes(literal));
}
/** One regex that finds any of the literals: a single pass over a text instead of one per literal. */
function anyLiteral(literals) {
    // An empty pattern would match every text; no literals must match none.
    if (literals.length === 0)
        return /(?!)/;
    return new RegExp([...new Set(literals)].map((literal) => literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'));
}
/** Per language, a regex that finds any of the literals `literalsOf` gives for it (built on first use). */
function literalSignal(literalsOf) {
    const signals = new Map();
    return (language) => {
        let signal = signals.get(language);
        if (signal === undefined) {
            signal = anyLiteral(literalsOf(language));
            signals.set(language, signal);
        }
        return signal;
    };
}

;// CONCATENATED MODULE: ./src/collectors/operability/framework-settings.ts
// Evidence that lives in a framework's own setup code rather than in a dependency.


const FASTAPI_APP = /(?<![\w])(?:fastapi\.)?FastAPI\(/;
// Either setting turns the interactive docs off (no schema means no /docs); `redoc_url=None` alone does not.
const DOCS_OFF = /\b(?:docs_url|openapi_url)\s*=\s*None\b/;
const DJANGO_SECURITY_MIDDLEWARE = /["']django\.middleware\.security\.SecurityMiddleware["']/;
/** Literals one of which a Python file needs for findPythonSettings to find anything. */
const PYTHON_SETTING_LITERALS = ['FastAPI(', 'django.middleware.security.SecurityMiddleware'];
/** Python: FastAPI apps that serve /docs (the default), and Django's SecurityMiddleware in settings. */
function findPythonSettings(source) {
    if (!includesAny(source.raw, PYTHON_SETTING_LITERALS))
        return [];
    const lines = source.lines();
    const found = [];
    lines.forEach((text, index) => {
        const app = FASTAPI_APP.exec(text);
        if (app && !/^\s*(?:class|def)\b/.test(text) && !DOCS_OFF.test(callText(lines, index, text.indexOf('(', app.index)))) {
            found.push({ kind: 'api.docs-frameworks', line: index + 1, label: 'fastapi', message: 'FastAPI app serving OpenAPI docs at /docs' });
        }
        if (DJANGO_SECURITY_MIDDLEWARE.test(text)) {
            found.push({
                kind: 'ops.security-headers',
                line: index + 1,
                label: 'django-security-middleware',
                message: "Django's SecurityMiddleware (X-Content-Type-Options, Referrer-Policy, HSTS when configured)",
            });
        }
    });
    return found;
}

;// CONCATENATED MODULE: ./src/collectors/operability/health-paths.ts
// Which route paths are health endpoints. A path is compared segment by segment, so `/healthcheck-ui`
// or `/healthy-recipes` never match `health`, and `/api/v1/healthz` does.
//
// `/ping` and `/status` are left out on purpose: `r.GET("/ping")` is the hello-world of Gin and many
// tutorials, and `/status` often reports business state; neither says "this process is healthy".
/** A final segment that names a health endpoint under any prefix: `/health`, `/api/v1/healthz`. */
const HEALTH_SEGMENTS = new Set(['health', 'healthz', 'healthcheck', 'health-check', 'health_check', 'livez', 'readyz']);
/** Probe names that are health endpoints on their own (`/ready`), not under other prefixes (`/orders/ready`). */
const PROBE_SEGMENTS = new Set(['live', 'liveness', 'ready', 'readiness', 'startup', 'up']);
/**
 * Normalises a route as written: drops a Go 1.22 method (`GET /healthz`), Django/Rails regex anchors
 * (`^health/?$`), a query string and surrounding slashes. Returns undefined for URLs (`http://…/health`
 * is a client call, not a route) and for paths built from variables.
 */
function routeSegments(route) {
    if (route.includes('://') || route.includes('${') || route.includes('{{'))
        return undefined;
    let path = route.trim().replace(/^[A-Z]+\s+(?=\/)/, '');
    path = path.replace(/^\^/, '').replace(/\$$/, '').replace(/\/\?$/, '/');
    const query = path.indexOf('?');
    if (query !== -1)
        path = path.slice(0, query);
    return path.split('/').filter((segment) => segment !== '');
}
function isHealthPath(route) {
    const segments = routeSegments(route);
    if (segments === undefined || segments.length === 0)
        return false;
    const last = segments[segments.length - 1].toLowerCase();
    if (HEALTH_SEGMENTS.has(last))
        return true;
    if (segments.length === 1)
        return PROBE_SEGMENTS.has(last);
    // Any one segment under `health`/`healthz` is a check of its own: /health/live, /health/db.
    const parent = segments[segments.length - 2].toLowerCase();
    return parent === 'health' || parent === 'healthz';
}
/** Joins a controller prefix and a method route the way Nest and Spring do. */
function joinRoutes(prefix, route) {
    return `${prefix.replace(/\/+$/, '')}/${route.replace(/^\/+/, '')}`;
}

;// CONCATENATED MODULE: ./src/collectors/operability/line-matches.ts
/**
 * The matches of a global regex in one line, as `line.matchAll(regex)` gives them, without the copy of the
 * regex that matchAll makes on every call: run on every line of every source file, those copies were the
 * operability collector's largest cost (see scripts/bench.mjs).
 */
function lineMatches(regex, line) {
    const matches = [];
    regex.lastIndex = 0;
    for (let match = regex.exec(line); match !== null; match = regex.exec(line)) {
        matches.push(match);
        // As matchAll does, step over an empty match so the search moves on.
        if (match[0] === '')
            regex.lastIndex += 1;
    }
    return matches;
}

;// CONCATENATED MODULE: ./src/collectors/operability/health-routes.ts



// A quoted string with no quote inside (named groups, so fragments combine with other groups).
// Python may prefix r/u/b/f.
const PY = String.raw `[rRuUbBfF]{0,2}(?<q>["'])(?<route>[^"'\n]*)\k<q>`;
const JS = String.raw `(?<q>["'\x60])(?<route>[^"'\x60\n]*)\k<q>`;
const DQ = String.raw `"(?<route>[^"\n]*)"`;
const RB = String.raw `(?<q>["'])(?<route>[^"'\n]*)\k<q>`;
// JS receivers that are HTTP clients, not routers: `axios.get('/health', cfg)`, `this.http.get(…)`.
const JS_CLIENTS = new Set(['axios', 'http', 'https', 'got', 'ky', 'request', 'superagent', 'client', 'httpClient', '$http', 'fetch', 'agent', 'api', 'instance']);
const PATTERNS = {
    python: [
        // FastAPI/Flask/Starlette decorators: @app.get, @router.get, @bp.route, @app.api_route.
        {
            regex: new RegExp(String.raw `@\s*[\w.]+\.(?:get|head|route|api_route)\(\s*${PY}`, 'g'),
            role: 'route',
            literals: ['.get(', '.head(', '.route(', '.api_route('],
        },
        {
            regex: new RegExp(String.raw `\b(?:add_api_route|add_route|add_url_rule|Route)\(\s*${PY}`, 'g'),
            role: 'route',
            literals: ['add_api_route(', 'add_route(', 'add_url_rule(', 'Route('],
        },
        // Django URLconf.
        { regex: new RegExp(String.raw `(?<![\w.])(?:path|re_path|url)\(\s*${PY}`, 'g'), role: 'route', literals: ['path(', 'url('] },
    ],
    javascript: jsPatterns(),
    typescript: jsPatterns(),
    go: [
        // net/http, gorilla/mux, chi, gin, echo, fiber: mux.HandleFunc("/healthz", h), r.GET("/health", h).
        {
            regex: new RegExp(String.raw `(?<!\w)(?<recv>[A-Za-z_]\w*)\.(?<method>HandleFunc|Handle|GET|Get|HEAD|Head|Any)\(\s*${JS}\s*,`, 'g'),
            role: 'route',
            literals: ['.Handle', '.GET(', '.Get(', '.HEAD(', '.Head(', '.Any('],
        },
    ],
    java: jvmPatterns(),
    kotlin: [
        ...jvmPatterns(),
        // Ktor routing DSL: get("/health") { … }.
        { regex: new RegExp(String.raw `^\s*(?:get|head)\(\s*${DQ}\s*\)`, 'g'), role: 'route', literals: ['get(', 'head('] },
    ],
    csharp: [
        { regex: new RegExp(String.raw `\.(?:MapHealthChecks|UseHealthChecks|MapGet|Map)\(\s*@?${DQ}`, 'g'), role: 'route', literals: ['.Map', '.UseHealthChecks('] },
        { regex: new RegExp(String.raw `\[\s*(?:HttpGet|HttpHead)(?:\(\s*${DQ})?`, 'g'), role: 'member', literals: ['HttpGet', 'HttpHead'] },
        { regex: new RegExp(String.raw `\[\s*Route\(\s*${DQ}`, 'g'), role: 'prefix-if-class', literals: ['Route('] },
    ],
    ruby: [
        // Rails routes and Sinatra: get "up" => "rails/health#show", get '/health' do.
        { regex: new RegExp(String.raw `^\s*(?:get|match)\s*\(?\s*${RB}`, 'g'), role: 'route', literals: ['get', 'match'] },
    ],
    php: [
        { regex: new RegExp(String.raw `Route::(?:get|any|match)\(\s*${RB}`, 'g'), role: 'route', literals: ['Route::'] },
        { regex: new RegExp(String.raw `->(?:get|any)\(\s*${RB}\s*,`, 'g'), role: 'route', literals: ['->get(', '->any('] },
        // Laravel 11 bootstrap/app.php: ->withRouting(health: '/up').
        { regex: new RegExp(String.raw `\bhealth:\s*${RB}`, 'g'), role: 'route', literals: ['health:'] },
    ],
    rust: [
        // axum and actix-web: .route("/health", get(h)); actix/rocket attributes: #[get("/health")].
        { regex: new RegExp(String.raw `(?:\.route|web::resource)\(\s*${DQ}`, 'g'), role: 'route', literals: ['.route(', 'web::resource('] },
        { regex: new RegExp(String.raw `#\[\s*(?:get|head)\(\s*${DQ}`, 'g'), role: 'route', literals: ['get(', 'head('] },
    ],
};
function jsPatterns() {
    return [
        // Express, Koa router, Fastify, Hono: app.get('/healthz', handler), router.use('/health', r).
        {
            regex: new RegExp(String.raw `(?<![\w$])(?<recv>[A-Za-z_$][\w$]*)\.(?:get|head|all|use)\(\s*${JS}\s*,`, 'g'),
            role: 'route',
            literals: ['.get(', '.head(', '.all(', '.use('],
        },
        { regex: new RegExp(String.raw `(?<![\w$])(?<recv>[A-Za-z_$][\w$]*)\.route\(\s*${JS}\s*\)`, 'g'), role: 'route', literals: ['.route('] },
        // NestJS.
        {
            regex: /@Controller\(\s*(?:(?<q>["'\x60])(?<route>[^"'\x60\n]*)\k<q>|\{[^}]*\bpath:\s*(?<q2>["'\x60])(?<route2>[^"'\x60\n]*)\k<q2>)?/g,
            role: 'prefix',
            literals: ['@Controller('],
        },
        { regex: new RegExp(String.raw `@(?:Get|Head|All)\(\s*(?:${JS})?\s*\)`, 'g'), role: 'member', literals: ['@Get(', '@Head(', '@All('] },
    ];
}
function jvmPatterns() {
    // The path is the first argument or the `value =`/`path =` argument, optionally in `{ … }`.
    const argument = String.raw `(?:\(\s*(?:[^")]*?\b(?:value|path)\s*=\s*)?\{?\s*${DQ})?`;
    return [
        { regex: new RegExp(String.raw `@GetMapping\b${argument}`, 'g'), role: 'member', literals: ['@GetMapping'] },
        { regex: new RegExp(String.raw `@(?:RequestMapping|Path)\b${argument}`, 'g'), role: 'prefix-if-class', literals: ['@RequestMapping', '@Path'] },
    ];
}
// Every route isHealthPath accepts has one of these names, in any case, as a whole path segment. In the raw
// text such a segment has on its left a quote, slash, whitespace or `^` (or nothing) and on its right a
// quote, slash, whitespace, `?`, `$` or `#`: what routeSegments trims and splits at, plus the first or last
// character of a comment blanked beside it. `health` is matched anywhere, which also covers its longer forms.
const HEALTH_NAME = /health|(?<![^\s/"'`^])(?:live(?:ness|z)?|ready(?:ness|z)?|startup|up)(?![^\s/"'`?$#])/i;
// Mounted health checks whose route is whatever path includes them.
const RAILS_HEALTH = 'rails/health#show';
const DJANGO_HEALTH_CHECK = 'health_check.urls';
/** Literals one of which a file needs for findHealthRoutes to find anything. */
function healthRouteLiterals(language) {
    const mounted = language === 'ruby' ? [RAILS_HEALTH] : language === 'python' ? [DJANGO_HEALTH_CHECK] : [];
    return [...(PATTERNS[language] ?? []).flatMap((pattern) => pattern.literals), ...mounted];
}
const routeSignal = literalSignal(healthRouteLiterals);
/** Health routes in a source file, found on its comment-free lines. */
function findHealthRoutes(source, language) {
    if (!routeSignal(language).test(source.raw) || !HEALTH_NAME.test(source.raw))
        return [];
    const patterns = (PATTERNS[language] ?? []).filter((pattern) => includesAny(source.raw, pattern.literals));
    const railsHealth = language === 'ruby' && source.raw.includes(RAILS_HEALTH);
    const djangoHealthCheck = language === 'python' && source.raw.includes(DJANGO_HEALTH_CHECK);
    const lines = source.lines();
    const routes = [];
    let prefix = '';
    lines.forEach((text, index) => {
        // Rails' built-in health controller, whatever path it is mounted on.
        if (railsHealth && text.includes(RAILS_HEALTH)) {
            routes.push({ line: index + 1, route: quotedRoute(text) ?? RAILS_HEALTH });
            return;
        }
        if (djangoHealthCheck && /\binclude\(\s*["']health_check\.urls["']/.test(text)) {
            // django-health-check's URLconf, under whatever path includes it.
            routes.push({ line: index + 1, route: quotedRoute(text) ?? DJANGO_HEALTH_CHECK });
            return;
        }
        for (const pattern of patterns) {
            for (const match of lineMatches(pattern.regex, text)) {
                if (isClientCall(language, match.groups?.recv, match.groups?.method))
                    continue;
                const route = match.groups?.route ?? match.groups?.route2;
                const end = (match.index ?? 0) + match[0].length;
                const role = pattern.role === 'prefix-if-class' ? (classFollows(lines, index, end) ? 'prefix' : 'member') : pattern.role;
                if (role === 'prefix') {
                    prefix = route ?? '';
                    continue;
                }
                const full = role === 'member' ? joinRoutes(prefix, route ?? '') : (route ?? '');
                if (isHealthPath(full))
                    routes.push({ line: index + 1, route: full });
            }
        }
    });
    return routes;
}
/** `axios.get('/health', cfg)` and Go's `http.Get(url, …)` call a server; they define no route. */
function isClientCall(language, recv, method) {
    if (recv === undefined)
        return false;
    if (language === 'go')
        return recv === 'http' && (method === 'Get' || method === 'Head');
    return JS_CLIENTS.has(recv);
}
function quotedRoute(text) {
    return /["']([^"']*)["']/.exec(text)?.[1];
}
const ANNOTATION_LINE = /^\s*(?:@|\[|$)/;
const CLASS_DECLARATION = /\bclass\s/;
// Annotations seldom stack deeper than this between a class-level mapping and its class.
const LOOKAHEAD_LINES = 12;
/** True when the next line that is not blank, an annotation or an attribute declares a class. */
function classFollows(lines, index, matchEnd) {
    if (CLASS_DECLARATION.test((lines[index] ?? '').slice(matchEnd)))
        return true;
    for (let next = index + 1; next < Math.min(lines.length, index + 1 + LOOKAHEAD_LINES); next++) {
        const line = lines[next];
        if (ANNOTATION_LINE.test(line))
            continue;
        return CLASS_DECLARATION.test(line);
    }
    return false;
}

;// CONCATENATED MODULE: ./src/collectors/operability/monitoring-imports.ts



const lookup = (find, literals) => Object.assign(find, { literals });
const monitoring_imports_monitoring = (label) => ({ kind: 'ops.monitoring', label });
/** Dotted namespaces (Python modules, Java packages, C# namespaces) and what they are. */
function byNamespace(table) {
    return lookup((module) => {
        for (const [namespace, label] of Object.entries(table)) {
            if (module === namespace || module.startsWith(`${namespace}.`))
                return monitoring_imports_monitoring(label);
        }
        return undefined;
    }, Object.keys(table));
}
const PYTHON = byNamespace({ sentry_sdk: 'sentry', prometheus_client: 'prometheus', opentelemetry: 'opentelemetry', ddtrace: 'datadog', datadog: 'datadog', newrelic: 'newrelic' });
const JVM = byNamespace({
    'io.sentry': 'sentry',
    'io.prometheus': 'prometheus',
    'io.micrometer.prometheus': 'prometheus',
    'io.micrometer.prometheusmetrics': 'prometheus',
    'io.opentelemetry': 'opentelemetry',
    'datadog.trace': 'datadog',
    'com.newrelic': 'newrelic',
});
const monitoring_imports_CSHARP = byNamespace({ Sentry: 'sentry', Prometheus: 'prometheus', OpenTelemetry: 'opentelemetry', 'Datadog.Trace': 'datadog', NewRelic: 'newrelic' });
const RUBY = { 'sentry-ruby': 'sentry', sentry: 'sentry', 'prometheus/client': 'prometheus', ddtrace: 'datadog', datadog: 'datadog', newrelic_rpm: 'newrelic' };
/** A module name right after its opening quote, as the JS, Go and Ruby import patterns read it. */
const quoted = (names, quotes) => names.flatMap((name) => quotes.map((quote) => quote + name));
// npm and Go names are compared as written, and `name` keeps a prefix of the module, so a module that
// matches starts with the catalogue name.
const fromCatalogue = (ecosystem, name, quotes) => lookup((module) => {
    if (ecosystem === 'go' && module === 'log/slog')
        return { kind: 'ops.structured-logging', label: 'slog' };
    const library = libraryOf(ecosystem, name(module));
    return library?.kind === 'ops.monitoring' ? library : undefined;
}, quoted([...catalogueNames(ecosystem, 'ops.monitoring'), ...(ecosystem === 'go' ? ['log/slog'] : [])], quotes));
/** `@sentry/node/tracing` → `@sentry/node`; `pino/file` → `pino`. */
const npmPackage = (module) => module.split('/').slice(0, module.startsWith('@') ? 2 : 1).join('/');
const monitoring_imports_JS = { regex: /(?:\bfrom\s*|\brequire\(\s*|\bimport\(\s*|^\s*import\s+)(["'])([^"'\n]+)\1/g, lookup: fromCatalogue('npm', npmPackage, ['"', "'"]) };
const monitoring_imports_SYNTAX = {
    python: { regex: /^\s*(?:import|from)\s+([\w.]+)()/g, lookup: PYTHON },
    javascript: monitoring_imports_JS,
    typescript: monitoring_imports_JS,
    // Single imports and the lines of an import block: `"go.uber.org/zap"`, `otelhttp "go.opentelemetry.io/…"`.
    go: { regex: /^\s*(?:import\s+)?(?:[\w.]+\s+)?"([^"\n]+)"()\s*$/g, lookup: fromCatalogue('go', (module) => module, ['"']) },
    java: { regex: /^\s*import\s+(?:static\s+)?([\w.]+)()/g, lookup: JVM },
    kotlin: { regex: /^\s*import\s+([\w.]+)()/g, lookup: JVM },
    csharp: { regex: /^\s*(?:global\s+)?using\s+(?:static\s+)?([\w.]+)\s*;()/g, lookup: monitoring_imports_CSHARP },
    ruby: {
        regex: /^\s*require\s*\(?\s*["']([^"'\n]+)["']()/g,
        // Object.hasOwn: `require 'constructor'` must not find Object.prototype's members.
        lookup: lookup((module) => (Object.hasOwn(RUBY, module) ? monitoring_imports_monitoring(RUBY[module]) : undefined), quoted(Object.keys(RUBY), ['"', "'"])),
    },
};
/** Literals one of which a file needs for findImportedLibraries to find anything. */
function importLiterals(language) {
    return monitoring_imports_SYNTAX[language]?.lookup.literals ?? [];
}
const importSignal = literalSignal(importLiterals);
/** The first import of each library in a file, from comment-free lines. */
function findImportedLibraries(source, language) {
    const syntax = monitoring_imports_SYNTAX[language];
    if (syntax === undefined || !importSignal(language).test(source.raw))
        return [];
    const found = new Map();
    source.lines().forEach((text, index) => {
        for (const match of lineMatches(syntax.regex, text)) {
            // JS puts the quote in group 1 and the module in 2; the others put the module in group 1.
            const module = (language === 'javascript' || language === 'typescript' ? match[2] : match[1]) ?? '';
            const library = syntax.lookup(module);
            const key = library && `${library.kind} ${library.label}`;
            if (library && key && !found.has(key))
                found.set(key, { ...library, module, line: index + 1 });
        }
    });
    return [...found.values()];
}

;// CONCATENATED MODULE: ./src/collectors/operability/shutdown-hooks.ts


const shutdown_hooks_JS = [
    { regex: /\bprocess\.(?:on|once|addListener|prependListener)\(\s*["'`]SIGTERM["'`]/, hook: "process.on('SIGTERM')", literals: ['SIGTERM'] },
    { regex: /\.enableShutdownHooks\(/, hook: 'enableShutdownHooks()', literals: ['.enableShutdownHooks('] },
    { regex: /\bcreateTerminus\(/, hook: 'createTerminus()', literals: ['createTerminus('] },
];
const shutdown_hooks_JVM = [{ regex: /\.addShutdownHook\(/, hook: 'Runtime.addShutdownHook()', literals: ['.addShutdownHook('] }];
const shutdown_hooks_PATTERNS = {
    javascript: shutdown_hooks_JS,
    typescript: shutdown_hooks_JS,
    python: [
        { regex: /\bsignal\.signal\(\s*(?:signal\.)?SIGTERM\b/, hook: 'signal.signal(SIGTERM)', literals: ['SIGTERM'] },
        { regex: /\.add_signal_handler\(\s*(?:signal\.)?SIGTERM\b/, hook: 'loop.add_signal_handler(SIGTERM)', literals: ['SIGTERM'] },
        { regex: /\.on_event\(\s*["']shutdown["']/, hook: 'on_event("shutdown")', literals: ['.on_event('] },
    ],
    go: [
        { regex: /\bsignal\.(?:Notify|NotifyContext)\(/, hook: 'signal.Notify(SIGTERM)', needsSigterm: true, literals: ['SIGTERM'] },
        { regex: /\b\w*(?:srv|server|Server)\.Shutdown\(/, hook: 'http.Server.Shutdown()', literals: ['.Shutdown('] },
        { regex: /\.GracefulStop\(\)/, hook: 'grpc.Server.GracefulStop()', literals: ['.GracefulStop()'] },
    ],
    java: shutdown_hooks_JVM,
    kotlin: shutdown_hooks_JVM,
    csharp: [{ regex: /\bApplicationStopping\.Register\(/, hook: 'ApplicationStopping.Register()', literals: ['ApplicationStopping.Register('] }],
    ruby: [{ regex: /\b(?:Signal\.)?trap\(\s*["'](?:SIG)?TERM["']/, hook: 'trap("TERM")', literals: ['trap('] }],
    php: [{ regex: /\bpcntl_signal\(\s*SIGTERM\b/, hook: 'pcntl_signal(SIGTERM)', literals: ['pcntl_signal('] }],
    rust: [
        { regex: /\bSignalKind::terminate\(\)/, hook: 'signal(SignalKind::terminate())', literals: ['SignalKind::terminate()'] },
        { regex: /\.with_graceful_shutdown\(/, hook: 'with_graceful_shutdown()', literals: ['.with_graceful_shutdown('] },
    ],
};
/** Literals one of which a file needs for findShutdownHooks to find anything. */
function shutdownLiterals(language) {
    return (shutdown_hooks_PATTERNS[language] ?? []).flatMap((pattern) => pattern.literals);
}
const shutdownSignal = literalSignal(shutdownLiterals);
function findShutdownHooks(source, language) {
    if (!shutdownSignal(language).test(source.raw))
        return [];
    const patterns = (shutdown_hooks_PATTERNS[language] ?? []).filter((pattern) => includesAny(source.raw, pattern.literals));
    const lines = source.lines();
    const hooks = [];
    lines.forEach((text, index) => {
        for (const pattern of patterns) {
            const match = pattern.regex.exec(text);
            if (!match)
                continue;
            if (pattern.needsSigterm && !/\bSIGTERM\b/.test(callText(lines, index, text.indexOf('(', match.index))))
                continue;
            hooks.push({ line: index + 1, hook: pattern.hook });
            break;
        }
    });
    return hooks;
}
/** Spring Boot's `server.shutdown=graceful` in application*.properties / application*.yml. */
function findSpringGracefulShutdown(text, yaml) {
    const pattern = yaml ? /^\s+shutdown:\s*["']?graceful\b/ : /^\s*server\.shutdown\s*[=:]\s*graceful\b/;
    const hooks = [];
    text.split('\n').forEach((line, index) => {
        if (pattern.test(line))
            hooks.push({ line: index + 1, hook: 'server.shutdown=graceful' });
    });
    return hooks;
}

;// CONCATENATED MODULE: ./src/collectors/operability.ts






const SPRING_CONFIG = /^application(?:-[\w.-]+)?\.(properties|ya?ml)$/;
/**
 * Finds any literal that some detector needs in a file of the language. Nearly every file has none,
 * and this one pass over it then stands for all the detectors' searches.
 */
const signalOf = literalSignal((language) => [
    ...healthRouteLiterals(language),
    ...importLiterals(language),
    ...shutdownLiterals(language),
    ...(language === 'python' ? PYTHON_SETTING_LITERALS : []),
]);
const operability = {
    id: 'operability',
    wants(file) {
        if (file.isTest)
            return false;
        return file.language !== undefined || SPRING_CONFIG.test(file.path.slice(file.path.lastIndexOf('/') + 1));
    },
    collect(file, text) {
        const at = (kind, line, message, data) => {
            const finding = { kind, file: file.path, line, message, data };
            if (file.language !== undefined)
                finding.language = file.language;
            return finding;
        };
        if (file.language === undefined) {
            const config = SPRING_CONFIG.exec(file.path.slice(file.path.lastIndexOf('/') + 1));
            return findSpringGracefulShutdown(text, config?.[1] !== 'properties').map((hook) => at('ops.graceful-shutdown', hook.line, `graceful shutdown: \`${hook.hook}\``, { hook: hook.hook }));
        }
        if (!signalOf(file.language).test(text))
            return [];
        const source = sourceText(text, file.language);
        const findings = [];
        for (const route of findHealthRoutes(source, file.language)) {
            findings.push(at('ops.health-endpoints', route.line, `health endpoint \`${route.route}\``, { route: route.route }));
        }
        for (const library of findImportedLibraries(source, file.language)) {
            const what = library.kind === 'ops.monitoring' ? 'monitoring SDK' : 'structured logging library';
            findings.push(at(library.kind, library.line, `${what} \`${library.label}\` imported (\`${library.module}\`)`, {
                [LABEL_KEY[library.kind]]: library.label,
                source: 'import',
            }));
        }
        for (const hook of findShutdownHooks(source, file.language)) {
            findings.push(at('ops.graceful-shutdown', hook.line, `graceful shutdown: \`${hook.hook}\``, { hook: hook.hook }));
        }
        if (file.language === 'python') {
            for (const setting of findPythonSettings(source)) {
                findings.push(at(setting.kind, setting.line, setting.message, { [LABEL_KEY[setting.kind]]: setting.label, source: 'code' }));
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/collectors/php/context.ts

function php_context_findingAt(scan, kind, offset, message) {
    return {
        kind,
        file: scan.file.path,
        line: lineAt(scan.lines, offset),
        column: columnAt(scan.lines, offset),
        message,
        language: 'php',
    };
}
/** Source text from `start` to `end`, whitespace collapsed, cut to `max` characters. */
function excerpt(text, start, end, max = 80) {
    const flat = text.slice(start, Math.min(end, start + max * 4)).replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

;// CONCATENATED MODULE: ./src/collectors/php/tokens.ts
// The token stream of one PHP file's code islands: parallel arrays rather than one object per token.
// A string, heredoc or nowdoc (with everything interpolated into it) is one STRING token.
/** An identifier, keyword or qualified name (`\Foo\Bar`); keywords are matched case-insensitively. */
const tokens_NAME = 1;
/** `$name`. */
const VARIABLE = 2;
const php_tokens_NUMBER = 3;
const php_tokens_STRING = 4;
const php_tokens_PUNCT = 5;
/** Output outside `<?php … ?>` (non-empty inline HTML) or a `<?=` echo tag: a statement of its own. */
const OUTPUT = 6;
// PUNCT values: single characters use their char code; these multi-character ones get their own.
/** `#[`, opening an attribute group; closed by a `]`. */
const ATTRIBUTE_OPEN = 256;
/** `->` and `?->`. */
const OBJECT_OPERATOR = 257;
const SCOPE = 258;
const tokens_OTHER_OPERATOR = 259;
const php_tokens_OPEN_PAREN = 40;
const php_tokens_CLOSE_PAREN = 41;
const AMPERSAND = 38;
const php_tokens_COMMA = 44;
const php_tokens_COLON = 58;
const php_tokens_SEMICOLON = 59;
const php_tokens_OPEN_BRACKET = 91;
const php_tokens_CLOSE_BRACKET = 93;
const php_tokens_OPEN_BRACE = 123;
const tokens_PIPE = 124;
const php_tokens_CLOSE_BRACE = 125;
function tokens_createTokenBuffer() {
    return { count: 0, kinds: [], starts: [], ends: [], values: [], partners: [] };
}
function tokens_pushToken(tokens, kind, start, end, value = 0) {
    tokens.kinds.push(kind);
    tokens.starts.push(start);
    tokens.ends.push(end);
    tokens.values.push(value);
    tokens.partners.push(-1);
    tokens.count++;
}
function php_tokens_isPunct(tokens, index, value) {
    return tokens.kinds[index] === php_tokens_PUNCT && tokens.values[index] === value;
}
function tokens_tokenText(text, tokens, index) {
    return text.slice(tokens.starts[index] ?? 0, tokens.ends[index] ?? 0);
}
/** A NAME spelled `word` in any case, as PHP keywords and function names are. */
function isKeyword(text, tokens, index, word) {
    if (tokens.kinds[index] !== tokens_NAME)
        return false;
    const start = tokens.starts[index] ?? 0;
    if ((tokens.ends[index] ?? 0) - start !== word.length)
        return false;
    return text.slice(start, start + word.length).toLowerCase() === word;
}
/** True after `->`, `?->` or `::`, where a name is a member (`$x->function`, `Foo::class`). */
function isMemberName(tokens, index) {
    return php_tokens_isPunct(tokens, index - 1, OBJECT_OPERATOR) || php_tokens_isPunct(tokens, index - 1, SCOPE);
}
function tokens_partnerOf(tokens, index) {
    return tokens.partners[index] ?? -1;
}
/** The last segment of a qualified name: `\PHPUnit\Framework\Attributes\Test` → `Test`. */
function lastSegment(name) {
    return name.slice(name.lastIndexOf('\\') + 1);
}

;// CONCATENATED MODULE: ./src/collectors/php/catches.ts


/** Lowercase, as PHP class names are case-insensitive. */
const CATCH_ALL = new Set(['exception', 'throwable']);
function collectCatches(scan) {
    if (scan.file.isTest)
        return [];
    const { tokens, text } = scan;
    const findings = [];
    for (let index = 0; index < tokens.count; index++) {
        if (!isKeyword(text, tokens, index, 'catch') || isMemberName(tokens, index) || !php_tokens_isPunct(tokens, index + 1, php_tokens_OPEN_PAREN))
            continue;
        const close = tokens_partnerOf(tokens, index + 1);
        if (close < 0)
            continue;
        const offset = tokens.starts[index] ?? 0;
        const clause = excerpt(text, offset, tokens.ends[close] ?? offset);
        const widest = catchAllType(scan, index + 2, close);
        if (widest !== undefined) {
            const what = widest === 'throwable' ? 'every error and exception' : 'every exception';
            findings.push(php_context_findingAt(scan, 'catch.generic', offset, `\`${clause}\` catches ${what}; catch the exceptions you expect`));
        }
        const block = close + 1;
        if (php_tokens_isPunct(tokens, block, php_tokens_OPEN_BRACE) && tokens_partnerOf(tokens, block) === block + 1) {
            findings.push(php_context_findingAt(scan, 'catch.empty', offset, `empty \`${clause}\` block swallows the error`));
        }
    }
    return findings;
}
/** `throwable` or `exception` when a type of the union (`A | \Exception`) is one, plain or `\`-rooted. */
function catchAllType(scan, from, to) {
    const { tokens, text } = scan;
    let found;
    for (let index = from; index < to; index++) {
        if (tokens.kinds[index] !== tokens_NAME)
            continue;
        const name = tokens_tokenText(text, tokens, index);
        const type = (name.startsWith('\\') && lastSegment(name) === name.slice(1) ? name.slice(1) : name).toLowerCase();
        if (CATCH_ALL.has(type) && found !== 'throwable')
            found = type;
    }
    return found;
}

;// CONCATENATED MODULE: ./src/collectors/php/declarations.ts

const declarations_MODIFIERS = new Set(['public', 'protected', 'private', 'static', 'final', 'abstract']);
/** Return types are short; this bounds the look for the body's `{` on broken input. */
const RETURN_TYPE_LIMIT = 64;
function findFunctions(scan) {
    const { tokens, text } = scan;
    const declarations = [];
    const classBodies = new Set();
    const openBraces = [];
    let classPending = false;
    for (let index = 0; index < tokens.count; index++) {
        if (tokens.kinds[index] === tokens_NAME && !isMemberName(tokens, index)) {
            if (isKeyword(text, tokens, index, 'class') || isKeyword(text, tokens, index, 'trait'))
                classPending = true;
            else if (isKeyword(text, tokens, index, 'function')) {
                const enclosing = openBraces.length === 0 ? undefined : openBraces[openBraces.length - 1];
                const declaration = readFunction(scan, index, enclosing !== undefined && classBodies.has(enclosing));
                if (declaration !== undefined)
                    declarations.push(declaration);
            }
        }
        else if (php_tokens_isPunct(tokens, index, php_tokens_OPEN_BRACE)) {
            if (classPending)
                classBodies.add(index);
            classPending = false;
            openBraces.push(index);
        }
        else if (php_tokens_isPunct(tokens, index, php_tokens_CLOSE_BRACE)) {
            openBraces.pop();
        }
        else if (php_tokens_isPunct(tokens, index, php_tokens_SEMICOLON)) {
            classPending = false;
        }
    }
    return declarations;
}
function readFunction(scan, keyword, isMethod) {
    const { tokens, text } = scan;
    let index = keyword + 1;
    if (php_tokens_isPunct(tokens, index, AMPERSAND))
        index++;
    let name = '';
    if (tokens.kinds[index] === tokens_NAME)
        name = tokens_tokenText(text, tokens, index++);
    if (!php_tokens_isPunct(tokens, index, php_tokens_OPEN_PAREN))
        return undefined;
    index = tokens_partnerOf(tokens, index) + 1;
    if (index === 0)
        return undefined;
    if (isKeyword(text, tokens, index, 'use') && php_tokens_isPunct(tokens, index + 1, php_tokens_OPEN_PAREN)) {
        index = tokens_partnerOf(tokens, index + 1) + 1;
        if (index === 0)
            return undefined;
    }
    let bodyOpen = -1;
    for (let steps = 0; index < tokens.count && steps < RETURN_TYPE_LIMIT; steps++, index++) {
        if (php_tokens_isPunct(tokens, index, php_tokens_SEMICOLON))
            break;
        if (php_tokens_isPunct(tokens, index, php_tokens_OPEN_BRACE)) {
            bodyOpen = index;
            break;
        }
    }
    const bodyClose = bodyOpen === -1 ? -1 : tokens_partnerOf(tokens, bodyOpen);
    if (bodyOpen !== -1 && bodyClose === -1)
        return undefined;
    const declaration = {
        keyword, name, bodyOpen, bodyClose, isMethod, modifiers: [], attributes: [], docBlock: undefined,
    };
    return isMethod ? readPreamble(scan, declaration) : declaration;
}
/** Walks back from `function` over modifiers and attribute groups, then takes the docblock before them. */
function readPreamble(scan, declaration) {
    const { tokens, text } = scan;
    let first = declaration.keyword;
    for (let index = first - 1; index >= 0; index--) {
        const word = tokens.kinds[index] === tokens_NAME ? tokens_tokenText(text, tokens, index).toLowerCase() : '';
        if (declarations_MODIFIERS.has(word)) {
            declaration.modifiers.push(word);
        }
        else if (php_tokens_isPunct(tokens, index, php_tokens_CLOSE_BRACKET) && php_tokens_isPunct(tokens, tokens_partnerOf(tokens, index), ATTRIBUTE_OPEN)) {
            const open = tokens_partnerOf(tokens, index);
            declaration.attributes.push(...attributeNames(scan, open, index));
            index = open;
        }
        else {
            break;
        }
        first = index;
    }
    declaration.docBlock = docBlockBefore(scan, tokens.starts[first] ?? 0, tokens.ends[first - 1] ?? 0);
    return declaration;
}
/** The names in `#[A, B(…), \C\D]`: the first token of each element at the group's own level. */
function attributeNames(scan, open, close) {
    const { tokens, text } = scan;
    const names = [];
    let expectName = true;
    for (let index = open + 1; index < close; index++) {
        if (expectName && tokens.kinds[index] === tokens_NAME)
            names.push(tokens_tokenText(text, tokens, index));
        expectName = php_tokens_isPunct(tokens, index, php_tokens_COMMA);
        const partner = tokens_partnerOf(tokens, index);
        if (partner > index)
            index = partner;
    }
    return names;
}
/** The last `/**` comment between `from` (the previous token's end) and `to` (the declaration). */
function docBlockBefore(scan, to, from) {
    const { commentStarts, commentEnds } = scan.lexed;
    let low = 0;
    let high = commentStarts.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if ((commentStarts[middle] ?? 0) < to)
            low = middle + 1;
        else
            high = middle;
    }
    for (let index = low - 1; index >= 0 && (commentStarts[index] ?? 0) >= from; index--) {
        const start = commentStarts[index] ?? 0;
        if (scan.text.startsWith('/**', start))
            return scan.text.slice(start, commentEnds[index] ?? start);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/collectors/php/chars.ts
// Character classes by char code. PHP names may hold any byte from 0x80 up.
function isSpace(code) {
    return code === 32 || (code >= 9 && code <= 13);
}
function php_chars_isDigit(code) {
    return code >= 48 && code <= 57;
}
function php_chars_isIdentifierStart(code) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code >= 0x80;
}
function php_chars_isIdentifierPart(code) {
    return php_chars_isIdentifierStart(code) || php_chars_isDigit(code);
}
/** Index of the first character at or after `from` that is not white space (line breaks included). */
function skipSpaces(text, from) {
    let pos = from;
    while (isSpace(text.charCodeAt(pos)))
        pos++;
    return pos;
}

;// CONCATENATED MODULE: ./src/collectors/php/strings.ts
// PHP string literals. Each returns the offset just past the literal, or -1 when it never ends.
// Interpolation (`{$a["k"]}`, `${expr}`) nests through an explicit stack, never the call stack.

/** `'…'`: only `\\` and `\'` are escapes, and skipping any escaped character is the same here. */
function skipSingleQuoted(text, start) {
    let pos = start + 1;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        if (code === 92)
            pos += 2;
        else if (code === 39)
            return pos + 1;
        else
            pos++;
    }
    return -1;
}
/** `"…"` or a backtick command, whose `{$…}` and `${…}` parts may hold strings of their own. */
function skipInterpolated(text, start) {
    // Each entry is the closing quote of a string (34 or 96), or -1 - braces for code inside `{$ … }`.
    const stack = [text.charCodeAt(start)];
    let pos = start + 1;
    while (pos < text.length) {
        const top = stack[stack.length - 1] ?? 0;
        const code = text.charCodeAt(pos);
        const next = text.charCodeAt(pos + 1);
        if (top >= 0) {
            if (code === 92)
                pos++;
            else if (code === top) {
                stack.pop();
                if (stack.length === 0)
                    return pos + 1;
            }
            else if ((code === 123 && next === 36) || (code === 36 && next === 123)) {
                stack.push(-1);
                pos++;
            }
        }
        else if (code === 34 || code === 96) {
            stack.push(code);
        }
        else if (code === 39) {
            const end = skipSingleQuoted(text, pos);
            if (end === -1)
                return -1;
            pos = end - 1;
        }
        else if (code === 123) {
            stack[stack.length - 1] = top - 1;
        }
        else if (code === 125) {
            if (top === -1)
                stack.pop();
            else
                stack[stack.length - 1] = top + 1;
        }
        pos++;
    }
    return -1;
}
/**
 * `<<<ID`, `<<<"ID"` or `<<<'ID'` at `start`, or undefined when this is not one. The body ends at
 * the first line holding only indentation and ID followed by a non-identifier character (PHP 7.3+
 * allows an indented closing marker and code after it, such as `ID;` or `ID, $x]`).
 */
function readHeredoc(text, start) {
    let pos = start + 3;
    while (text.charCodeAt(pos) === 32 || text.charCodeAt(pos) === 9)
        pos++;
    const quote = text.charCodeAt(pos);
    const quoted = quote === 34 || quote === 39;
    if (quoted)
        pos++;
    if (!php_chars_isIdentifierStart(text.charCodeAt(pos)))
        return undefined;
    const labelStart = pos;
    while (php_chars_isIdentifierPart(text.charCodeAt(pos)))
        pos++;
    const label = text.slice(labelStart, pos);
    if (quoted && text.charCodeAt(pos++) !== quote)
        return undefined;
    if (text.charCodeAt(pos) === 13)
        pos++;
    if (text.charCodeAt(pos) !== 10)
        return undefined;
    const nowdoc = quote === 39;
    let lineStart = pos + 1;
    while (lineStart <= text.length) {
        let at = lineStart;
        while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)
            at++;
        if (text.startsWith(label, at) && !php_chars_isIdentifierPart(text.charCodeAt(at + label.length))) {
            return { end: at + label.length, nowdoc, label };
        }
        const newline = text.indexOf('\n', lineStart);
        if (newline === -1)
            break;
        lineStart = newline + 1;
    }
    return { end: -1, nowdoc, label };
}

;// CONCATENATED MODULE: ./src/collectors/php/lexer.ts
// One pass over a PHP file: inline HTML is skipped, and inside each `<?php … ?>` / `<?= … ?>` island
// the significant tokens and the comments are recorded. Brackets pair across islands, as in
// `<?php if ($x) { ?> <p>…</p> <?php } ?>`.



function lexPhp(text) {
    const state = {
        text,
        pos: 0,
        tokens: tokens_createTokenBuffer(),
        commentStarts: [],
        commentEnds: [],
        openBrackets: [],
        lostTrack: undefined,
    };
    skipHtml(state, true);
    while (state.pos < text.length)
        readCode(state);
    const open = state.openBrackets[0];
    if (open !== undefined) {
        const offset = state.tokens.starts[open] ?? 0;
        lexer_loseTrack(state, offset, `unclosed \`${text.slice(offset, state.tokens.ends[open] ?? offset + 1)}\``);
    }
    return { tokens: state.tokens, commentStarts: state.commentStarts, commentEnds: state.commentEnds, lostTrack: state.lostTrack };
}
function lexer_loseTrack(state, offset, reason) {
    if (state.lostTrack === undefined)
        state.lostTrack = { offset, reason };
}
/** Moves past inline HTML to the next `<?php` or `<?=`, recording the HTML as output when it is any. */
function skipHtml(state, atFileStart) {
    const { text } = state;
    // A newline right after `?>` belongs to the closing tag, so `?>\n<?php` outputs nothing.
    let htmlStart = state.pos;
    if (text.charCodeAt(htmlStart) === 13)
        htmlStart++;
    if (text.charCodeAt(htmlStart) === 10)
        htmlStart++;
    let search = htmlStart;
    while (search < text.length) {
        const tag = text.indexOf('<?', search);
        if (tag === -1)
            break;
        const echo = text.charCodeAt(tag + 2) === 61;
        const php = text.slice(tag + 2, tag + 5).toLowerCase() === 'php' && (tag + 5 >= text.length || isSpace(text.charCodeAt(tag + 5)));
        if (echo || php) {
            if (tag > htmlStart && !atFileStart)
                tokens_pushToken(state.tokens, OUTPUT, htmlStart, tag);
            if (echo)
                tokens_pushToken(state.tokens, OUTPUT, tag, tag + 3);
            state.pos = tag + (echo ? 3 : 5);
            return;
        }
        search = tag + 2;
    }
    state.pos = text.length;
}
function readCode(state) {
    const { text } = state;
    const pos = state.pos;
    const code = text.charCodeAt(pos);
    const next = text.charCodeAt(pos + 1);
    if (isSpace(code))
        state.pos = skipSpaces(text, pos + 1);
    else if (code === 63 && next === 62) {
        state.pos += 2;
        skipHtml(state, false);
    }
    else if (code === 35 && next === 91)
        lexer_openBracket(state, 2, ATTRIBUTE_OPEN);
    else if (code === 35 || (code === 47 && next === 47))
        readLineComment(state, code === 35 ? 1 : 2);
    else if (code === 47 && next === 42)
        readBlockComment(state);
    else if (php_chars_isIdentifierStart(code) || (code === 92 && php_chars_isIdentifierStart(next)))
        readName(state);
    else if (code === 36 && php_chars_isIdentifierStart(next)) {
        let end = pos + 2;
        while (php_chars_isIdentifierPart(text.charCodeAt(end)))
            end++;
        push(state, VARIABLE, end - pos);
    }
    else if (php_chars_isDigit(code) || (code === 46 && php_chars_isDigit(next)))
        readNumber(state);
    else if (code === 39)
        readString(state, skipSingleQuoted(text, pos), 'string');
    else if (code === 34 || code === 96)
        readString(state, skipInterpolated(text, pos), code === 34 ? 'string' : 'backtick command');
    else if (code === 60 && text.startsWith('<<<', pos))
        readHeredocLiteral(state);
    else
        readPunctuation(state, code, next);
}
function push(state, kind, length, value = 0) {
    tokens_pushToken(state.tokens, kind, state.pos, state.pos + length, value);
    state.pos += length;
}
/** `//` and `#` comments end at the line's end or at a `?>`, which closes the code island. */
function readLineComment(state, markerLength) {
    const { text } = state;
    const start = state.pos;
    let end = start + markerLength;
    while (end < text.length) {
        const code = text.charCodeAt(end);
        if (code === 10 || (code === 63 && text.charCodeAt(end + 1) === 62))
            break;
        end++;
    }
    state.commentStarts.push(start);
    state.commentEnds.push(end);
    state.pos = end;
}
function readBlockComment(state) {
    const { text } = state;
    const start = state.pos;
    const close = text.indexOf('*/', start + 2);
    if (close === -1)
        lexer_loseTrack(state, start, 'unterminated block comment');
    state.pos = close === -1 ? text.length : close + 2;
    state.commentStarts.push(start);
    state.commentEnds.push(state.pos);
}
/** A name, qualified or not: `function`, `Exception`, `\Foo\Bar`, `namespace\Baz`. */
function readName(state) {
    const { text } = state;
    let end = state.pos;
    do {
        if (text.charCodeAt(end) === 92)
            end++;
        while (php_chars_isIdentifierPart(text.charCodeAt(end)))
            end++;
    } while (text.charCodeAt(end) === 92 && php_chars_isIdentifierStart(text.charCodeAt(end + 1)));
    push(state, tokens_NAME, end - state.pos);
}
function readNumber(state) {
    const { text } = state;
    const start = state.pos;
    const hex = text.charCodeAt(start) === 48 && (text.charCodeAt(start + 1) | 32) === 120;
    let end = start + 1;
    while (end < text.length) {
        const code = text.charCodeAt(end);
        const exponentSign = (code === 43 || code === 45) && !hex && (text.charCodeAt(end - 1) | 32) === 101;
        if (!exponentSign && code !== 46 && !php_chars_isIdentifierPart(code))
            break;
        end++;
    }
    push(state, php_tokens_NUMBER, end - start);
}
function readString(state, end, what) {
    if (end === -1) {
        lexer_loseTrack(state, state.pos, `unterminated ${what}`);
        end = state.text.length;
    }
    push(state, php_tokens_STRING, end - state.pos);
}
function readHeredocLiteral(state) {
    const heredoc = readHeredoc(state.text, state.pos);
    if (heredoc === undefined) {
        push(state, php_tokens_PUNCT, 3, tokens_OTHER_OPERATOR);
        return;
    }
    readString(state, heredoc.end, `${heredoc.nowdoc ? 'nowdoc' : 'heredoc'} <<<${heredoc.label}`);
}
function readPunctuation(state, code, next) {
    const third = state.text.charCodeAt(state.pos + 2);
    if (code === 40 || code === 91 || code === 123)
        lexer_openBracket(state, 1, code);
    else if (code === 41 || code === 93 || code === 125)
        lexer_closeBracket(state, code);
    else if (code === 45 && next === 62)
        push(state, php_tokens_PUNCT, 2, OBJECT_OPERATOR);
    else if (code === 63 && next === 45 && third === 62)
        push(state, php_tokens_PUNCT, 3, OBJECT_OPERATOR);
    else if (code === 58 && next === 58)
        push(state, php_tokens_PUNCT, 2, SCOPE);
    else
        push(state, php_tokens_PUNCT, 1, code);
}
function lexer_openBracket(state, length, value) {
    state.openBrackets.push(state.tokens.count);
    push(state, php_tokens_PUNCT, length, value);
}
function lexer_closeBracket(state, code) {
    const { tokens } = state;
    const depth = state.openBrackets.length;
    // Never index -1 on an empty stack: that is a slow named-property lookup, not an array read.
    const open = depth === 0 ? undefined : state.openBrackets[depth - 1];
    const openValue = open === undefined ? -1 : tokens.values[open];
    const matches = code === 41 ? openValue === 40 : code === 125 ? openValue === 123 : openValue === 91 || openValue === ATTRIBUTE_OPEN;
    if (open === undefined || !matches) {
        lexer_loseTrack(state, state.pos, `unmatched \`${String.fromCharCode(code)}\``);
        push(state, php_tokens_PUNCT, 1, code);
        return;
    }
    state.openBrackets.pop();
    tokens.partners[open] = tokens.count;
    push(state, php_tokens_PUNCT, 1, code);
    tokens.partners[tokens.count - 1] = open;
}

;// CONCATENATED MODULE: ./src/collectors/php/stubs.ts


const php_stubs_NOT_IMPLEMENTED = /not.?implemented/i;
/** Enough of a message to find the words; bounds the regex on hostile literals. */
const php_stubs_MESSAGE_WINDOW = 1000;
function stubs_collectPlaceholders(scan, functions) {
    if (scan.file.isTest)
        return [];
    const findings = [];
    for (const declaration of functions) {
        if (declaration.bodyOpen === -1 || !stubs_throwsNotImplementedOnly(scan, declaration))
            continue;
        const name = declaration.name === '' ? 'function' : declaration.name;
        const offset = scan.tokens.starts[declaration.bodyOpen + 1] ?? 0;
        findings.push(php_context_findingAt(scan, 'stubs.placeholder', offset, `\`${name}\` is a placeholder: it only throws "Not implemented"`));
    }
    return findings;
}
function stubs_throwsNotImplementedOnly(scan, declaration) {
    const { tokens, text } = scan;
    let index = declaration.bodyOpen + 1;
    if (!isKeyword(text, tokens, index, 'throw') || !isKeyword(text, tokens, index + 1, 'new'))
        return false;
    index += 2;
    if (tokens.kinds[index] !== tokens_NAME)
        return false;
    const className = lastSegment(tokens_tokenText(text, tokens, index++));
    let messageSaysSo = false;
    if (php_tokens_isPunct(tokens, index, php_tokens_OPEN_PAREN)) {
        const argument = index + 1;
        if (tokens.kinds[argument] === php_tokens_STRING) {
            const start = tokens.starts[argument] ?? 0;
            messageSaysSo = php_stubs_NOT_IMPLEMENTED.test(text.slice(start, Math.min(tokens.ends[argument] ?? start, start + php_stubs_MESSAGE_WINDOW)));
        }
        index = tokens_partnerOf(tokens, index) + 1;
        if (index === 0)
            return false;
    }
    if (php_tokens_isPunct(tokens, index, php_tokens_SEMICOLON))
        index++;
    return index === declaration.bodyClose && (messageSaysSo || php_stubs_NOT_IMPLEMENTED.test(className));
}

;// CONCATENATED MODULE: ./src/collectors/php/tests.ts


/** `@test` as a whole annotation: not `@testdox` or `@testWith`. */
const TEST_ANNOTATION = /@test(?![A-Za-z0-9_-])/;
const SKIP_CALLS = new Set(['marktestskipped', 'marktestincomplete']);
function tests_collectTests(scan, functions) {
    if (!scan.file.isTestFile)
        return [];
    const findings = [];
    for (const method of functions) {
        if (!isTestMethod(method))
            continue;
        const offset = scan.tokens.starts[method.keyword] ?? 0;
        findings.push(php_context_findingAt(scan, 'tests.cases', offset, `test \`${method.name}\``));
        const skip = skipCall(scan, method);
        if (skip !== undefined)
            findings.push(php_context_findingAt(scan, 'tests.skipped', offset, `skipped test \`${method.name}\` (${skip})`));
    }
    return findings;
}
/**
 * A public method with a body, in a class or trait, named `test…` or marked `@test` in its docblock
 * or with a `#[Test]` attribute (any namespace ending in `\Test`).
 */
function isTestMethod(method) {
    if (!method.isMethod || method.bodyOpen === -1)
        return false;
    if (method.modifiers.includes('private') || method.modifiers.includes('protected'))
        return false;
    if (method.name.startsWith('test'))
        return true;
    if (method.attributes.some((attribute) => lastSegment(attribute) === 'Test'))
        return true;
    return method.docBlock !== undefined && TEST_ANNOTATION.test(method.docBlock);
}
/** The first `->markTestSkipped(` / `::markTestIncomplete(`… call in the method's body. */
function skipCall(scan, method) {
    const { tokens, text } = scan;
    for (let index = method.bodyOpen + 1; index < method.bodyClose; index++) {
        if (tokens.kinds[index] !== tokens_NAME || !isMemberName(tokens, index) || !php_tokens_isPunct(tokens, index + 1, php_tokens_OPEN_PAREN))
            continue;
        const name = tokens_tokenText(text, tokens, index);
        if (SKIP_CALLS.has(name.toLowerCase()))
            return name;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/collectors/php/todos.ts


function php_todos_collectTodoComments(scan) {
    const { text } = scan;
    const { commentStarts, commentEnds } = scan.lexed;
    const findings = [];
    for (let index = 0; index < commentStarts.length; index++) {
        const start = commentStarts[index] ?? 0;
        const end = commentEnds[index] ?? start;
        const markerLength = text.charCodeAt(start) === 35 ? 1 : 2;
        const isBlock = text.charCodeAt(start + 1) === 42;
        const bodyEnd = isBlock && text.endsWith('*/', end) && end - start >= 4 ? end - 2 : end;
        const body = text.slice(start + markerLength, bodyEnd);
        const found = findTodoTag(body);
        if (found === undefined)
            continue;
        const finding = php_context_findingAt(scan, 'todo.comments', start + markerLength + found.index, todoMessage(body, found));
        finding.data = { tag: found.tag };
        findings.push(finding);
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/collectors/php-code.ts








function collectPhpEvidence(file, text) {
    const lexed = lexPhp(text);
    const scan = { file, text, lexed, tokens: lexed.tokens, lines: indexLines(text) };
    const functions = findFunctions(scan);
    // concat, not push(...spread): a generated file can hold more findings than a call takes arguments.
    const findings = tests_collectTests(scan, functions).concat(collectCatches(scan), php_todos_collectTodoComments(scan), stubs_collectPlaceholders(scan, functions));
    if (lexed.lostTrack !== undefined) {
        const finding = php_context_findingAt(scan, 'parse.errors', lexed.lostTrack.offset, '');
        finding.message =
            `could not follow PHP syntax after line ${finding.line} (${lexed.lostTrack.reason}); ` +
                'counts for this file may be incomplete';
        finding.data = { reason: lexed.lostTrack.reason };
        findings.push(finding);
    }
    return findings.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}
const phpCode = {
    id: 'php-code',
    wants: (file) => file.language === 'php',
    collect: collectPhpEvidence,
};

;// CONCATENATED MODULE: ./src/collectors/project-docs.ts
const DOCUMENTS = [
    { kind: 'docs.readme', message: 'README', stems: ['readme'], folders: ['', '.github/', 'docs/'] },
    { kind: 'docs.security-policy', message: 'security policy', stems: ['security'], folders: ['', '.github/', 'docs/'] },
    { kind: 'docs.changelog', message: 'changelog', stems: ['changelog', 'changes', 'history', 'news'], folders: [''] },
    { kind: 'docs.license', message: 'license', stems: ['license', 'licence', 'copying', 'unlicense'], folders: [''], variants: true },
];
const DOCUMENT_FOLDER_LENGTH = Math.max(...DOCUMENTS.flatMap((document) => document.folders.map((folder) => folder.length)));
// A folder named `runbooks` or `runbook` anywhere on the path, or a file name starting with `runbook`.
const RUNBOOK_PATH = /(?:^|\/)runbooks?\/|(?:^|\/)runbook[^/]*$/i;
const projectDocs = {
    id: 'project-docs',
    collect(files) {
        const findings = [];
        for (const file of files) {
            const slash = file.path.lastIndexOf('/');
            // Documents live at most one folder deep (.github/, docs/): deeper files need no closer look.
            if (slash < DOCUMENT_FOLDER_LENGTH) {
                const folder = file.path.slice(0, slash + 1).toLowerCase();
                const name = file.path.slice(slash + 1).replace(PROSE_EXTENSION, '').toLowerCase();
                const document = DOCUMENTS.find((entry) => entry.folders.includes(folder) && namesDocument(entry, name));
                if (document)
                    findings.push({ kind: document.kind, file: file.path, line: 0, message: document.message });
            }
            if (RUNBOOK_PATH.test(file.path))
                findings.push({ kind: 'docs.runbooks', file: file.path, line: 0, message: 'runbook' });
        }
        return findings;
    },
};
const PROSE_EXTENSION = /\.(md|markdown|mdx|rst|txt|adoc|asciidoc|org|textile)$/i;
function namesDocument(document, name) {
    return document.stems.some((stem) => name === stem || (document.variants === true && new RegExp(`^${stem}[-._][a-z0-9.-]+$`).test(name)));
}

;// CONCATENATED MODULE: ./src/collectors/python/handlers.ts


const handlers_CATCH_ALL = new Set(['Exception', 'BaseException']);
const SWALLOWING = new Set(['pass', '...', 'continue']);
/** The handler's type expression: tokens after `except` / `except*`, up to `as`. */
function typeRange(tokens) {
    const from = tokens[1]?.type === 'op' && tokens[1].text === '*' ? 2 : 1;
    let to = tokens.length;
    for (let i = from; i < tokens.length; i++) {
        if (tokens[i]?.type === 'name' && tokens[i]?.text === 'as') {
            to = i;
            break;
        }
    }
    return { from, to };
}
/** True when some element of the type (a name or a tuple of names) is Exception or BaseException. */
function catchesAll(tokens, from, to) {
    let depth = 0;
    let elementStart = true;
    for (let i = from; i < to; i++) {
        const token = tokens[i];
        if (token === undefined)
            break;
        if (token.type === 'op') {
            if (token.text === '(' || token.text === '[' || token.text === '{')
                depth += 1;
            else if (token.text === ')' || token.text === ']' || token.text === '}')
                depth -= 1;
            // Elements start after `(` or `,` of the outer tuple (or of `except A, B:` in Python 3.14).
            elementStart = depth <= 1 && (token.text === ',' || (token.text === '(' && depth === 1));
            continue;
        }
        if (elementStart && token.type === 'name') {
            const parts = dottedNameAt(tokens, i);
            const after = tokens[i + parts.length * 2 - 1];
            const endsElement = i + parts.length * 2 - 1 >= to || after?.text === ',' || after?.text === ')';
            if (endsElement && handlers_CATCH_ALL.has(lastPart(parts)))
                return true;
        }
        elementStart = false;
    }
    return false;
}
function swallowedBy(body) {
    if (body.length === 0 || !body.every((statement) => isSingleToken(statement, SWALLOWING)))
        return undefined;
    const words = [...new Set(body.map((statement) => statement.tokens[0]?.text ?? ''))];
    return words.map((word) => `\`${word}\``).join(' and ');
}
function collectHandlers(module, file, text) {
    const findings = [];
    walkStatements(module, (statement) => {
        if (statement.kind !== 'except')
            return;
        const { tokens } = statement;
        const { from, to } = typeRange(tokens);
        const bare = to <= from;
        const clause = bare ? 'except:' : sourceOf(text, tokens, 0, to);
        const base = { file: file.path, line: statement.line, column: statement.column, language: 'python' };
        if (bare) {
            findings.push({
                ...base,
                kind: 'catch.generic',
                message: 'bare `except:` catches every error, even KeyboardInterrupt; catch the exceptions you expect',
            });
        }
        else if (catchesAll(tokens, from, to)) {
            findings.push({
                ...base,
                kind: 'catch.generic',
                message: `\`${clause}\` catches every error; catch the exceptions you expect`,
            });
        }
        const swallowed = swallowedBy(statement.body);
        if (swallowed !== undefined) {
            findings.push({
                ...base,
                kind: 'catch.empty',
                message: `\`${clause}\` swallows the error: its body is only ${swallowed}`,
            });
        }
    });
    return findings;
}

;// CONCATENATED MODULE: ./src/collectors/python/stubs.ts


// Declarations whose body is meant to be empty: abstract methods and typing overloads.
const DECLARATION_DECORATORS = new Set([
    'abstractmethod', 'abstractproperty', 'abstractclassmethod', 'abstractstaticmethod', 'overload',
]);
const INTERFACE_BASES = new Set(['Protocol', 'ABC']);
const PLACEHOLDER_WORDS = new Set(['pass', '...']);
function isInterfaceClass(statement) {
    const header = classHeader(statement);
    if (header.bases.some((base) => INTERFACE_BASES.has(lastPart(base))))
        return true;
    return lastPart(header.keywords.get('metaclass') ?? []) === 'ABCMeta';
}
/** `raise NotImplementedError`, `raise NotImplementedError(…)`, also wrapped in parentheses. */
function raisesNotImplemented(tokens) {
    let from = 1;
    let to = tokens.length;
    while (tokens[from]?.text === '(' && closingBracket(tokens, from) === to - 1) {
        from += 1;
        to -= 1;
    }
    const name = tokens[from];
    if (name?.type !== 'name' || name.text !== 'NotImplementedError')
        return false;
    return to === from + 1 || (tokens[from + 1]?.text === '(' && closingBracket(tokens, from + 1) === to - 1);
}
/** `pass`, `...` or `raise NotImplementedError`, as shown to the user. */
function placeholderOf(statement) {
    if (isSingleToken(statement, PLACEHOLDER_WORDS))
        return statement.tokens[0]?.text;
    const { tokens } = statement;
    const raises = statement.kind === 'simple' && tokens[0]?.type === 'name' && tokens[0].text === 'raise';
    return raises && raisesNotImplemented(tokens) ? 'raise NotImplementedError' : undefined;
}
function collectStubs(module, file) {
    const findings = [];
    const interfaceClasses = new Map();
    walkStatements(module, (statement, owner) => {
        if (statement.kind !== 'def')
            return;
        if (statement.decorators.some((decorator) => DECLARATION_DECORATORS.has(lastPart(decoratorName(decorator))))) {
            return;
        }
        if (owner.kind === 'class') {
            let isInterface = interfaceClasses.get(owner);
            if (isInterface === undefined) {
                isInterface = isInterfaceClass(owner);
                interfaceClasses.set(owner, isInterface);
            }
            if (isInterface)
                return;
        }
        const { body } = statement;
        const rest = body[0] !== undefined && isStringOnly(body[0]) ? body.slice(1) : body;
        const only = rest.length === 1 && rest[0] !== undefined ? placeholderOf(rest[0]) : undefined;
        if (only === undefined)
            return;
        const name = owner.kind === 'class' ? `${definedName(owner)}.${definedName(statement)}` : definedName(statement);
        findings.push({
            kind: 'stubs.placeholder',
            file: file.path,
            line: statement.line,
            column: statement.column,
            language: 'python',
            message: `\`${name}\` is a placeholder: its body is only \`${only}\``,
        });
    });
    return findings;
}

;// CONCATENATED MODULE: ./src/collectors/python/tests.ts

// Blocks whose definitions still land in the enclosing module or class namespace.
const tests_NAMESPACE_BLOCKS = new Set(['if', 'elif', 'else', 'try', 'except', 'finally', 'with']);
const PYTEST_SKIP_MARKS = new Set(['skip', 'skipif', 'xfail']);
const UNITTEST_SKIP_DECORATORS = new Set(['skip', 'skipIf', 'skipUnless']);
/** Statements defined in a namespace: its body, looking through if/try/with blocks. */
function namespaceMembers(body, into = []) {
    for (const statement of body) {
        into.push(statement);
        if (tests_NAMESPACE_BLOCKS.has(statement.kind))
            namespaceMembers(statement.body, into);
    }
    return into;
}
function isPytestSkipMark(parts) {
    return parts.length >= 2 && parts[parts.length - 2] === 'mark' && PYTEST_SKIP_MARKS.has(lastPart(parts));
}
function isUnittestSkip(parts) {
    return UNITTEST_SKIP_DECORATORS.has(lastPart(parts)) &&
        (parts.length === 1 || parts[parts.length - 2] === 'unittest');
}
function skipDecorator(decorators) {
    for (const decorator of decorators) {
        const parts = decoratorName(decorator);
        if (isPytestSkipMark(parts) || isUnittestSkip(parts))
            return parts.join('.');
    }
    return undefined;
}
/** The first skip mark in a `pytestmark = …` (or `pytestmark: T = …`) assigned in this namespace. */
function pytestmarkSkip(body) {
    for (const statement of namespaceMembers(body)) {
        if (statement.kind !== 'simple' || !statement.startsWithName('pytestmark'))
            continue;
        const { tokens } = statement;
        const assign = tokens.findIndex((token) => token.type === 'op' && token.text === '=');
        if (assign < 0)
            continue;
        for (let i = assign + 1; i < tokens.length; i++) {
            if (tokens[i - 1]?.text === '.')
                continue;
            const parts = dottedNameAt(tokens, i);
            if (isPytestSkipMark(parts))
                return `${parts.join('.')} via pytestmark`;
        }
    }
    return undefined;
}
function isTestFunction(statement) {
    return statement.kind === 'def' && definedName(statement).startsWith('test');
}
function definesInit(body) {
    return namespaceMembers(body).some((member) => member.kind === 'def' && definedName(member) === '__init__');
}
function python_tests_collectTests(module, file) {
    const findings = [];
    const counted = new Set();
    const moduleSkip = pytestmarkSkip(module.body);
    // Read once per class: a class may hold thousands of tests.
    const classSkips = new Map();
    const classSkip = (statement) => {
        if (!classSkips.has(statement)) {
            classSkips.set(statement, skipDecorator(statement.decorators) ?? pytestmarkSkip(statement.body));
        }
        return classSkips.get(statement);
    };
    const addTest = (def, classes) => {
        if (counted.has(def))
            return;
        counted.add(def);
        const name = [...classes.map((enclosing) => enclosing.header.name), definedName(def)].join('.');
        const base = { file: file.path, line: def.line, column: def.column, language: 'python' };
        findings.push({ ...base, kind: 'tests.cases', message: `test \`${name}\`` });
        let mark = skipDecorator(def.decorators);
        for (let i = classes.length - 1; i >= 0 && mark === undefined; i--) {
            const enclosing = classes[i];
            if (enclosing === undefined)
                continue;
            mark = classSkip(enclosing.statement);
        }
        mark ??= moduleSkip;
        if (mark !== undefined) {
            findings.push({ ...base, kind: 'tests.skipped', message: `skipped test \`${name}\` (${mark})`, data: { mark } });
        }
    };
    const visitClasses = (body, classes, pytestScope) => {
        for (const statement of namespaceMembers(body)) {
            if (statement.kind !== 'class')
                continue;
            const header = classHeader(statement);
            const chain = [...classes, { statement, header }];
            const pytestClass = pytestScope && header.name.startsWith('Test') && !definesInit(statement.body);
            const unittestClass = header.bases.some((base) => lastPart(base).endsWith('TestCase'));
            if (pytestClass || unittestClass) {
                for (const member of namespaceMembers(statement.body))
                    if (isTestFunction(member))
                        addTest(member, chain);
            }
            visitClasses(statement.body, chain, pytestClass);
        }
    };
    if (file.isTestFile) {
        for (const statement of namespaceMembers(module.body))
            if (isTestFunction(statement))
                addTest(statement, []);
    }
    visitClasses(module.body, [], file.isTestFile);
    return findings;
}

;// CONCATENATED MODULE: ./src/collectors/python/todo.ts

function collectTodos(comments, file) {
    const findings = [];
    for (const comment of comments) {
        const body = comment.text.replace(/^#+/, '');
        const found = findTodoTag(body);
        if (found === undefined)
            continue;
        findings.push({
            kind: 'todo.comments',
            file: file.path,
            line: comment.line,
            column: comment.column,
            language: 'python',
            message: todoMessage(body, found),
            data: { tag: found.tag },
        });
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/collectors/python-code.ts






function parseError(file, line, reason) {
    return {
        kind: 'parse.errors',
        file: file.path,
        line,
        language: 'python',
        message: `could not follow Python syntax after line ${line} (${reason}); counts for this file may be incomplete`,
        data: { reason },
    };
}
function collectPython(file, text) {
    const lexed = lexPython(text);
    const tree = buildStatementTree(lexed.lines);
    // concat, not push(...spread): a generated file can hold more findings than a call takes arguments.
    let findings = python_tests_collectTests(tree.module, file).concat(collectTodos(lexed.comments, file));
    // Test code is excluded from catch and stub counts: swallowing errors or stubbing there is often the point.
    if (!file.isTest) {
        findings = findings.concat(collectHandlers(tree.module, file, text), collectStubs(tree.module, file));
    }
    if (lexed.error !== undefined)
        findings.push(parseError(file, lexed.error.line, lexed.error.reason));
    else if (tree.tooDeepLine !== undefined) {
        findings.push(parseError(file, tree.tooDeepLine, 'too many levels of indentation'));
    }
    return findings.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}
const pythonCode = {
    id: 'python-code',
    wants: (file) => file.language === 'python',
    collect: collectPython,
};

;// CONCATENATED MODULE: ./src/collectors/ruby/context.ts

function context_lineStarts(scan) {
    scan.lines ??= indexLines(scan.text);
    return scan.lines;
}
function ruby_context_findingAt(scan, kind, offset, message) {
    const lines = context_lineStarts(scan);
    return {
        kind,
        file: scan.file.path,
        line: lineAt(lines, offset),
        column: columnAt(lines, offset),
        message,
        language: 'ruby',
    };
}
/** Source text from `start` to `end` on one line, whitespace collapsed, cut to `max` characters. */
function context_excerpt(text, start, end, max = 80) {
    const flat = text.slice(start, Math.min(end, start + max * 4)).replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

;// CONCATENATED MODULE: ./src/collectors/ruby/tokens.ts
// The token stream of one Ruby file: parallel typed arrays rather than one object per token. Only code
// outside strings is here; a string (with everything interpolated into it) is one STRING token.

/** An identifier or keyword; `value` is MEMBER when it names a method (after `.`, `::` or `def`). */
const ruby_tokens_IDENT = 1;
/** An identifier starting with an uppercase letter. */
const CONST = 2;
/** `name:` in a hash or argument list. */
const LABEL = 3;
const ruby_tokens_NUMBER = 4;
/** A literal whose content never counts; `value` says which (QUOTED, REGEX, SYMBOL…). */
const ruby_tokens_STRING = 5;
/** `@x`, `@@x`, `$x`. */
const tokens_VARIABLE = 6;
const ruby_tokens_PUNCT = 7;
/** A line break that ends a statement (never one after an operator or a comma). */
const tokens_NEWLINE = 8;
// STRING values.
/** `'…'`, `"…"`, `%q`, `%Q`, `%()` and heredocs: what a test description may be. */
const QUOTED = 1;
const tokens_REGEX = 2;
const tokens_SYMBOL = 3;
/** `%w`, `%W`, `%i`, `%I`. */
const WORDS = 4;
/** Backticks and `%x`. */
const COMMAND = 5;
/** `?a`. */
const CHARACTER = 6;
const MEMBER = 1;
// PUNCT values: single characters use their char code; multi-character ones the analysis reads
// get their own value, every other one is OTHER_OPERATOR.
const tokens_SCOPE = 256;
const SAFE_NAVIGATION = 257;
const HASH_ROCKET = 258;
const ruby_tokens_OTHER_OPERATOR = 259;
/** The `|` closing a block's parameters, after which a statement starts. */
const BLOCK_PARAMETERS_END = 260;
const ruby_tokens_OPEN_PAREN = 40;
const ruby_tokens_CLOSE_PAREN = 41;
const ruby_tokens_COMMA = 44;
const ruby_tokens_DOT = 46;
const ruby_tokens_SEMICOLON = 59;
const ruby_tokens_EQUALS = 61;
const ruby_tokens_OPEN_BRACKET = 91;
const ruby_tokens_CLOSE_BRACKET = 93;
const ruby_tokens_OPEN_BRACE = 123;
const ruby_tokens_PIPE = 124;
const ruby_tokens_CLOSE_BRACE = 125;

/**
 * The buffer cut to its tokens. Views, not copies: reading past the last token gives undefined, as
 * the analyses expect, instead of the buffer's unused capacity.
 */
function trimmedTokens(tokens) {
    const { count } = tokens;
    return {
        count,
        kinds: tokens.kinds.subarray(0, count),
        starts: tokens.starts.subarray(0, count),
        ends: tokens.ends.subarray(0, count),
        values: tokens.values.subarray(0, count),
        partners: tokens.partners.subarray(0, count),
    };
}
function ruby_tokens_isPunct(tokens, index, value) {
    return tokens.kinds[index] === ruby_tokens_PUNCT && tokens.values[index] === value;
}
function ruby_tokens_tokenText(text, tokens, index) {
    return text.slice(tokens.starts[index] ?? 0, tokens.ends[index] ?? 0);
}
/** An identifier that is not a method name, spelled `word`: a keyword or a bare call such as `it`. */
function ruby_tokens_isWord(text, tokens, index, word) {
    if (tokens.kinds[index] !== ruby_tokens_IDENT || tokens.values[index] === MEMBER)
        return false;
    const start = tokens.starts[index] ?? 0;
    return (tokens.ends[index] ?? 0) - start === word.length && text.startsWith(word, start);
}
/** True for a NEWLINE or `;` token: the end of a statement. */
function endsStatement(tokens, index) {
    return tokens.kinds[index] === tokens_NEWLINE || ruby_tokens_isPunct(tokens, index, ruby_tokens_SEMICOLON);
}
function ruby_tokens_partnerOf(tokens, index) {
    return tokens.partners[index] ?? -1;
}

;// CONCATENATED MODULE: ./src/collectors/ruby/statements.ts
// Statement boundaries in the token stream. A NEWLINE token only exists where a line break ends a
// statement (the lexer drops those after operators and commas), so a statement ends at the first
// NEWLINE or `;` outside brackets.

/** Keywords after which a new statement begins on the same line (`begin; x`, `do skip end`). */
const STATEMENT_OPENERS = ['do', 'then', 'else', 'begin', 'ensure'];
/** True when the token at `index` is the first of a statement. */
function startsStatement(text, tokens, index) {
    const previous = index - 1;
    if (previous < 0 || endsStatement(tokens, previous))
        return true;
    if (ruby_tokens_isPunct(tokens, previous, ruby_tokens_OPEN_BRACE) || ruby_tokens_isPunct(tokens, previous, BLOCK_PARAMETERS_END))
        return true;
    return STATEMENT_OPENERS.some((word) => ruby_tokens_isWord(text, tokens, previous, word));
}
/**
 * Index of the NEWLINE or `;` ending the statement that starts at `from` (the token count at the end
 * of the file); with `inBlock`, also a bracket closing around it, as in `{ skip "why" }`.
 */
function statementEnd(tokens, from, inBlock = false) {
    let index = from;
    while (index < tokens.count) {
        if (endsStatement(tokens, index))
            return index;
        const partner = ruby_tokens_partnerOf(tokens, index);
        if (inBlock && partner >= 0 && partner < index)
            return index;
        index = partner > index ? partner + 1 : index + 1;
    }
    return tokens.count;
}
/** Index of the first token at or after `from` that is not a NEWLINE or `;`. */
function skipSeparators(tokens, from) {
    let index = from;
    while (index < tokens.count && endsStatement(tokens, index))
        index++;
    return index;
}
/** True when a bare word from `words` appears in `from`…`to` outside brackets. */
function hasWordOutsideBrackets(text, tokens, from, to, words) {
    let index = from;
    while (index < to) {
        const partner = ruby_tokens_partnerOf(tokens, index);
        if (partner > index) {
            index = partner + 1;
            continue;
        }
        for (const word of words)
            if (ruby_tokens_isWord(text, tokens, index, word))
                return true;
        index++;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/collectors/ruby/catches.ts



const CLAUSE_ENDS = ['rescue', 'else', 'ensure', 'end'];
const EVERY_EXCEPTION = 'Exception';
const EVERY_STANDARD_ERROR = 'StandardError';
function collectRescues(scan) {
    if (scan.file.isTest)
        return [];
    const { tokens, text } = scan;
    const findings = [];
    // Every `rescue` token starts where the text spells `rescue`: look only there, not at every token.
    for (let offset = text.indexOf('rescue'); offset !== -1; offset = text.indexOf('rescue', offset + 1)) {
        const index = firstTokenFrom(tokens, offset);
        if (tokens.starts[index] !== offset || !ruby_tokens_isWord(text, tokens, index, 'rescue'))
            continue;
        if (!startsStatement(text, tokens, index)) {
            const rest = context_excerpt(text, offset, tokens.starts[statementEnd(tokens, index, true)] ?? text.length, 60);
            findings.push(ruby_context_findingAt(scan, 'catch.rescue-modifier', offset, `\`${rest}\` modifier rescues every StandardError the statement raises`));
            continue;
        }
        const headerEnd = clauseHeaderEnd(scan, index + 1);
        const clause = context_excerpt(text, offset, tokens.ends[headerEnd - 1] ?? offset);
        const generic = genericMessage(scan, index + 1, headerEnd, clause);
        if (generic !== undefined)
            findings.push(ruby_context_findingAt(scan, 'catch.generic', offset, generic));
        const next = skipSeparators(tokens, ruby_tokens_isWord(text, tokens, headerEnd, 'then') ? headerEnd + 1 : headerEnd);
        if (CLAUSE_ENDS.some((word) => ruby_tokens_isWord(text, tokens, next, word))) {
            findings.push(ruby_context_findingAt(scan, 'catch.empty', offset, `\`${clause}\` swallows the error: its body is empty`));
        }
    }
    return findings;
}
/** The token after `rescue A, B => e`: a NEWLINE, `;` or `then` outside brackets. */
function clauseHeaderEnd(scan, from) {
    const { tokens, text } = scan;
    let index = from;
    while (index < tokens.count && !endsStatement(tokens, index) && !ruby_tokens_isWord(text, tokens, index, 'then')) {
        const partner = ruby_tokens_partnerOf(tokens, index);
        index = partner > index ? partner + 1 : index + 1;
    }
    return index;
}
function genericMessage(scan, from, to, clause) {
    const { tokens } = scan;
    let listEnd = from;
    while (listEnd < to && !ruby_tokens_isPunct(tokens, listEnd, HASH_ROCKET))
        listEnd++;
    if (listEnd === from) {
        const what = to === from ? 'bare `rescue`' : `\`${clause}\``;
        return `${what} catches every StandardError; rescue the exceptions you expect`;
    }
    let elementStart = from;
    let widest;
    for (let index = from; index <= listEnd; index++) {
        if (index < listEnd && !ruby_tokens_isPunct(tokens, index, ruby_tokens_COMMA))
            continue;
        const name = catchAllName(scan, elementStart, index);
        if (name === EVERY_EXCEPTION || (name === EVERY_STANDARD_ERROR && widest === undefined))
            widest = name;
        elementStart = index + 1;
    }
    if (widest === EVERY_EXCEPTION) {
        return `\`${clause}\` catches every exception, even Interrupt and SystemExit; rescue the exceptions you expect`;
    }
    return widest === undefined ? undefined : `\`${clause}\` catches every StandardError; rescue the exceptions you expect`;
}
/** `Exception` or `StandardError` when the element `from`…`to` is one of them, plain or `::`-rooted. */
function catchAllName(scan, from, to) {
    const { tokens, text } = scan;
    const name = ruby_tokens_isPunct(tokens, from, tokens_SCOPE) ? from + 1 : from;
    if (name !== to - 1 || tokens.kinds[name] !== CONST)
        return undefined;
    const word = ruby_tokens_tokenText(text, tokens, name);
    return word === EVERY_EXCEPTION || word === EVERY_STANDARD_ERROR ? word : undefined;
}

;// CONCATENATED MODULE: ./src/collectors/ruby/chars.ts
// Character classes by char code. Non-ASCII characters are identifier characters, as in Ruby.
function chars_isSpace(code) {
    return code === 32 || code === 9 || code === 13 || code === 11 || code === 12;
}
function ruby_chars_isDigit(code) {
    return code >= 48 && code <= 57;
}
function isUpper(code) {
    return code >= 65 && code <= 90;
}
function ruby_chars_isIdentifierStart(code) {
    return (code >= 97 && code <= 122) || isUpper(code) || code === 95 || code >= 0x80;
}
/** 1 for each ASCII identifier character: one load per character where identifiers are scanned. */
const ASCII_IDENTIFIER_PARTS = new Uint8Array(128).map((_, code) => (ruby_chars_isIdentifierStart(code) || ruby_chars_isDigit(code) ? 1 : 0));
function ruby_chars_isIdentifierPart(code) {
    // Past the end of the text `code` is NaN, and both comparisons are false.
    return code < 128 ? ASCII_IDENTIFIER_PARTS[code] === 1 : code >= 0x80;
}
/** Index of the first character at or after `from` that is not a space; a line break is not one. */
function chars_skipSpaces(text, from) {
    let pos = from;
    while (chars_isSpace(text.charCodeAt(pos)))
        pos++;
    return pos;
}
/** Index of the first character at or after `from` that is not an identifier character. */
function ruby_chars_skipIdentifier(text, from) {
    let pos = from;
    while (ruby_chars_isIdentifierPart(text.charCodeAt(pos)))
        pos++;
    return pos;
}
/** `?` or `!` ending a method name (`empty?`, `save!`), but not the `!=` or `?=`… that may follow a name. */
function skipPredicateSuffix(text, pos) {
    const code = text.charCodeAt(pos);
    if (code !== 63 && code !== 33)
        return pos;
    const next = text.charCodeAt(pos + 1);
    if (next === 61 && text.charCodeAt(pos + 2) !== 61 && text.charCodeAt(pos + 2) !== 126)
        return pos;
    // `a ?b :c`, a ternary without spaces after a variable, is read as `a?` too: far rarer than `x.empty?`.
    return pos + 1;
}

;// CONCATENATED MODULE: ./src/collectors/ruby/lex-state.ts
// Shared state of one Ruby lexing run. Strings and the code interpolated into them nest through an
// explicit frame stack, so deeply nested input never grows the call stack.

/** What the previous token lets the next `/`, `%`, `<<`, `?` or `:` be. */
const EXPECT_VALUE = 0;
/** After a value (`)`, a literal, a variable…): `/` divides, `?` is the ternary operator. */
const AFTER_VALUE = 1;
/** After a bare identifier, which may be a method called without parentheses (`puts /x/`). */
const AFTER_IDENTIFIER = 2;
function ruby_lex_state_createLexState(text, tokens) {
    return {
        text,
        pos: text.charCodeAt(0) === 0xfeff ? 1 : 0,
        tokens,
        commentStarts: [],
        bodyStarts: [],
        bodyEnds: [],
        frames: [],
        openBrackets: [],
        heredocs: [],
        expect: EXPECT_VALUE,
        lastKind: 0,
        lastValue: 0,
        lastKeyword: '',
        inBlockParameters: false,
        lostTrack: undefined,
    };
}
/** Records the first place the lexer lost track; later problems are usually its consequences. */
function ruby_lex_state_loseTrack(state, offset, reason) {
    if (state.lostTrack === undefined)
        state.lostTrack = { offset, reason };
}
/**
 * Records a token. Tokens inside `#{}` only steer the lexer: the string they belong to becomes one
 * token when it closes, so analyses never see code that is part of a string.
 */
function emit(state, kind, start, end, value, expect) {
    if (state.frames.length === 0)
        pushToken(state.tokens, kind, start, end, value);
    state.expect = expect;
    state.lastKind = kind;
    state.lastValue = value;
    state.lastKeyword = '';
}
function lex_state_addComment(state, start, bodyStart, bodyEnd) {
    state.commentStarts.push(start);
    state.bodyStarts.push(bodyStart);
    state.bodyEnds.push(bodyEnd);
}
/** A `.method` on the next line continues the statement, so the line break before it is taken back. */
function dropTrailingNewline(state) {
    const { tokens } = state;
    // A NEWLINE never has a partner, so the next token pushed here overwrites all that it set.
    if (state.frames.length === 0 && tokens.count > 0 && tokens.kinds[tokens.count - 1] === tokens_NEWLINE)
        tokens.count--;
}
/**
 * The innermost string or interpolation, or undefined in top-level code. Never `frames[length - 1]`
 * on an empty stack: reading index -1 is a slow named-property lookup, and this runs once per token.
 */
function innermostFrame(state) {
    const depth = state.frames.length;
    return depth === 0 ? undefined : state.frames[depth - 1];
}
function isLineStart(text, pos) {
    return pos === 0 || text.charCodeAt(pos - 1) === 10;
}

;// CONCATENATED MODULE: ./src/collectors/ruby/keywords.ts
// The keywords that steer the lexer, found without slicing every identifier out of the text: most
// identifiers are ruled out by their length and first letter alone, the rest by one or two compares.

/** Keywords after which an expression starts, so `/` begins a regex and `?a` is a character. */
const keywords_EXPRESSION_KEYWORDS = [
    'if', 'unless', 'while', 'until', 'and', 'or', 'not', 'return', 'when', 'case', 'in', 'then', 'else',
    'elsif', 'do', 'begin', 'rescue', 'ensure', 'yield', 'break', 'next', 'module',
];
/** Keywords that are values, so `/` after them divides. `class` too: `class << self` is not a heredoc. */
const VALUE_KEYWORDS = [
    'end', 'self', 'nil', 'true', 'false', 'redo', 'retry', 'class', '__FILE__', '__LINE__', '__ENCODING__', '__method__',
];
/** Words the lexer acts on that leave the next token as after any identifier: a method definition and the end of code. */
const OTHER_KEYWORDS = ['def', '__END__'];
const KEYWORDS = [
    ...keywords_EXPRESSION_KEYWORDS.map((word) => ({ word, expect: EXPECT_VALUE })),
    ...VALUE_KEYWORDS.map((word) => ({ word, expect: AFTER_VALUE })),
    ...OTHER_KEYWORDS.map((word) => ({ word, expect: AFTER_IDENTIFIER })),
];
const LONGEST = Math.max(...KEYWORDS.map(({ word }) => word.length));
/** A letter's slot: its low five bits, the same for both cases, which `startsWith` then tells apart. */
function letterSlot(code) {
    return code & 31;
}
/** Per length, a bit for each first letter some keyword of that length has: most words stop here. */
const FIRST_LETTERS = new Int32Array(LONGEST + 1);
/** Keywords by `length * 32 + letterSlot(first letter)`. */
const CANDIDATES = Array.from({ length: (LONGEST + 1) * 32 }, () => []);
for (const keyword of KEYWORDS) {
    const { length } = keyword.word;
    const slot = letterSlot(keyword.word.charCodeAt(0));
    FIRST_LETTERS[length] = (FIRST_LETTERS[length] ?? 0) | (1 << slot);
    CANDIDATES[length * 32 + slot]?.push(keyword);
}
/** The keyword spelled by `start`…`end`, or undefined for any other word. */
function keywordAt(text, start, end) {
    const length = end - start;
    if (length > LONGEST)
        return undefined;
    const first = text.charCodeAt(start);
    const slot = letterSlot(first);
    if (first >= 128 || ((FIRST_LETTERS[length] ?? 0) & (1 << slot)) === 0)
        return undefined;
    const candidates = CANDIDATES[length * 32 + slot] ?? [];
    for (let index = 0; index < candidates.length; index++) {
        const keyword = candidates[index];
        if (keyword !== undefined && text.startsWith(keyword.word, start))
            return keyword;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/collectors/ruby/literals.ts
// Ruby literals whose content never counts: quoted and percent strings, regexes, heredocs,
// symbols and `?a` characters. A string's content is scanned by `scanStringContent` one frame at a
// time; `#{` pushes a code frame that the main lexer reads until its balancing `}`.



/** Operator method names that may follow `:` in a symbol (`:<=>`, `:[]=`), longest first. */
const OPERATOR_NAMES = [
    '[]=', '<=>', '===', '[]', '==', '=~', '!=', '!~', '**', '+@', '-@', '<<', '>>', '<=', '>=',
    '+', '-', '*', '/', '%', '<', '>', '!', '&', '|', '^', '~', '`',
];
function operatorNameAt(text, pos) {
    return OPERATOR_NAMES.find((name) => text.startsWith(name, pos));
}
function openString(state, start, contentStart, delimiter, interpolates, value, what) {
    const close = closingDelimiter(delimiter);
    state.frames.push({
        type: 'string',
        start,
        close,
        open: close === delimiter ? -1 : delimiter,
        depth: 0,
        interpolates,
        value,
        what,
    });
    state.pos = contentStart;
}
function closingDelimiter(open) {
    if (open === 40)
        return 41;
    if (open === 91)
        return 93;
    if (open === 123)
        return 125;
    if (open === 60)
        return 62;
    return open;
}
/** Reads string content up to its end (then emits the literal) or up to a `#{`. */
function scanStringContent(state, frame) {
    const { text } = state;
    let pos = state.pos;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        if (code === 92) {
            pos += 2;
        }
        else if (code === 35 && frame.interpolates && text.charCodeAt(pos + 1) === 123) {
            state.frames.push({ type: 'code', start: pos, braces: 0 });
            state.pos = pos + 2;
            state.expect = EXPECT_VALUE;
            return;
        }
        else if (code === frame.open) {
            frame.depth++;
            pos++;
        }
        else if (code === frame.close && frame.depth > 0) {
            frame.depth--;
            pos++;
        }
        else if (code === frame.close) {
            pos++;
            // Regex options: /…/imxo and the encodings n, e, s, u.
            if (frame.value === tokens_REGEX)
                while (pos < text.length && ruby_chars_isIdentifierPart(text.charCodeAt(pos)))
                    pos++;
            state.frames.pop();
            emit(state, ruby_tokens_STRING, frame.start, pos, frame.value, AFTER_VALUE);
            state.pos = pos;
            return;
        }
        else {
            pos++;
        }
    }
    state.pos = text.length;
}
/** True when a regex from `pos` closes on its own line: required where `/` could also divide. */
function regexClosesOnLine(text, pos) {
    for (let at = pos + 1; at < text.length; at++) {
        const code = text.charCodeAt(at);
        if (code === 10)
            return false;
        if (code === 92)
            at++;
        else if (code === 47)
            return true;
    }
    return false;
}
const PERCENT_TYPES = {
    q: { value: QUOTED, interpolates: false, what: '%q string' },
    Q: { value: QUOTED, interpolates: true, what: '%Q string' },
    w: { value: WORDS, interpolates: false, what: '%w array' },
    W: { value: WORDS, interpolates: true, what: '%W array' },
    i: { value: WORDS, interpolates: false, what: '%i array' },
    I: { value: WORDS, interpolates: true, what: '%I array' },
    r: { value: tokens_REGEX, interpolates: true, what: '%r regex' },
    s: { value: tokens_SYMBOL, interpolates: false, what: '%s symbol' },
    x: { value: COMMAND, interpolates: true, what: '%x command' },
};
function isPercentDelimiter(code) {
    return code > 32 && code < 127 && !ruby_chars_isIdentifierPart(code);
}
/** `%q(…)`, `%w[…]`, `%(…)`… at `state.pos`; false when the `%` is the modulo operator. */
function readPercentLiteral(state) {
    const { text } = state;
    const start = state.pos;
    const letter = text.charAt(start + 1);
    const typed = PERCENT_TYPES[letter];
    if (typed !== undefined && isPercentDelimiter(text.charCodeAt(start + 2))) {
        openString(state, start, start + 3, text.charCodeAt(start + 2), typed.interpolates, typed.value, typed.what);
        return true;
    }
    if (!isPercentDelimiter(text.charCodeAt(start + 1)))
        return false;
    openString(state, start, start + 2, text.charCodeAt(start + 1), true, QUOTED, '%() string');
    return true;
}
/**
 * `<<~ID`, `<<-ID`, `<<ID` or a quoted ID. Where `<<` could also append (after a bare identifier),
 * only `<<~`/`<<-` forms and uppercase IDs are heredocs, as in `puts <<~EOS` or `p <<EOS`.
 */
function readHeredocStart(state, ambiguous) {
    const { text } = state;
    const start = state.pos;
    let pos = start + 2;
    const flag = text.charCodeAt(pos);
    const indented = flag === 126 || flag === 45;
    if (indented)
        pos++;
    const quote = text.charCodeAt(pos);
    let terminator;
    let end;
    if (quote === 39 || quote === 34 || quote === 96) {
        const close = text.indexOf(text.charAt(pos), pos + 1);
        const newline = text.indexOf('\n', pos + 1);
        if (close === -1 || (newline !== -1 && newline < close) || (ambiguous && !indented))
            return false;
        terminator = text.slice(pos + 1, close);
        end = close + 1;
    }
    else if (ruby_chars_isIdentifierStart(quote) && (!ambiguous || indented || isUpper(quote))) {
        end = ruby_chars_skipIdentifier(text, pos + 1);
        terminator = text.slice(pos, end);
    }
    else {
        return false;
    }
    state.heredocs.push({ start, terminator, indented });
    emit(state, ruby_tokens_STRING, start, end, QUOTED, AFTER_VALUE);
    state.pos = end;
    return true;
}
/** At the start of the line after heredoc starts: skips each body, in order, past its terminator. */
function literals_skipHeredocBodies(state) {
    const { text } = state;
    for (const heredoc of state.heredocs) {
        let found = false;
        while (state.pos < text.length && !found) {
            const newline = text.indexOf('\n', state.pos);
            const lineEnd = newline === -1 ? text.length : newline;
            let from = state.pos;
            if (heredoc.indented)
                while (from < lineEnd && chars_isSpace(text.charCodeAt(from)))
                    from++;
            let to = lineEnd;
            if (text.charCodeAt(to - 1) === 13)
                to--;
            found = to - from === heredoc.terminator.length && text.startsWith(heredoc.terminator, from);
            state.pos = newline === -1 ? text.length : newline + 1;
        }
        if (!found)
            ruby_lex_state_loseTrack(state, heredoc.start, `unterminated heredoc <<${heredoc.terminator}`);
    }
    state.heredocs.length = 0;
}
/** `?a`, `?\n`, `?\u{1F600}`: the end of a character literal at `pos`, or -1 when `?` is an operator. */
function characterLiteralEnd(text, pos) {
    const first = text.charCodeAt(pos + 1);
    if (Number.isNaN(first) || chars_isSpace(first) || first === 10)
        return -1;
    let end = pos + 2;
    if (first === 92) {
        // \C-x, \M-x, \M-\C-x, \cx, \uXXXX, \u{…}: control prefixes, then one escaped character.
        let at = pos + 1;
        for (let steps = 0; steps < 4 && text.charCodeAt(at) === 92; steps++) {
            const kind = text.charAt(at + 1);
            if ((kind === 'C' || kind === 'M') && text.charCodeAt(at + 2) === 45)
                at += 3;
            else if (kind === 'c')
                at += 2;
            else
                break;
        }
        if (text.charCodeAt(at) !== 92)
            return at + 1;
        const kind = text.charAt(at + 1);
        if (kind === 'u' && text.charCodeAt(at + 2) === 123) {
            const close = text.indexOf('}', at);
            return close === -1 ? -1 : close + 1;
        }
        end = at + 2;
        if (kind === 'u')
            while (end < at + 6 && ruby_chars_isIdentifierPart(text.charCodeAt(end)))
                end++;
        return end;
    }
    if (first >= 0xd800 && first <= 0xdbff)
        end++;
    if (ruby_chars_isIdentifierPart(first) && ruby_chars_isIdentifierPart(text.charCodeAt(end)))
        return -1;
    return end;
}
/** `:name`, `:"…"`, `:'…'`, `:@x`, `:$x`, `:<=>` at `state.pos`; false for a plain `:`. */
function literals_readSymbol(state) {
    const { text } = state;
    const start = state.pos;
    const next = text.charCodeAt(start + 1);
    if (next === 34 || next === 39) {
        openString(state, start, start + 2, next, next === 34, tokens_SYMBOL, 'quoted symbol');
        return true;
    }
    let end = -1;
    if (ruby_chars_isIdentifierStart(next)) {
        end = skipPredicateSuffix(text, ruby_chars_skipIdentifier(text, start + 2));
        const after = text.charCodeAt(end + 1);
        if (text.charCodeAt(end) === 61 && after !== 61 && after !== 126 && after !== 62)
            end++;
    }
    else if (next === 64 || next === 36) {
        let at = start + 2;
        if (text.charCodeAt(at) === 64)
            at++;
        if (ruby_chars_isIdentifierStart(text.charCodeAt(at)) || (next === 36 && ruby_chars_isDigit(text.charCodeAt(at))))
            end = ruby_chars_skipIdentifier(text, at + 1);
    }
    else {
        const operator = operatorNameAt(text, start + 1);
        if (operator !== undefined)
            end = start + 1 + operator.length;
    }
    if (end === -1)
        return false;
    emit(state, ruby_tokens_STRING, start, end, tokens_SYMBOL, AFTER_VALUE);
    state.pos = end;
    return true;
}
function readCharacterLiteral(state) {
    const end = characterLiteralEnd(state.text, state.pos);
    if (end === -1)
        return false;
    emit(state, ruby_tokens_STRING, state.pos, end, CHARACTER, AFTER_VALUE);
    state.pos = end;
    return true;
}

;// CONCATENATED MODULE: ./src/collectors/ruby/punctuation.ts
// Operators and brackets, and the characters that start a literal only where a value may begin:
// `/` (regex), `%` (percent literal), `<<` (heredoc), `?` (character) and `:` (symbol).




function punctuation_readPunctuation(state, code) {
    const { text } = state;
    const pos = state.pos;
    const next = text.charCodeAt(pos + 1);
    switch (code) {
        case 34:
            openString(state, pos, pos + 1, code, true, QUOTED, 'string');
            return;
        case 39:
            openString(state, pos, pos + 1, code, false, QUOTED, 'string');
            return;
        case 96:
            openString(state, pos, pos + 1, code, true, COMMAND, 'backtick command');
            return;
        case 40:
        case 91:
        case 123:
            punctuation_openBracket(state, code);
            return;
        case 41:
        case 93:
        case 125:
            punctuation_closeBracket(state, code);
            return;
        case 47:
            if (startsLiteral(state, next) && (state.expect === EXPECT_VALUE || regexClosesOnLine(text, pos))) {
                openString(state, pos, pos + 1, code, true, tokens_REGEX, 'regex');
                return;
            }
            break;
        case 37:
            if (startsLiteral(state, next) && readPercentLiteral(state))
                return;
            break;
        case 60:
            if (next === 60) {
                if (startsLiteral(state, text.charCodeAt(pos + 2)) && readHeredocStart(state, state.expect !== EXPECT_VALUE))
                    return;
                punct(state, 2, ruby_tokens_OTHER_OPERATOR);
                return;
            }
            break;
        case 63:
            if (startsLiteral(state, next) && readCharacterLiteral(state))
                return;
            break;
        case 58:
            if (next === 58) {
                punct(state, 2, tokens_SCOPE);
                return;
            }
            if (literals_readSymbol(state))
                return;
            break;
        case 124:
            readPipe(state, next);
            return;
        case 46:
            if (next === 46) {
                punct(state, text.charCodeAt(pos + 2) === 46 ? 3 : 2, ruby_tokens_OTHER_OPERATOR);
                return;
            }
            dropTrailingNewline(state);
            punct(state, 1, ruby_tokens_DOT);
            return;
        case 38:
            if (next === 46) {
                dropTrailingNewline(state);
                punct(state, 2, SAFE_NAVIGATION);
                return;
            }
            if (next === 38) {
                punct(state, 2, ruby_tokens_OTHER_OPERATOR);
                return;
            }
            break;
        case 61:
            if (next === 62) {
                punct(state, 2, HASH_ROCKET);
                return;
            }
            // `==`, `===` and `=~` are comparisons; a lone `=` assigns (or starts an endless method body).
            if (next === 61 || next === 126) {
                punct(state, next === 61 && text.charCodeAt(pos + 2) === 61 ? 3 : 2, ruby_tokens_OTHER_OPERATOR);
                return;
            }
            break;
        case 33:
            if (next === 61 || next === 126) {
                punct(state, 2, ruby_tokens_OTHER_OPERATOR);
                return;
            }
            break;
    }
    punct(state, 1, code);
}
/**
 * Whether a literal may start here: wherever a value is expected, or after a bare identifier and a
 * space when the next character is not a space or `=` (`puts /x/`, `p %w[a]`, but `a / b`, `a /= 2`).
 */
function startsLiteral(state, next) {
    if (state.expect === EXPECT_VALUE)
        return true;
    if (state.expect !== AFTER_IDENTIFIER || !chars_isSpace(state.text.charCodeAt(state.pos - 1)))
        return false;
    return !Number.isNaN(next) && next !== 10 && next !== 61 && !chars_isSpace(next);
}
function punct(state, length, value) {
    emit(state, ruby_tokens_PUNCT, state.pos, state.pos + length, value, EXPECT_VALUE);
    state.pos += length;
}
function punctuation_openBracket(state, code) {
    const frame = innermostFrame(state);
    if (frame?.type === 'code') {
        if (code === ruby_tokens_OPEN_BRACE)
            frame.braces++;
    }
    else {
        state.openBrackets.push(state.tokens.count);
    }
    punct(state, 1, code);
}
function punctuation_closeBracket(state, code) {
    const frame = innermostFrame(state);
    if (frame?.type === 'code') {
        if (code === ruby_tokens_CLOSE_BRACE) {
            if (frame.braces === 0) {
                // The `}` ending `#{ … }`: back to the string around it.
                state.frames.pop();
                state.pos++;
                return;
            }
            frame.braces--;
        }
        emit(state, ruby_tokens_PUNCT, state.pos, state.pos + 1, code, AFTER_VALUE);
        state.pos++;
        return;
    }
    const { tokens } = state;
    const depth = state.openBrackets.length;
    const open = depth === 0 ? -1 : (state.openBrackets[depth - 1] ?? -1);
    const opener = code === 41 ? 40 : code - 2;
    if (open !== -1 && tokens.values[open] === opener) {
        state.openBrackets.pop();
        tokens.partners[open] = tokens.count;
        emit(state, ruby_tokens_PUNCT, state.pos, state.pos + 1, code, AFTER_VALUE);
        tokens.partners[tokens.count - 1] = open;
    }
    else {
        ruby_lex_state_loseTrack(state, state.pos, `unmatched \`${String.fromCharCode(code)}\``);
        emit(state, ruby_tokens_PUNCT, state.pos, state.pos + 1, code, AFTER_VALUE);
    }
    state.pos++;
}
/** `|` opening or closing a block's parameters (`do |a, b|`, `{ |x| }`), else the operator. */
function readPipe(state, next) {
    if (state.inBlockParameters) {
        state.inBlockParameters = false;
        punct(state, 1, BLOCK_PARAMETERS_END);
        return;
    }
    const opensBlock = (state.lastKind === ruby_tokens_PUNCT && state.lastValue === ruby_tokens_OPEN_BRACE) ||
        (state.lastKind === ruby_tokens_IDENT && state.lastKeyword === 'do');
    if (opensBlock && next === 124) {
        punct(state, 2, BLOCK_PARAMETERS_END);
    }
    else if (opensBlock) {
        state.inBlockParameters = true;
        punct(state, 1, ruby_tokens_PIPE);
    }
    else {
        punct(state, next === 124 ? 2 : 1, next === 124 ? ruby_tokens_OTHER_OPERATOR : ruby_tokens_PIPE);
    }
}

;// CONCATENATED MODULE: ./src/collectors/ruby/lexer.ts
// One pass over Ruby text producing the significant tokens outside strings and the comments. It is
// a lexer, not a parser: whether `/`, `%`, `<<`, `?` or `:` starts a literal is decided by the
// previous token, as Ruby's own lexer does, except that it cannot know local variable names.






const CONTINUING_KEYWORDS = new Set(['and', 'or', 'not']);
/**
 * Lexes `text`. With `reuse`, tokens go into that buffer, overwriting what an earlier call put there:
 * for a caller that is done with the previous result before lexing the next file.
 */
function lexRuby(text, reuse) {
    let tokens = reuse;
    if (tokens === undefined)
        tokens = createTokenBuffer();
    else
        clearTokens(tokens);
    const state = ruby_lex_state_createLexState(text, tokens);
    while (state.pos < text.length) {
        const frame = innermostFrame(state);
        if (frame?.type === 'string')
            scanStringContent(state, frame);
        else if (!lexer_readCode(state))
            break;
    }
    lexer_reportUnclosed(state);
    return {
        tokens: trimmedTokens(state.tokens),
        commentStarts: state.commentStarts,
        bodyStarts: state.bodyStarts,
        bodyEnds: state.bodyEnds,
        lostTrack: state.lostTrack,
    };
}
/** Reads the spaces before one token or comment and that token; false at `__END__`, after which the file is data. */
function lexer_readCode(state) {
    const { text } = state;
    state.pos = chars_skipSpaces(text, state.pos);
    if (state.pos >= text.length)
        return true;
    const code = text.charCodeAt(state.pos);
    if (code === 10)
        readNewline(state);
    else if (code === 92 && (text.charCodeAt(state.pos + 1) === 10 || text.startsWith('\r\n', state.pos + 1))) {
        // A backslash at the end of a line joins the next line to this statement.
        state.pos = text.indexOf('\n', state.pos) + 1;
    }
    else if (code === 35)
        lexer_readLineComment(state);
    else if (code === 61 && isLineStart(text, state.pos) && startsLineWord(text, state.pos, '=begin'))
        lexer_readBlockComment(state);
    else if (ruby_chars_isIdentifierStart(code))
        return lexer_readWord(state);
    else if (ruby_chars_isDigit(code))
        lexer_readNumber(state);
    else if (code === 64 || code === 36)
        readVariable(state, code);
    else
        punctuation_readPunctuation(state, code);
    return true;
}
/** `word` at `pos` followed by a space, a line break or the end of the text. */
function startsLineWord(text, pos, word) {
    if (!text.startsWith(word, pos))
        return false;
    const after = text.charCodeAt(pos + word.length);
    return Number.isNaN(after) || after === 10 || chars_isSpace(after);
}
function readNewline(state) {
    const { tokens } = state;
    const start = state.pos;
    state.pos++;
    if (state.frames.length === 0 && !continuesStatement(state)) {
        pushToken(tokens, tokens_NEWLINE, start, start + 1);
    }
    state.expect = EXPECT_VALUE;
    state.lastKind = tokens_NEWLINE;
    state.lastKeyword = '';
    if (state.heredocs.length > 0)
        literals_skipHeredocBodies(state);
}
/** After an operator, a comma, a label or `and`/`or`/`not`, the statement goes on on the next line. */
function continuesStatement(state) {
    const { tokens } = state;
    const last = tokens.count - 1;
    if (last < 0)
        return true;
    const kind = tokens.kinds[last];
    if (kind === tokens_NEWLINE || kind === LABEL)
        return true;
    if (kind === ruby_tokens_PUNCT) {
        const value = tokens.values[last];
        return value !== ruby_tokens_CLOSE_PAREN && value !== ruby_tokens_CLOSE_BRACKET && value !== ruby_tokens_CLOSE_BRACE && value !== BLOCK_PARAMETERS_END;
    }
    return kind === ruby_tokens_IDENT && tokens.values[last] !== MEMBER && CONTINUING_KEYWORDS.has(state.lastKeyword);
}
function lexer_readLineComment(state) {
    const { text } = state;
    const start = state.pos;
    const newline = text.indexOf('\n', start);
    state.pos = newline === -1 ? text.length : newline;
    if (state.frames.length === 0)
        lex_state_addComment(state, start, start + 1, state.pos);
}
/** `=begin` … `=end`, each at the start of a line: one comment. */
function lexer_readBlockComment(state) {
    const { text } = state;
    const start = state.pos;
    const firstLineEnd = text.indexOf('\n', start);
    let search = firstLineEnd;
    while (search !== -1 && !startsLineWord(text, search + 1, '=end'))
        search = text.indexOf('\n', search + 1);
    if (search === -1 || firstLineEnd === -1) {
        ruby_lex_state_loseTrack(state, start, 'unterminated =begin comment');
        state.pos = text.length;
        lex_state_addComment(state, start, start + 6, text.length);
        return;
    }
    const endLine = text.indexOf('\n', search + 1);
    state.pos = endLine === -1 ? text.length : endLine;
    lex_state_addComment(state, start, firstLineEnd + 1, search + 1);
}
function followsMemberAccess(state) {
    if (state.lastKind !== ruby_tokens_PUNCT)
        return false;
    return state.lastValue === ruby_tokens_DOT || state.lastValue === SAFE_NAVIGATION || state.lastValue === tokens_SCOPE;
}
function lexer_readWord(state) {
    const { text } = state;
    const start = state.pos;
    const nameEnd = ruby_chars_skipIdentifier(text, start + 1);
    if (text.charCodeAt(nameEnd) === 58 && text.charCodeAt(nameEnd + 1) !== 58 && !followsMemberAccess(state)) {
        emit(state, LABEL, start, nameEnd + 1, 0, EXPECT_VALUE);
        state.pos = nameEnd + 1;
        return true;
    }
    const end = skipPredicateSuffix(text, nameEnd);
    state.pos = end;
    const constant = isUpper(text.charCodeAt(start));
    if (followsMemberAccess(state)) {
        emit(state, constant ? CONST : ruby_tokens_IDENT, start, end, MEMBER, AFTER_IDENTIFIER);
        return true;
    }
    if (constant) {
        // A constant may be a method called without parentheses too: Cucumber's `Given /^a step$/ do`.
        emit(state, CONST, start, end, 0, AFTER_IDENTIFIER);
        return true;
    }
    const keyword = keywordAt(text, start, end);
    if (keyword === undefined) {
        emit(state, ruby_tokens_IDENT, start, end, 0, AFTER_IDENTIFIER);
        return true;
    }
    const { word } = keyword;
    if (word === '__END__' && state.frames.length === 0 && isLineStart(text, start) && endsLine(text, end))
        return false;
    emit(state, ruby_tokens_IDENT, start, end, 0, keyword.expect);
    state.lastKeyword = word;
    if (word === 'def')
        readMethodName(state);
    return true;
}
function endsLine(text, pos) {
    return pos >= text.length || text.charCodeAt(pos) === 10 || text.startsWith('\r\n', pos);
}
/**
 * The name after `def`, which may be a keyword or an operator (`def end`, `def /(other)`), with an
 * optional receiver (`def self.call`): one MEMBER token, so no analysis mistakes it for a call.
 */
function readMethodName(state) {
    const { text } = state;
    const start = chars_skipSpaces(text, state.pos);
    let end = nameEnd(text, start);
    if (end === -1)
        return;
    if (text.charCodeAt(end) === 46 && ruby_chars_isIdentifierStart(text.charCodeAt(start))) {
        const singleton = nameEnd(text, end + 1);
        if (singleton !== -1)
            end = singleton;
    }
    emit(state, ruby_tokens_IDENT, start, end, MEMBER, AFTER_VALUE);
    state.pos = end;
}
function nameEnd(text, start) {
    const first = text.charCodeAt(start);
    if (ruby_chars_isIdentifierStart(first)) {
        const end = skipPredicateSuffix(text, ruby_chars_skipIdentifier(text, start + 1));
        // A setter: `def name=(value)`; `def name = expr` (with a space) is an endless method.
        return text.charCodeAt(end) === 61 && text.charCodeAt(end + 1) === 40 ? end + 1 : end;
    }
    const operator = operatorNameAt(text, start);
    return operator === undefined ? -1 : start + operator.length;
}
function lexer_readNumber(state) {
    const { text } = state;
    const start = state.pos;
    const hex = text.charCodeAt(start) === 48 && (text.charCodeAt(start + 1) | 32) === 120;
    let pos = start + 1;
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        const exponentSign = (code === 43 || code === 45) && !hex && (text.charCodeAt(pos - 1) | 32) === 101;
        const decimalPoint = code === 46 && ruby_chars_isDigit(text.charCodeAt(pos + 1));
        if (!exponentSign && !decimalPoint && !ruby_chars_isDigit(code) && !(ruby_chars_isIdentifierStart(code) && code < 0x80))
            break;
        pos++;
    }
    emit(state, ruby_tokens_NUMBER, start, pos, 0, AFTER_VALUE);
    state.pos = pos;
}
/** `@x`, `@@x`, `$x`, `$1`, `$-w` and the punctuation globals (`$/`, `$"`, `$'`…), which are not quotes. */
function readVariable(state, sigil) {
    const { text } = state;
    const start = state.pos;
    let pos = start + 1;
    if (sigil === 64) {
        if (text.charCodeAt(pos) === 64)
            pos++;
        if (!ruby_chars_isIdentifierStart(text.charCodeAt(pos))) {
            emit(state, ruby_tokens_PUNCT, start, start + 1, sigil, EXPECT_VALUE);
            state.pos = start + 1;
            return;
        }
        pos = ruby_chars_skipIdentifier(text, pos + 1);
    }
    else {
        const next = text.charCodeAt(pos);
        if (ruby_chars_isIdentifierStart(next) || ruby_chars_isDigit(next))
            pos = ruby_chars_skipIdentifier(text, pos + 1);
        else if (next === 45)
            pos += 2;
        else if (pos < text.length && next !== 10)
            pos++;
    }
    emit(state, tokens_VARIABLE, start, pos, 0, AFTER_VALUE);
    state.pos = pos;
}
function lexer_reportUnclosed(state) {
    const frame = state.frames[0];
    if (frame !== undefined) {
        ruby_lex_state_loseTrack(state, frame.start, frame.type === 'string' ? `unterminated ${frame.what}` : 'unterminated #{ interpolation');
    }
    const heredoc = state.heredocs[0];
    if (heredoc !== undefined)
        ruby_lex_state_loseTrack(state, heredoc.start, `unterminated heredoc <<${heredoc.terminator}`);
    const open = state.openBrackets[0];
    if (open !== undefined) {
        const offset = state.tokens.starts[open] ?? 0;
        ruby_lex_state_loseTrack(state, offset, `unclosed \`${state.text.charAt(offset)}\``);
    }
}

;// CONCATENATED MODULE: ./src/collectors/ruby/stubs.ts



/** Words that make a `raise` conditional or part of a longer expression. */
const stubs_MODIFIERS = new Set(['if', 'unless', 'while', 'until', 'rescue', 'and', 'or']);
function ruby_stubs_collectPlaceholders(scan) {
    // Every placeholder names NotImplementedError: without it, no `def` needs a look.
    if (scan.file.isTest || !scan.text.includes('NotImplementedError'))
        return [];
    const { tokens, text } = scan;
    const findings = [];
    for (let index = 0; index < tokens.count - 1; index++) {
        if (!ruby_tokens_isWord(text, tokens, index, 'def'))
            continue;
        const name = index + 1;
        if (tokens.kinds[name] !== ruby_tokens_IDENT || tokens.values[name] !== MEMBER)
            continue;
        if (!bodyOnlyRaises(scan, name))
            continue;
        const method = ruby_tokens_tokenText(text, tokens, name);
        findings.push(ruby_context_findingAt(scan, 'stubs.placeholder', tokens.starts[index] ?? 0, `\`${method}\` is a placeholder: its body is only \`raise NotImplementedError\``));
    }
    return findings;
}
/** `def name(…)` … `raise NotImplementedError…` … `end`, or the endless `def name = raise NotImplementedError`. */
function bodyOnlyRaises(scan, name) {
    const { tokens, text } = scan;
    let index = name + 1;
    if (ruby_tokens_isPunct(tokens, index, ruby_tokens_OPEN_PAREN) && tokens.starts[index] === tokens.ends[name]) {
        const close = ruby_tokens_partnerOf(tokens, index);
        if (close < 0)
            return false;
        index = close + 1;
    }
    if (ruby_tokens_isPunct(tokens, index, ruby_tokens_EQUALS))
        return stubs_raisesNotImplemented(scan, index + 1, statementEnd(tokens, index + 1));
    const bodyStart = skipSeparators(tokens, statementEnd(tokens, index));
    const bodyEnd = statementEnd(tokens, bodyStart);
    return stubs_raisesNotImplemented(scan, bodyStart, bodyEnd) && ruby_tokens_isWord(text, tokens, skipSeparators(tokens, bodyEnd), 'end');
}
/** `raise NotImplementedError`, with `, "message"`, `.new(…)` or in `raise(…)`, unconditionally. */
function stubs_raisesNotImplemented(scan, from, to) {
    const { tokens, text } = scan;
    if (!ruby_tokens_isWord(text, tokens, from, 'raise') && !ruby_tokens_isWord(text, tokens, from, 'fail'))
        return false;
    let index = from + 1;
    if (ruby_tokens_isPunct(tokens, index, ruby_tokens_OPEN_PAREN) && ruby_tokens_partnerOf(tokens, index) === to - 1)
        index++;
    if (ruby_tokens_isPunct(tokens, index, tokens_SCOPE))
        index++;
    if (tokens.kinds[index] !== CONST || ruby_tokens_tokenText(text, tokens, index) !== 'NotImplementedError')
        return false;
    if (ruby_tokens_isPunct(tokens, index + 1, tokens_SCOPE))
        return false;
    return !hasWordOutsideBrackets(text, tokens, index + 1, to, stubs_MODIFIERS);
}

;// CONCATENATED MODULE: ./src/collectors/ruby/tests.ts



/** Example methods that count when called with a string description (f-prefixed: focused, still tests). */
const DESCRIBED_EXAMPLES = new Set([
    'it', 'specify', 'scenario', 'example', 'test', 'xit', 'xspecify', 'xscenario', 'xexample', 'fit', 'fspecify', 'fscenario', 'fexample',
]);
/**
 * Example methods that also count with a block and no description: `it { is_expected.to … }`.
 * RSpec defines `example` and Capybara `scenario` exactly as `it`; `test` always takes a name.
 */
const UNDESCRIBED_EXAMPLES = new Set([
    'it', 'specify', 'scenario', 'example', 'xit', 'xspecify', 'xscenario', 'xexample', 'fit', 'fspecify', 'fscenario', 'fexample',
]);
const PENDING_CALLS = new Set(['skip', 'pending']);
const tests_NAME_LIMIT = 80;
const LONGEST_WORD = Math.max(...[...DESCRIBED_EXAMPLES, ...PENDING_CALLS, 'def'].map((word) => word.length));
function ruby_tests_collectTests(scan) {
    if (!scan.file.isTestFile)
        return [];
    const { tokens, text } = scan;
    const findings = [];
    for (let index = 0; index < tokens.count; index++) {
        if (tokens.kinds[index] !== ruby_tokens_IDENT || tokens.values[index] === MEMBER)
            continue;
        // Longer words are none of the calls below; not slicing them out saves most of the walk.
        if ((tokens.ends[index] ?? 0) - (tokens.starts[index] ?? 0) > LONGEST_WORD)
            continue;
        const word = ruby_tokens_tokenText(text, tokens, index);
        const offset = tokens.starts[index] ?? 0;
        if (word === 'def') {
            const name = minitestName(scan, index + 1);
            if (name !== undefined)
                findings.push(ruby_context_findingAt(scan, 'tests.cases', offset, `test \`${name}\``));
        }
        else if (DESCRIBED_EXAMPLES.has(word)) {
            const label = exampleLabel(scan, index, word);
            if (label === undefined)
                continue;
            findings.push(ruby_context_findingAt(scan, 'tests.cases', offset, `test ${label}`));
            if (word.startsWith('x'))
                findings.push(ruby_context_findingAt(scan, 'tests.skipped', offset, `skipped test ${label} (${word})`));
        }
        else if (PENDING_CALLS.has(word) && isPendingStatement(scan, index)) {
            const statement = context_excerpt(text, offset, tokens.starts[statementEnd(tokens, index, true)] ?? text.length);
            findings.push(ruby_context_findingAt(scan, 'tests.pending', offset, `pending test: \`${statement}\``));
        }
    }
    return findings;
}
/** `def test_something`: what minitest runs (instance methods whose name starts with `test_`). */
function minitestName(scan, index) {
    const { tokens, text } = scan;
    if (tokens.kinds[index] !== ruby_tokens_IDENT || tokens.values[index] !== MEMBER)
        return undefined;
    const name = ruby_tokens_tokenText(text, tokens, index);
    return name.startsWith('test_') ? name : undefined;
}
/** "`description`" or "(no description)" when `word` at `index` calls an example, else undefined. */
function exampleLabel(scan, index, word) {
    const { tokens, text } = scan;
    const argument = ruby_tokens_isPunct(tokens, index + 1, ruby_tokens_OPEN_PAREN) ? index + 2 : index + 1;
    if (tokens.kinds[argument] === ruby_tokens_STRING && tokens.values[argument] === QUOTED) {
        return `\`${description(ruby_tokens_tokenText(text, tokens, argument))}\``;
    }
    const block = ruby_tokens_isPunct(tokens, index + 1, ruby_tokens_OPEN_BRACE) || ruby_tokens_isWord(text, tokens, index + 1, 'do');
    return block && UNDESCRIBED_EXAMPLES.has(word) ? '(no description)' : undefined;
}
/** The words of a string literal without its quotes (`'a'`, `"a"`, `%q(a)`, `%(a)`); a heredoc as written. */
function description(literal) {
    let body = literal;
    if (literal.startsWith('%'))
        body = literal.slice(/[qQ]/.test(literal.charAt(1)) ? 3 : 2, -1);
    else if (literal.startsWith('"') || literal.startsWith("'"))
        body = literal.slice(1, -1);
    return context_excerpt(body, 0, body.length, tests_NAME_LIMIT);
}
/** `skip`, `skip "reason"`, `pending("reason")`, `skip if …`, `{ pending }` as a statement of its own. */
function isPendingStatement(scan, index) {
    const { tokens, text } = scan;
    if (!startsStatement(text, tokens, index))
        return false;
    const next = index + 1;
    if (next >= tokens.count || tokens.kinds[next] !== ruby_tokens_PUNCT)
        return true;
    return ruby_tokens_isPunct(tokens, next, ruby_tokens_OPEN_PAREN) || ruby_tokens_isPunct(tokens, next, ruby_tokens_OPEN_BRACE) || ruby_tokens_isPunct(tokens, next, ruby_tokens_CLOSE_BRACE) ||
        ruby_tokens_isPunct(tokens, next, ruby_tokens_SEMICOLON);
}

;// CONCATENATED MODULE: ./src/collectors/ruby/todos.ts


function ruby_todos_collectTodoComments(scan) {
    const { text } = scan;
    const { commentStarts, bodyStarts, bodyEnds } = scan.lexed;
    const findings = [];
    for (let index = 0; index < commentStarts.length; index++) {
        const start = bodyStarts[index] ?? 0;
        const body = text.slice(start, bodyEnds[index] ?? start);
        const found = findTodoTag(body);
        if (found === undefined)
            continue;
        const finding = ruby_context_findingAt(scan, 'todo.comments', start + found.index, todoMessage(body, found));
        finding.data = { tag: found.tag };
        findings.push(finding);
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/collectors/ruby-code.ts







/**
 * The token buffer every file is lexed into. Collecting is synchronous and nothing keeps the tokens
 * past it, so one buffer serves all files; allocating its typed arrays anew cost more than lexing a small file.
 */
const tokenBuffer = createTokenBuffer();
function collectRubyEvidence(file, text) {
    const lexed = lexRuby(text, tokenBuffer);
    const scan = { file, text, lexed, tokens: lexed.tokens, lines: undefined };
    // concat, not push(...spread): a generated file can hold more findings than a call takes arguments.
    const findings = ruby_tests_collectTests(scan).concat(collectRescues(scan), ruby_todos_collectTodoComments(scan), ruby_stubs_collectPlaceholders(scan));
    if (lexed.lostTrack !== undefined) {
        const finding = ruby_context_findingAt(scan, 'parse.errors', lexed.lostTrack.offset, '');
        finding.message =
            `could not follow Ruby syntax after line ${finding.line} (${lexed.lostTrack.reason}); ` +
                'counts for this file may be incomplete';
        finding.data = { reason: lexed.lostTrack.reason };
        findings.push(finding);
    }
    return findings.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}
const rubyCode = {
    id: 'ruby-code',
    wants: (file) => file.language === 'ruby',
    collect: collectRubyEvidence,
};

;// CONCATENATED MODULE: ./src/collectors/c-family/rust-items.ts

/** Attributes whose function is a test, besides `test` and any `<path>::test` (tokio, async_std, sqlx…). */
const rust_items_TEST_ATTRIBUTES = new Set(['rstest', 'test_case', 'wasm_bindgen_test']);
/** Words that may stand between the attributes and the item keyword. */
const rust_items_QUALIFIERS = new Set(['pub', 'async', 'const', 'unsafe', 'extern', 'default', 'safe']);
/** Function headers are short; a bound keeps hostile input linear. */
const rust_items_HEADER_LIMIT = 512;
/** The attribute `#[…]` (outer) or `#![…]` (inner) whose `#` is at `hash`, or undefined. */
function attributeAt(context, hash) {
    const { tokens, text } = context;
    if (!isPunct(tokens, hash, HASH))
        return undefined;
    const open = isPunct(tokens, hash + 1, BANG) ? hash + 2 : hash + 1;
    if (!isPunct(tokens, open, OPEN_BRACKET))
        return undefined;
    const close = partnerOf(tokens, open);
    if (close < 0)
        return undefined;
    let index = open + 1;
    if (isPunct(tokens, index, DOUBLE_COLON))
        index++;
    let path = '';
    while (isKind(tokens, index, IDENT)) {
        path += tokenText(text, tokens, index++);
        if (!isPunct(tokens, index, DOUBLE_COLON))
            break;
        path += '::';
        index++;
    }
    return path === '' ? undefined : { path, hash, afterPath: index, close };
}
function isInnerAttribute(context, attribute) {
    return isPunct(context.tokens, attribute.hash + 1, BANG);
}
function isTestAttribute(attribute) {
    return attribute.path === 'test' || attribute.path.endsWith('::test') || rust_items_TEST_ATTRIBUTES.has(attribute.path);
}
/** `cfg(test)` or `cfg(all(test, …))`: the item exists only in test builds. */
function isCfgTest(context, attribute) {
    const { tokens, text } = context;
    if (attribute.path !== 'cfg' || !isPunct(tokens, attribute.afterPath, OPEN_PAREN))
        return false;
    const open = attribute.afterPath;
    if (isWord(text, tokens, open + 1, 'test') && partnerOf(tokens, open) === open + 2)
        return true;
    if (!isWord(text, tokens, open + 1, 'all') || !isPunct(tokens, open + 2, OPEN_PAREN))
        return false;
    const end = partnerOf(tokens, open + 2);
    for (let index = open + 3; index < end; index++) {
        const partner = partnerOf(tokens, index);
        if (partner > index)
            index = partner;
        else if (isWord(text, tokens, index, 'test'))
            return true;
    }
    return false;
}
/** The item after the attribute run that ends at `next` (the token after the last `]`). */
function itemAfter(context, next) {
    const { tokens, text } = context;
    let index = next;
    while (isKind(tokens, index, IDENT) && rust_items_QUALIFIERS.has(tokenText(text, tokens, index))) {
        index++;
        if (isPunct(tokens, index, OPEN_PAREN))
            index = partnerOf(tokens, index) + 1; // pub(crate)
        if (isKind(tokens, index, STRING))
            index++; // extern "C"
    }
    if (index <= 0 || !isKind(tokens, index, IDENT))
        return { keyword: -1, body: -1 };
    return { keyword: index, body: bodyAfter(context, index + 1) };
}
/** The `{` that opens the body of the item whose header starts at `from`, or -1 at a `;` or a stray closer. */
function bodyAfter(context, from) {
    const { tokens } = context;
    const limit = Math.min(tokens.count, from + rust_items_HEADER_LIMIT);
    for (let index = from; index < limit; index++) {
        if (tokens.kinds[index] !== PUNCT)
            continue;
        const value = tokens.values[index];
        if (value === OPEN_BRACE)
            return index;
        if (value === SEMICOLON || value === CLOSE_BRACKET || value === CLOSE_BRACE || value === CLOSE_PAREN)
            return -1;
        const partner = partnerOf(tokens, index);
        if (partner > index)
            index = partner;
    }
    return -1;
}
/** The name after `fn`, `mod`…: an identifier, or `$name` inside a macro. */
function itemName(context, keyword) {
    const { tokens, text } = context;
    const name = keyword + 1;
    if (isKind(tokens, name, IDENT))
        return tokenText(text, tokens, name);
    if (isPunct(tokens, name, 36) && isKind(tokens, name + 1, IDENT))
        return `$${tokenText(text, tokens, name + 1)}`;
    return '';
}

;// CONCATENATED MODULE: ./src/collectors/c-family/rust-evidence.ts



const PLACEHOLDER_MACROS = new Set(['todo', 'unimplemented']);
function collectRustEvidence(context) {
    const testCode = new Int32Array(context.tokens.count + 1);
    const findings = rust_evidence_collectTests(context, testCode);
    if (context.file.isTest)
        return findings;
    // Prefix sums turn the +1/-1 marks at region edges into "inside a test region" per token.
    for (let index = 1; index < testCode.length; index++)
        testCode[index] = (testCode[index] ?? 0) + (testCode[index - 1] ?? 0);
    return findings.concat(collectPlaceholdersAndPanics(context, testCode));
}
function markTestRegion(testCode, from, to) {
    if (from < 0 || to < from)
        return;
    testCode[from] = (testCode[from] ?? 0) + 1;
    testCode[to + 1] = (testCode[to + 1] ?? 0) - 1;
}
function rust_evidence_collectTests(context, testCode) {
    const { tokens, text } = context;
    const findings = [];
    const openBraces = [];
    for (let index = 0; index < tokens.count; index++) {
        if (tokens.kinds[index] !== PUNCT)
            continue;
        if (isPunct(tokens, index, OPEN_BRACE))
            openBraces.push(index);
        else if (isPunct(tokens, index, CLOSE_BRACE))
            openBraces.pop();
        if (!isPunct(tokens, index, HASH))
            continue;
        const first = attributeAt(context, index);
        if (first === undefined)
            continue;
        if (isInnerAttribute(context, first)) {
            if (isCfgTest(context, first)) {
                const enclosing = openBraces[openBraces.length - 1] ?? -1;
                if (enclosing === -1)
                    markTestRegion(testCode, 0, tokens.count - 1);
                else
                    markTestRegion(testCode, enclosing, partnerOf(tokens, enclosing));
            }
            index = first.close;
            continue;
        }
        const attributes = [first];
        let next = first.close + 1;
        for (let more = attributeAt(context, next); more !== undefined && !isInnerAttribute(context, more); more = attributeAt(context, next)) {
            attributes.push(more);
            next = more.close + 1;
        }
        const item = itemAfter(context, next);
        const isFunction = isWord(text, tokens, item.keyword, 'fn');
        const isTest = isFunction && attributes.some(isTestAttribute);
        if (item.body !== -1 && (isTest || attributes.some((attribute) => isCfgTest(context, attribute)))) {
            markTestRegion(testCode, first.hash, partnerOf(tokens, item.body));
        }
        if (isFunction)
            findings.push(...testFindings(context, attributes, item.keyword, isTest));
        index = next - 1;
    }
    return findings;
}
function testFindings(context, attributes, keyword, isTest) {
    const name = itemName(context, keyword);
    const findings = [];
    if (isTest) {
        findings.push(findingAtToken(context, 'tests.cases', keyword + 1, `test \`${name}\``));
        const ignore = attributes.find((attribute) => attribute.path === 'ignore');
        if (ignore !== undefined) {
            findings.push(findingAtToken(context, 'tests.skipped', ignore.hash, `test \`${name}\` is skipped (\`#[ignore]\`)`));
        }
    }
    if (attributes.some((attribute) => attribute.path === 'bench')) {
        findings.push(findingAtToken(context, 'tests.benchmarks', keyword + 1, `benchmark \`${name}\``));
    }
    return findings;
}
function collectPlaceholdersAndPanics(context, testCode) {
    const { tokens, text } = context;
    const findings = [];
    for (let index = 0; index < tokens.count; index++) {
        if (tokens.kinds[index] !== IDENT || (testCode[index] ?? 0) > 0)
            continue;
        if (isWord(text, tokens, index, 'panic') && isPunct(tokens, index + 1, BANG) && opensMacroArguments(context, index + 2)) {
            findings.push(findingAtToken(context, 'code.panics', index, '`panic!(…)` call'));
        }
        else if (isWord(text, tokens, index, 'fn') && isKind(tokens, index + 1, IDENT)) {
            const body = bodyAfter(context, index + 2);
            const macro = body === -1 ? undefined : placeholderMacro(context, body);
            if (macro === undefined)
                continue;
            const message = `\`${itemName(context, index)}\` is a placeholder: its body is only \`${macro}\``;
            findings.push(findingAtToken(context, 'stubs.placeholder', body + 1, message));
        }
    }
    return findings;
}
function opensMacroArguments(context, index) {
    const { tokens } = context;
    return isPunct(tokens, index, OPEN_PAREN) || isPunct(tokens, index, OPEN_BRACKET) || isPunct(tokens, index, OPEN_BRACE);
}
/** `todo!(…)` or `unimplemented!(…)` (optionally `std::`/`core::` qualified) when it is the body's only content. */
function placeholderMacro(context, body) {
    const { tokens, text } = context;
    let index = body + 1;
    while (isKind(tokens, index, IDENT) && isPunct(tokens, index + 1, DOUBLE_COLON))
        index += 2;
    const word = tokenText(text, tokens, index);
    if (!isKind(tokens, index, IDENT) || !PLACEHOLDER_MACROS.has(word) || !isPunct(tokens, index + 1, BANG))
        return undefined;
    if (!opensMacroArguments(context, index + 2))
        return undefined;
    const argumentsEnd = partnerOf(tokens, index + 2);
    if (argumentsEnd < 0)
        return undefined;
    let end = argumentsEnd + 1;
    if (isPunct(tokens, end, SEMICOLON))
        end++;
    if (partnerOf(tokens, body) !== end)
        return undefined;
    return argumentsEnd === index + 3 ? `${word}!()` : `${word}!(…)`;
}

;// CONCATENATED MODULE: ./src/collectors/rust-code.ts



function collectRust(file, text) {
    const context = createContext(file, text, RUST);
    return byPosition(collectRustEvidence(context).concat(collectTodoComments(context), collectParseError(context)));
}
const rustCode = {
    id: 'rust-code',
    wants: (file) => file.language === 'rust',
    collect: collectRust,
};

;// CONCATENATED MODULE: ./src/collectors/secrets.ts
const SECRET_KINDS = [
    {
        id: 'private-key',
        label: 'private key',
        pattern: /-----BEGIN ((?:RSA|EC|DSA|OPENSSH|PGP|ENCRYPTED) )?PRIVATE KEY( BLOCK)?-----/g,
        prefixLength: 0,
        confirm: (match, text) => /[A-Za-z0-9+/]{40,}/.test(text.slice(match.index + match[0].length, match.index + 1000).replace(/\\[nr]/g, '\n')),
    },
    {
        id: 'aws-access-key',
        label: 'AWS access key id',
        pattern: /(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/g,
        prefixLength: 4,
        confirm: (match, text, lines) => hasAwsSecretNear(text, lines, lines.lineOf(match.index)),
    },
    { id: 'github-token', label: 'GitHub token', pattern: /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g, prefixLength: 4 },
    { id: 'github-token', label: 'GitHub token', pattern: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{82}(?![A-Za-z0-9_])/g, prefixLength: 11 },
    { id: 'stripe-live-key', label: 'Stripe live key', pattern: /(?<![A-Za-z0-9_])[sr]k_live_[A-Za-z0-9]{24,}(?![A-Za-z0-9_])/g, prefixLength: 8 },
    { id: 'slack-token', label: 'Slack token', pattern: /(?<![A-Za-z0-9_-])xox[baprs]-\d{8,}-[A-Za-z0-9-]{20,}/g, prefixLength: 5 },
    { id: 'google-api-key', label: 'Google API key', pattern: /(?<![A-Za-z0-9_-])AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])/g, prefixLength: 4 },
    {
        id: 'jwt',
        label: 'signed JWT',
        pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]{32,}(?![A-Za-z0-9_-])/g,
        prefixLength: 0,
        confirm: (match) => isSignedJwt(match[0]),
    },
];
// Any of these strings somewhere in the text means a kind may be present; most files have none.
const QUICK_CHECK = /PRIVATE KEY|AKIA|ASIA|gh[pousr]_|github_pat_|k_live_|xox[baprs]-|AIza|eyJ/;
// Every string QUICK_CHECK matches contains one of these (or is a `gh[pousr]_` prefix). Each starts with a
// character that is rare in source, so `includes` skips through a file several times faster than the
// alternation regex does, and QUICK_CHECK itself only runs on the few files that hold one.
const QUICK_CHECK_MARKERS = ['VATE KEY', 'AKIA', 'ASIA', 'AIza', 'yJ', '_live_', '_pat_', 'xox'];
const FIXTURE_FOLDERS = new Set(['fixtures', '__fixtures__', '__mocks__', 'testdata']);
const LOCK_FILES = new Set([
    'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'Cargo.lock', 'poetry.lock',
    'Pipfile.lock', 'uv.lock', 'Gemfile.lock', 'composer.lock', 'go.sum', 'packages.lock.json', 'mix.lock', 'pubspec.lock',
]);
const secrets = {
    id: 'secrets',
    wants(file) {
        const parts = file.path.split('/');
        const basename = parts[parts.length - 1] ?? '';
        return !file.isTest && !LOCK_FILES.has(basename) && !parts.slice(0, -1).some((folder) => FIXTURE_FOLDERS.has(folder));
    },
    collect(file, text) {
        if (!mayHoldSecret(text))
            return [];
        const lines = new LineIndex(text);
        const findings = [];
        for (const kind of SECRET_KINDS) {
            for (const match of text.matchAll(kind.pattern)) {
                const value = match[0];
                if (isPlaceholder(value.slice(kind.prefixLength)))
                    continue;
                if (kind.confirm && !kind.confirm(match, text, lines))
                    continue;
                const line = lines.lineOf(match.index);
                findings.push({
                    kind: 'secrets.exposed',
                    file: file.path,
                    line,
                    column: match.index - lines.startOf(line) + 1,
                    message: messageFor(kind, value),
                    data: { secret: kind.id },
                });
            }
        }
        return findings;
    },
};
/** Exactly `QUICK_CHECK.test(text)`, faster on the files that have none of its strings. */
function mayHoldSecret(text) {
    return (QUICK_CHECK_MARKERS.some((marker) => text.includes(marker)) || hasGitHubTokenPrefix(text)) && QUICK_CHECK.test(text);
}
const UNDERSCORE = 0x5f;
// `gh` is common in prose (`right`, `high`), so each hit is checked for the rest of the prefix in place.
function hasGitHubTokenPrefix(text) {
    for (let i = text.indexOf('gh'); i !== -1; i = text.indexOf('gh', i + 2)) {
        if ('pousr'.includes(text[i + 2] ?? '-') && text.charCodeAt(i + 3) === UNDERSCORE)
            return true;
    }
    return false;
}
function messageFor(kind, value) {
    if (kind.id === 'private-key')
        return `\`${value}\` block committed in source`;
    return `${kind.label} \`${value.slice(0, 4)}…\` (${value.length} characters) committed in source`;
}
const secrets_PLACEHOLDER_WORDS = /example|sample|placeholder|dummy|fake|redacted|changeme|your|insert|replace/i;
function isPlaceholder(value) {
    if (secrets_PLACEHOLDER_WORDS.test(value))
        return true;
    let repeated = 1;
    let ascending = 1;
    for (let i = 1; i < value.length; i++) {
        const step = value.charCodeAt(i) - value.charCodeAt(i - 1);
        repeated = step === 0 ? repeated + 1 : 1;
        ascending = step === 1 && /[A-Za-z0-9]/.test(value[i]) ? ascending + 1 : 1;
        if (repeated >= 6 || ascending >= 6)
            return true;
    }
    return false;
}
const AWS_SECRET = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
const AWS_WINDOW_LINES = 5;
function hasAwsSecretNear(text, lines, line) {
    const window = text.slice(lines.startOf(Math.max(1, line - AWS_WINDOW_LINES)), lines.startOf(line + AWS_WINDOW_LINES + 1));
    for (const match of window.matchAll(AWS_SECRET)) {
        const secret = match[0];
        if (/[A-Z]/.test(secret) && /[a-z]/.test(secret) && /[0-9]/.test(secret) && !isPlaceholder(secret))
            return true;
    }
    return false;
}
function isSignedJwt(token) {
    const [header, claims] = token.split('.');
    const decodedHeader = parseJsonObject(Buffer.from(header ?? '', 'base64url').toString('utf8'));
    const alg = decodedHeader?.alg;
    if (typeof alg !== 'string' || alg.toLowerCase() === 'none')
        return false;
    return !isPlaceholder(Buffer.from(claims ?? '', 'base64url').toString('utf8'));
}
function parseJsonObject(text) {
    if (!text.startsWith('{'))
        return undefined;
    try {
        const value = JSON.parse(text);
        return typeof value === 'object' && value !== null ? value : undefined;
    }
    catch {
        // Not JSON, so not a JWT header: the match is some other base64url text.
        return undefined;
    }
}
/** Offsets of line starts, for 1-based line numbers in linear time overall. */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    lineOf(offset) {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (this.starts[middle] <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return low + 1;
    }
    /** Offset where `line` starts; the text's length past the last line. */
    startOf(line) {
        return this.starts[line - 1] ?? Number.MAX_SAFE_INTEGER;
    }
}

;// CONCATENATED MODULE: ./src/collectors/index.ts























const textCollectors = [
    apiDocs,
    ciWorkflows,
    composeServices,
    csharpCode,
    dependencyManifests,
    dockerfiles,
    goCode,
    javascriptCode,
    jvmCode,
    kubernetes,
    mockDataCollector,
    operability,
    phpCode,
    pythonCode,
    rubyCode,
    rustCode,
    secrets,
];
// dependency-lockfiles reads the manifests the text collectors found, so path collectors run after them.
const pathCollectors = [
    ciOtherSystems,
    dependencyLockfiles,
    deploymentFiles,
    envFiles,
    migrations,
    projectDocs,
];

// EXTERNAL MODULE: ./src/evaluation/checks/check-definition.ts
var check_definition = __webpack_require__(690);
;// CONCATENATED MODULE: ./src/globs.ts
// Glob tests for many paths. minimatch's match() splits the path and walks the pattern on every call; over a
// 50,000-file repository, a list of twenty globs took about a second that way. Here each glob is compiled
// once to a regular expression (makeRe) and a list is joined into one, so a path is tested once.
//
// makeRe does not always decide as match() does, so the other globs keep match(): negated globs; globs that
// end in `**` (`a/**` matches `a` by its expression, not by match()); and every glob without `dot`, where a
// `**` in the middle crosses dot-folders by the expression only. Comparing the two on millions of random
// globs and paths found no other difference.

function endsInGlobstar(parts) {
    const last = parts[parts.length - 1] === '' ? parts.length - 2 : parts.length - 1;
    return parts[last] === esm/* GLOBSTAR */.ZN;
}
/** One regular expression that matches what any of `patterns` matches (all made with the same options). */
function joined(patterns) {
    if (patterns.length === 0)
        return undefined;
    return new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'), patterns[0]?.flags);
}
/** A test that is true when `path` matches any of `globs`, exactly as minimatch's match() decides. */
function matchesAnyGlob(globs, options) {
    const byBasename = [];
    const byPath = [];
    const uncompiled = [];
    for (const glob of globs) {
        const matcher = new esm/* Minimatch */.VR(glob, options);
        const compilable = options.dot === true && !matcher.negate && !matcher.set.some(endsInGlobstar);
        // `**/name*.xml`, the usual form of a report glob, is a test of the file name alone: with `dot`, `**`
        // matches any folders. The file name's expression is short, where the whole path's backtracks.
        const name = glob.startsWith('**/') ? glob.slice(3) : undefined;
        const nameMatcher = compilable && name !== undefined && !name.includes('/') ? new esm/* Minimatch */.VR(name, options) : undefined;
        const namePattern = nameMatcher !== undefined && !nameMatcher.negate ? nameMatcher.makeRe() : false;
        const pattern = namePattern === false && compilable ? matcher.makeRe() : false;
        if (namePattern !== false)
            byBasename.push(namePattern);
        else if (pattern !== false)
            byPath.push(pattern);
        else
            uncompiled.push(matcher);
    }
    const basenamePattern = joined(byBasename);
    const pathPattern = joined(byPath);
    return (path) => (basenamePattern !== undefined && basenamePattern.test(path.slice(path.lastIndexOf('/') + 1))) ||
        (pathPattern !== undefined && pathPattern.test(path)) ||
        uncompiled.some((matcher) => matcher.match(path));
}

// EXTERNAL MODULE: ./src/rules/suggest.ts
var suggest = __webpack_require__(517);
;// CONCATENATED MODULE: ./src/evaluation/checks/file-exists.ts
// `exists: ["README*"]`: at least one repository path matches one of the globs.


/** Case-insensitive because README.md, Readme.md and readme.md are all the README; `dot` for .github/. */
const GLOB_OPTIONS = { nocase: true, dot: true };
const fileExists = {
    type: 'exists',
    run({ globs }, { paths }) {
        let match;
        for (const glob of globs) {
            match = paths.find(matchesAnyGlob([glob], GLOB_OPTIONS));
            if (match !== undefined)
                break;
        }
        const patterns = (0,suggest/* listInWords */.D)(globs);
        return {
            status: match === undefined ? 'fail' : 'pass',
            message: match === undefined ? `no file matches ${patterns}` : `found ${match}`,
            evidence: { expected: `a file matching ${patterns}`, findings: [], findingCount: 0 },
        };
    },
};

// EXTERNAL MODULE: ./src/report.ts
var report = __webpack_require__(665);
;// CONCATENATED MODULE: ./src/evaluation/checks/finding-budget.ts
// `findings: catch.generic` with `max`: at most that many findings of the kind.


const findingBudget = {
    type: 'findings',
    run({ kind, max }, { evidence }) {
        const findings = (0,check_definition/* findingsOfKind */.qY)(evidence.findings, kind);
        // The metric is the count of findings of its kind; the base of a pull request has the count but
        // no findings (see base-evidence.ts), so the count comes from the metric when there is one.
        const count = evidence.metrics[kind] ?? findings.length;
        const passed = count <= max;
        let message;
        if (!passed)
            message = `${(0,check_definition/* countOf */.pq)(count, kind)}; ${max === 0 ? 'none' : `at most ${max}`} allowed`;
        else if (max === 0)
            message = `no ${kind} findings`;
        else
            message = `${(0,check_definition/* countOf */.pq)(count, kind)}, within the budget of ${max}`;
        return {
            status: passed ? 'pass' : 'fail',
            message,
            evidence: {
                metric: kind,
                actual: count,
                expected: `<= ${max} findings`,
                findings: (0,check_definition/* firstFindings */.v_)(findings, report/* FINDINGS_PER_RESULT */.pE),
                findingCount: findings.length,
            },
        };
    },
};

;// CONCATENATED MODULE: ./src/evaluation/checks/metric-delta.ts


/** A change as a size, with more decimals when two would show a real change as 0. */
function size(value) {
    return (0,check_definition/* formatActual */.Wk)(Math.abs(value), 0);
}
function expected(min, max) {
    const bounds = [];
    if (min !== undefined)
        bounds.push(`>= ${(0,check_definition/* formatNumber */.ZV)(min)}`);
    if (max !== undefined)
        bounds.push(`<= ${(0,check_definition/* formatNumber */.ZV)(max)}`);
    return `delta ${bounds.join(' and ')}`;
}
function movement(metric, delta) {
    if (delta > 0)
        return `${metric} rose by ${size(delta)}`;
    if (delta < 0)
        return `${metric} dropped by ${size(delta)}`;
    return `${metric} did not change`;
}
function failure(metric, delta, moved, min, max) {
    const span = moved === undefined ? '' : ` (${(0,check_definition/* formatNumber */.ZV)(moved.base)} → ${(0,check_definition/* formatActual */.Wk)(moved.head, moved.base)} in the changed files)`;
    if (min !== undefined && delta < min) {
        return min === 0
            ? `${movement(metric, delta)}${span}; it may not drop`
            : `${metric} changed by ${(0,check_definition/* formatNumber */.ZV)(delta)}; at least ${(0,check_definition/* formatNumber */.ZV)(min)} is required`;
    }
    if (max !== undefined && delta > max) {
        return max === 0
            ? `${movement(metric, delta)}${span}; it may not rise`
            : `${metric} changed by ${(0,check_definition/* formatNumber */.ZV)(delta)}; at most ${(0,check_definition/* formatNumber */.ZV)(max)} is allowed`;
    }
    return undefined;
}
const metricDelta = {
    type: 'delta',
    run({ metric, min, max }, { change }) {
        if (change === undefined)
            return (0,check_definition/* pullRequestsOnly */.QQ)(metric);
        // Metrics that did not move are left out of the deltas.
        const moved = change.deltas[metric];
        const delta = moved?.delta ?? 0;
        const failed = failure(metric, delta, moved, min, max);
        // A metric that rose too far: the new findings of that kind show where.
        const findings = failed !== undefined && max !== undefined && delta > max
            ? (0,check_definition/* sortFindings */.Tc)(change.newFindings.filter((finding) => finding.kind === metric))
            : [];
        return {
            status: failed === undefined ? 'pass' : 'fail',
            message: failed ?? movement(metric, delta),
            evidence: {
                metric,
                actual: delta,
                expected: expected(min, max),
                findings: findings.slice(0, report/* FINDINGS_PER_RESULT */.pE),
                findingCount: findings.length,
            },
        };
    },
};

;// CONCATENATED MODULE: ./src/evaluation/checks/metric-threshold.ts
// `metric: tests.cases` with `min` and/or `max`.


function requirement(min, max) {
    if (min !== undefined && max !== undefined)
        return `between ${(0,check_definition/* formatNumber */.ZV)(min)} and ${(0,check_definition/* formatNumber */.ZV)(max)} required`;
    if (min !== undefined)
        return `at least ${(0,check_definition/* formatNumber */.ZV)(min)} required`;
    return `at most ${(0,check_definition/* formatNumber */.ZV)(max ?? 0)} allowed`;
}
function metric_threshold_expected(min, max) {
    const bounds = [];
    if (min !== undefined)
        bounds.push(`>= ${(0,check_definition/* formatNumber */.ZV)(min)}`);
    if (max !== undefined)
        bounds.push(`<= ${(0,check_definition/* formatNumber */.ZV)(max)}`);
    return bounds.join(' and ');
}
const metricThreshold = {
    type: 'metric',
    run({ metric, min, max }, { evidence }) {
        const actual = evidence.metrics[metric] ?? 0;
        const belowMin = min !== undefined && actual < min;
        const aboveMax = max !== undefined && actual > max;
        // Too many of something: the findings of that kind show where. Too few: there is nothing to show.
        const findings = aboveMax ? (0,check_definition/* findingsOfKind */.qY)(evidence.findings, metric) : [];
        let message = `${metric} is ${(0,check_definition/* formatNumber */.ZV)(actual)} (${requirement(min, max)})`;
        if (belowMin)
            message = `${metric} is ${(0,check_definition/* formatActual */.Wk)(actual, min)}; at least ${(0,check_definition/* formatNumber */.ZV)(min)} is required`;
        if (aboveMax)
            message = `${metric} is ${(0,check_definition/* formatActual */.Wk)(actual, max)}; at most ${(0,check_definition/* formatNumber */.ZV)(max)} is allowed`;
        return {
            status: belowMin || aboveMax ? 'fail' : 'pass',
            message,
            evidence: {
                metric,
                actual,
                expected: metric_threshold_expected(min, max),
                findings: (0,check_definition/* firstFindings */.v_)(findings, report/* FINDINGS_PER_RESULT */.pE),
                findingCount: findings.length,
            },
        };
    },
};

;// CONCATENATED MODULE: ./src/evaluation/checks/new-findings-budget.ts
// `findings: catch.generic` with `new: 0`: at most that many findings of the kind on the lines a pull
// request adds, so existing debt never blocks a change but the change cannot add to it.


const newFindingsBudget = {
    type: 'new',
    run({ kind, max }, { change }) {
        if (change === undefined)
            return (0,check_definition/* pullRequestsOnly */.QQ)(kind);
        const findings = (0,check_definition/* sortFindings */.Tc)(change.newFindings.filter((finding) => finding.kind === kind));
        const count = findings.length;
        const passed = count <= max;
        let message;
        if (!passed)
            message = `${(0,check_definition/* countOf */.pq)(count, kind, 'new ')} on added lines; ${max === 0 ? 'none' : `at most ${max}`} allowed`;
        else if (count === 0)
            message = `no new ${kind} findings`;
        else
            message = `${(0,check_definition/* countOf */.pq)(count, kind, 'new ')} on added lines, within the budget of ${max}`;
        return {
            status: passed ? 'pass' : 'fail',
            message,
            evidence: {
                metric: kind,
                actual: count,
                expected: `<= ${max} new findings`,
                findings: findings.slice(0, report/* FINDINGS_PER_RESULT */.pE),
                findingCount: count,
            },
        };
    },
};

;// CONCATENATED MODULE: ./src/evaluation/checks/index.ts





const CHECKS = {
    delta: metricDelta,
    exists: fileExists,
    findings: findingBudget,
    metric: metricThreshold,
    new: newFindingsBudget,
};
function runCheck(check, context) {
    // The mapped type above guarantees CHECKS[type] takes the check of that type.
    const definition = CHECKS[check.type];
    return definition.run(check, context);
}

;// CONCATENATED MODULE: ./src/evaluation/score.ts
// The readiness score.
//
//   Level weight w:    error 10, warning 4, notice 1.
//   Category weight W: testing 3, security 3, ci 2, code-quality 2, containers 1, database 1,
//                      operability 1, documentation 1.
//   Category score:    S_c = 100 × (1 − Σ w of its failed rules / D_c), where
//                      D_c = max(Σ w of its applicable rules, 10): a category is scored out of at least one
//                      error's weight, so a lone notice (a missing SECURITY.md) costs 10% of its category,
//                      not all of it. Categories without applicable rules (all not-applicable) are left out.
//   Overall:           Σ W_c·S_c / Σ W_c over the categories present; 100 when there are none.
//   Impact of a failed rule: category = 100·w / D_c; overall = category · W_c / Σ W.
//                      The overall impacts add up to 100 − overall, so a report can say exactly
//                      which rules moved the score and by how much.
// Shown numbers are rounded to one decimal; sums use the unrounded values.

const LEVEL_WEIGHTS = { error: 10, warning: 4, notice: 1 };
const CATEGORY_WEIGHTS = {
    testing: 3,
    ci: 2,
    security: 3,
    'code-quality': 2,
    containers: 1,
    database: 1,
    operability: 1,
    documentation: 1,
};
function roundToTenth(value) {
    return Math.round(value * 10) / 10;
}
function sumOf(values) {
    return values.reduce((total, value) => total + value, 0);
}
/** The score, and each result's impact (in the order of `results`; zero unless it failed). */
function scoreResults(results) {
    const present = report/* CATEGORIES */.R6.map((category) => {
        const applicable = results.filter((result) => result.category === category && result.status !== 'not-applicable');
        const failed = applicable.filter((result) => result.status === 'fail');
        const total = Math.max(sumOf(applicable.map((result) => LEVEL_WEIGHTS[result.level])), LEVEL_WEIGHTS.error);
        const lost = sumOf(failed.map((result) => LEVEL_WEIGHTS[result.level]));
        return { category, applicable, failed, total, score: 100 * (1 - lost / total) };
    }).filter((entry) => entry.applicable.length > 0);
    const totalWeight = sumOf(present.map((entry) => CATEGORY_WEIGHTS[entry.category]));
    const overall = totalWeight === 0 ? 100 : sumOf(present.map((entry) => CATEGORY_WEIGHTS[entry.category] * entry.score)) / totalWeight;
    const impacts = results.map((result) => {
        const entry = present.find((candidate) => candidate.category === result.category);
        if (result.status !== 'fail' || entry === undefined)
            return { category: 0, overall: 0 };
        const category = (100 * LEVEL_WEIGHTS[result.level]) / entry.total;
        return {
            category: roundToTenth(category),
            overall: roundToTenth((category * CATEGORY_WEIGHTS[result.category]) / totalWeight),
        };
    });
    const categories = present.map((entry) => ({
        category: entry.category,
        score: roundToTenth(entry.score),
        weight: CATEGORY_WEIGHTS[entry.category],
        rules: entry.applicable.length,
        failed: entry.failed.length,
    }));
    return { score: { overall: roundToTenth(overall), categories }, impacts };
}

;// CONCATENATED MODULE: ./src/evaluation/evaluate.ts



function evaluateRule(rule, context) {
    const { id, category, level, description } = rule;
    if (rule.when !== undefined) {
        const gate = context.evidence.metrics[rule.when] ?? 0;
        if (gate <= 0) {
            return {
                id,
                category,
                level,
                description,
                status: 'not-applicable',
                message: `not applicable: ${rule.when} is ${(0,check_definition/* formatNumber */.ZV)(gate)}`,
                evidence: { metric: rule.when, actual: gate, findings: [], findingCount: 0 },
            };
        }
    }
    const outcome = runCheck(rule.check, context);
    return { id, category, level, description, status: outcome.status, message: outcome.message, evidence: outcome.evidence };
}
function failsGate(result, failOn) {
    if (result.status !== 'fail')
        return false;
    if (failOn === 'error')
        return result.level === 'error';
    if (failOn === 'warning')
        return result.level === 'error' || result.level === 'warning';
    return false;
}
function evaluate(input) {
    const context = { evidence: input.evidence, paths: input.paths };
    if (input.change !== undefined)
        context.change = input.change;
    const active = input.ruleSet.rules.filter((rule) => rule.level !== 'off');
    const unscored = active.map((rule) => evaluateRule(rule, context));
    const { score, impacts } = scoreResults(unscored);
    const results = unscored.map((result, index) => ({
        ...result,
        impact: impacts[index] ?? { category: 0, overall: 0 },
    }));
    const failedAt = (level) => results.filter((result) => result.status === 'fail' && result.level === level).length;
    return {
        results,
        score,
        verdict: results.some((result) => failsGate(result, input.failOn)) ? 'fail' : 'pass',
        counts: {
            errors: failedAt('error'),
            warnings: failedAt('warning'),
            notices: failedAt('notice'),
            passed: results.filter((result) => result.status === 'pass').length,
            notApplicable: results.filter((result) => result.status === 'not-applicable').length,
        },
    };
}

;// CONCATENATED MODULE: ./src/evaluation/base-evidence.ts
/** The same rounding as the head's tests.ratio (scan/assemble-evidence.ts), so equal parts give equal ratios. */
function ratio(numerator, denominator) {
    return denominator === 0 ? 0 : Math.round((numerator / denominator) * 10000) / 10000;
}
function baseMetrics(head, change) {
    const metrics = { ...head };
    for (const [metric, moved] of Object.entries(change.deltas)) {
        // A delta measured over the changed files can exceed what the head evidence counted (a file the
        // head scan skipped as too large, say); a count is never negative.
        metrics[metric] = Math.max(0, (head[metric] ?? 0) - moved.delta);
    }
    // Computed metrics follow their parts; a delta of the ratio over the changed files means nothing here.
    metrics['tests.ratio'] = ratio(metrics['tests.files'] ?? 0, metrics['source.files'] ?? 0);
    metrics['ci.pipelines'] = (metrics['ci.workflows'] ?? 0) + (metrics['ci.other'] ?? 0);
    return metrics;
}
/** Head paths with the change taken back: added files go, removed files return, renames swap back. */
function basePaths(paths, changedFiles) {
    const gone = new Set();
    const back = [];
    for (const file of changedFiles) {
        if (file.status === 'added')
            gone.add(file.path);
        if (file.status === 'removed')
            back.push(file.path);
        if (file.status === 'renamed') {
            gone.add(file.path);
            if (file.previousPath !== undefined)
                back.push(file.previousPath);
        }
    }
    const kept = paths.filter((path) => !gone.has(path));
    // The head's paths come sorted (ScanResult.paths): sorting 50,000 of them again cost more than the rest
    // of the base's evaluation. Only paths given back need a place found.
    return back.length === 0 ? kept : [...new Set([...kept, ...back])].sort();
}
/**
 * Metrics are the head's minus each delta; findings are empty (the finding budget then counts the
 * metric); byLanguage is empty because deltas are not split by language; the inventory is the head's.
 */
function baseEvidence(head, paths, change, changedFiles) {
    return {
        evidence: { inventory: head.inventory, metrics: baseMetrics(head.metrics, change), byLanguage: {}, findings: [] },
        paths: basePaths(paths, changedFiles),
    };
}

;// CONCATENATED MODULE: ./src/evaluation/evaluate-pull-request.ts



function evaluatePullRequest(input) {
    const head = evaluate(input);
    const base = baseEvidence(input.evidence, input.paths, input.change, input.changedFiles);
    const unchanged = { ...input.change, newFindings: [], deltas: {} };
    const baseScore = evaluate({
        evidence: base.evidence,
        paths: base.paths,
        ruleSet: input.ruleSet,
        failOn: input.failOn,
        change: unchanged,
    }).score.overall;
    return { ...head, baseScore, scoreDelta: roundToTenth(head.score.overall - baseScore) };
}

// EXTERNAL MODULE: ./src/rules/metric-catalog.ts
var metric_catalog = __webpack_require__(841);
;// CONCATENATED MODULE: ./src/artefacts/fresh-reports.ts
const DEFAULT_STALE_HOURS = 24;
function splitStale(files, staleHours) {
    const newest = Math.max(...files.map((file) => file.modifiedMs));
    const fresh = [];
    const stale = [];
    for (const file of files) {
        const hoursBeforeNewest = (newest - file.modifiedMs) / 3_600_000;
        if (hoursBeforeNewest > staleHours)
            stale.push({ file, hoursBeforeNewest: Math.round(hoursBeforeNewest * 10) / 10 });
        else
            fresh.push(file);
    }
    return { fresh, stale };
}

;// CONCATENATED MODULE: ./src/artefacts/ignored-report.ts
function ignoredReport(file, reason, message) {
    return { kind: 'reports.ignored', file, line: 0, message, data: { reason } };
}
const SKIP_MESSAGES = {
    symlink: 'report not read: it is a symlink',
    'too-large': 'report not read: larger than the size limit',
    binary: 'report not read: it is not text',
    unreadable: 'report not read: it could not be opened',
    'too-many': 'report not read: more reports matched than the limit',
};
function skippedReportFinding(skipped) {
    return ignoredReport(skipped.path, skipped.reason, SKIP_MESSAGES[skipped.reason]);
}
function staleReportFinding(stale, kind) {
    return ignoredReport(stale.file.path, 'stale', `${kind} ignored as stale: written ${stale.hoursBeforeNewest} hours before the newest ${kind}`);
}

;// CONCATENATED MODULE: ./src/artefacts/coverage/totals.ts
// What a coverage report says, in counts, so several reports add up exactly.
function invalid(message, line = 0) {
    return { ok: false, reason: 'invalid', message, line };
}
/** A count of things: a non-negative integer. Attribute and JSON values are checked with this. */
function countFrom(value) {
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    return typeof number === 'number' && Number.isSafeInteger(number) && number >= 0 ? number : undefined;
}
/** `{ covered, total }` when both are counts and covered ≤ total. */
function coverageCount(covered, total) {
    const c = countFrom(covered);
    const t = countFrom(total);
    return c !== undefined && t !== undefined && c <= t ? { covered: c, total: t } : undefined;
}

;// CONCATENATED MODULE: ./src/artefacts/coverage/go-coverprofile.ts
// Go coverprofiles (`go test -coverprofile`): a `mode:` line, then one line per block,
// `file:startLine.startCol,endLine.endCol statements count`. Coverage is by statement, as `go test -cover`
// prints it: a block's statements are covered when its count is above 0. A block listed more than once
// (profiles concatenated, or a package covered by several test binaries with -coverpkg) counts once,
// covered when any of its lines has a count above 0, as `go tool cover` merges them.

const BLOCK = /^(.+:\d+\.\d+,\d+\.\d+) (\d+) (\d+)$/;
function looksLikeGoCoverprofile(text) {
    return /^mode: (set|count|atomic)\s*$/m.test(text.slice(0, 200).split('\n')[0] ?? '');
}
function readGoCoverprofile(text) {
    const blocks = new Map();
    const rows = text.split('\n');
    for (let index = 0; index < rows.length; index++) {
        const row = rows[index].trim();
        if (row === '' || row.startsWith('mode:'))
            continue;
        const match = BLOCK.exec(row);
        if (match === null)
            return invalid(`not a coverprofile block \`file:l.c,l.c statements count\`: \`${row.slice(0, 80)}\``, index + 1);
        const [, key, statements, count] = match;
        // Counts can exceed 2^53 under mode: count; only whether they are zero matters.
        const covered = !/^0+$/.test(count);
        const known = blocks.get(key);
        blocks.set(key, { statements: known?.statements ?? Number(statements), covered: (known?.covered ?? false) || covered });
    }
    const lines = { covered: 0, total: 0 };
    for (const block of blocks.values()) {
        lines.total += block.statements;
        if (block.covered)
            lines.covered += block.statements;
    }
    return { ok: true, totals: { format: 'Go coverprofile', unit: 'statements', lines } };
}

;// CONCATENATED MODULE: ./src/artefacts/coverage/json-coverage.ts
// Coverage reports in JSON, told apart by shape (several tools name theirs coverage.json):
// - coverage.py (`coverage json`): totals.covered_lines / num_statements (statements, not lines), and
//   covered_branches / num_branches when it measured branches (meta.branch_coverage).
// - Istanbul coverage-summary.json (`json-summary` reporter): total.lines and total.branches {covered,total}.
// - Istanbul coverage-final.json (`json` reporter): per file, a line is covered when a statement starting on
//   it ran (how Istanbul itself derives line coverage); every entry of every `b` array is one branch.
// - SimpleCov .resultset.json: per test command, per file, a `lines` array (null = not code); the commands are
//   merged per file and line like SimpleCov does (a line is covered when any command ran it). No branches.

function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function readJsonCoverage(text) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        return invalid(`not valid JSON: ${error.message}`);
    }
    if (!isObject(parsed))
        return unrecognised('the JSON is not an object');
    if (isObject(parsed.totals) && 'num_statements' in parsed.totals)
        return coveragePy(parsed);
    if (isObject(parsed.total) && isObject(parsed.total.lines))
        return istanbulSummary(parsed.total);
    const values = Object.values(parsed);
    if (values.length > 0 && values.every((file) => isObject(file) && isObject(file.statementMap)))
        return istanbulFinal(values);
    if (values.length > 0 && values.every((run) => isObject(run) && isObject(run.coverage)))
        return simpleCov(values);
    return unrecognised('the JSON has none of the shapes of coverage.py, Istanbul or SimpleCov reports');
}
function unrecognised(message) {
    return { ok: false, reason: 'unrecognised', message };
}
function coveragePy(report) {
    const totals = report.totals;
    const lines = coverageCount(totals.covered_lines, totals.num_statements);
    if (lines === undefined)
        return invalid('coverage.py totals.covered_lines/num_statements are not counts');
    const result = { format: 'coverage.py JSON', unit: 'statements', lines };
    const measuredBranches = isObject(report.meta) ? report.meta.branch_coverage === true : 'num_branches' in totals;
    if (measuredBranches) {
        const branches = coverageCount(totals.covered_branches, totals.num_branches);
        if (branches === undefined)
            return invalid('coverage.py totals.covered_branches/num_branches are not counts');
        result.branches = branches;
    }
    return { ok: true, totals: result };
}
function istanbulSummary(total) {
    const pair = (metric) => (isObject(metric) ? coverageCount(metric.covered, metric.total) : undefined);
    const lines = pair(total.lines);
    if (lines === undefined)
        return invalid('Istanbul total.lines has no covered/total counts');
    const result = { format: 'Istanbul summary JSON', unit: 'lines', lines };
    if (total.branches !== undefined) {
        const branches = pair(total.branches);
        if (branches === undefined)
            return invalid('Istanbul total.branches has no covered/total counts');
        result.branches = branches;
    }
    return { ok: true, totals: result };
}
function istanbulFinal(files) {
    const lines = { covered: 0, total: 0 };
    const branches = { covered: 0, total: 0 };
    for (const file of files) {
        const statements = file.statementMap;
        const hits = isObject(file.s) ? file.s : {};
        const lineRan = new Map();
        for (const [id, statement] of Object.entries(statements)) {
            const start = isObject(statement) && isObject(statement.start) ? countFrom(statement.start.line) : undefined;
            if (start === undefined)
                return invalid(`Istanbul statement ${id} has no start line`);
            lineRan.set(start, (lineRan.get(start) ?? false) || (countFrom(hits[id]) ?? 0) > 0);
        }
        lines.total += lineRan.size;
        for (const ran of lineRan.values())
            if (ran)
                lines.covered += 1;
        for (const counts of Object.values(isObject(file.b) ? file.b : {})) {
            if (!Array.isArray(counts))
                return invalid('Istanbul branch counts are not arrays');
            branches.total += counts.length;
            for (const count of counts)
                if ((countFrom(count) ?? 0) > 0)
                    branches.covered += 1;
        }
    }
    return { ok: true, totals: { format: 'Istanbul JSON', unit: 'lines', lines, branches } };
}
function simpleCov(runs) {
    const byFile = new Map();
    for (const run of runs) {
        for (const [file, entry] of Object.entries(run.coverage)) {
            // SimpleCov < 0.18 stores the lines array itself; later versions wrap it as { lines, branches }.
            const counts = Array.isArray(entry) ? entry : isObject(entry) ? entry.lines : undefined;
            if (!Array.isArray(counts))
                return invalid(`SimpleCov coverage of \`${file}\` has no lines array`);
            const merged = byFile.get(file) ?? [];
            counts.forEach((count, index) => {
                // null (not code) and "ignored" (a :nocov: block) are not relevant lines.
                if (typeof count === 'number')
                    merged[index] = (merged[index] ?? false) || count > 0;
            });
            byFile.set(file, merged);
        }
    }
    const lines = { covered: 0, total: 0 };
    for (const merged of byFile.values()) {
        for (const ran of merged) {
            if (ran === undefined)
                continue;
            lines.total += 1;
            if (ran)
                lines.covered += 1;
        }
    }
    return { ok: true, totals: { format: 'SimpleCov JSON', unit: 'lines', lines } };
}

;// CONCATENATED MODULE: ./src/artefacts/coverage/lcov.ts
// lcov tracefiles (`lcov.info`): one record per source file, from `SF:` to `end_of_record`. A record's
// lines are its LF (found) and LH (hit) summary; a record without LF is counted from its DA lines (each
// line number once, covered when a DA for it has a count above 0). Branches likewise: BRF/BRH, else BRDA
// lines (a branch is taken when its count is a number above 0; `-` means its block never ran).
// Records are summed as written: a file that lists the same source file twice counts it twice.

function newRecord() {
    return { daLines: new Map(), branches: { total: 0, taken: 0 } };
}
const SUMMARY_FIELDS = { LF: 'lf', LH: 'lh', BRF: 'brf', BRH: 'brh' };
function looksLikeLcov(text) {
    return /^(TN|SF):/m.test(text) && text.includes('end_of_record');
}
function readLcov(text) {
    const lines = { covered: 0, total: 0 };
    const branches = { covered: 0, total: 0 };
    let hasBranches = false;
    let record = newRecord();
    const finish = () => {
        const daHits = [...record.daLines.values()];
        lines.total += record.lf ?? daHits.length;
        lines.covered += record.lf !== undefined ? (record.lh ?? 0) : daHits.filter(Boolean).length;
        if (record.brf !== undefined || record.branches.total > 0)
            hasBranches = true;
        branches.total += record.brf ?? record.branches.total;
        branches.covered += record.brf !== undefined ? (record.brh ?? 0) : record.branches.taken;
        record = newRecord();
    };
    const rows = text.split('\n');
    for (let index = 0; index < rows.length; index++) {
        const row = rows[index].trim();
        const colon = row.indexOf(':');
        const tag = colon === -1 ? row : row.slice(0, colon);
        const value = row.slice(colon + 1);
        if (tag === 'end_of_record') {
            finish();
        }
        else if (tag === 'LF' || tag === 'LH' || tag === 'BRF' || tag === 'BRH') {
            const count = countFrom(value);
            if (count === undefined)
                return invalid(`lcov ${tag} is not a count: \`${value}\``, index + 1);
            record[SUMMARY_FIELDS[tag]] = count;
        }
        else if (tag === 'DA') {
            const [lineNumber, hits] = value.split(',');
            const lineCount = countFrom(lineNumber);
            // Hit counts can exceed 2^53 (a wrapped counter, 18446744073709551615), so only their sign matters.
            if (lineCount === undefined || hits === undefined || !/^-?\d+$/.test(hits.trim())) {
                return invalid(`lcov DA line is not \`line,count\`: \`${value}\``, index + 1);
            }
            const hit = !/^-|^0+$/.test(hits.trim());
            record.daLines.set(lineCount, (record.daLines.get(lineCount) ?? false) || hit);
        }
        else if (tag === 'BRDA') {
            const taken = value.split(',')[3]?.trim();
            if (taken === undefined)
                return invalid(`lcov BRDA line is not \`line,block,branch,taken\`: \`${value}\``, index + 1);
            record.branches.total += 1;
            if (/^\d+$/.test(taken) && !/^0+$/.test(taken))
                record.branches.taken += 1;
        }
    }
    if (record.lf !== undefined || record.daLines.size > 0 || record.brf !== undefined || record.branches.total > 0)
        finish();
    if (lines.covered > lines.total || branches.covered > branches.total)
        return invalid('lcov hit counts exceed found counts');
    return { ok: true, totals: { format: 'lcov', unit: 'lines', lines, ...(hasBranches ? { branches } : {}) } };
}

;// CONCATENATED MODULE: ./src/collectors/xml/references.ts
// Character and entity references in XML text and attribute values. Only the five predefined entities
// and numeric character references are expanded. Any other `&name;` is an error, never looked up: a
// document's DOCTYPE is skipped, so entities it declares (external ones in an XXE attack, nested ones in
// a billion-laughs bomb) are never defined here and can neither read a file nor grow the text.
const PREDEFINED = new Map([
    ['amp', '&'],
    ['lt', '<'],
    ['gt', '>'],
    ['quot', '"'],
    ['apos', "'"],
]);
// Longer than any predefined name or numeric reference (`&#x10FFFF;`), short enough to keep the scan linear.
const MAX_REFERENCE_LENGTH = 32;
/** Expands the references in `raw`; `offset` in an error is relative to `raw`. */
function decodeReferences(raw) {
    let ampersand = raw.indexOf('&');
    if (ampersand === -1)
        return { text: raw };
    let text = '';
    let copied = 0;
    while (ampersand !== -1) {
        const semicolon = raw.indexOf(';', ampersand + 1);
        if (semicolon === -1 || semicolon - ampersand > MAX_REFERENCE_LENGTH) {
            return { error: '`&` does not start a reference (write `&amp;`)', offset: ampersand };
        }
        const name = raw.slice(ampersand + 1, semicolon);
        const expansion = name.startsWith('#') ? characterReference(name) : PREDEFINED.get(name);
        if (expansion === undefined) {
            const message = name.startsWith('#')
                ? `\`&${name};\` is not a valid character reference`
                : `entity \`&${name};\` is not expanded: only &amp; &lt; &gt; &quot; &apos; and character references are`;
            return { error: message, offset: ampersand };
        }
        text += raw.slice(copied, ampersand) + expansion;
        copied = semicolon + 1;
        ampersand = raw.indexOf('&', copied);
    }
    return { text: text + raw.slice(copied) };
}
/** `#65` or `#x41` → `A`; undefined when malformed or not an XML character. */
function characterReference(name) {
    const hex = name.startsWith('#x');
    const digits = name.slice(hex ? 2 : 1);
    if (!(hex ? /^[0-9A-Fa-f]{1,6}$/ : /^[0-9]{1,7}$/).test(digits))
        return undefined;
    const code = Number.parseInt(digits, hex ? 16 : 10);
    const isXmlChar = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
    return isXmlChar ? String.fromCodePoint(code) : undefined;
}

;// CONCATENATED MODULE: ./src/collectors/xml/read-xml.ts
// A small, safe XML reader for CI reports (JUnit, TRX, Cobertura, JaCoCo…). It reports elements, attributes
// and text to a handler as it meets them, keeps no tree, and checks well-formedness: tags nest and match,
// one root element, quoted attributes without duplicates, no text outside the root.
//
// Safety: a DOCTYPE is skipped, never read, so no entity it declares exists here (see references.ts): no
// external entity is fetched or opened (XXE) and none is expanded (billion laughs). Nothing recurses, so deep
// nesting cannot exhaust the stack, and every step moves forward through the text, so reading is linear.
//
// Leniencies, because they never change what a report counts: names are not checked against the XML name
// grammar, namespaces are not resolved (`localName` strips a prefix), and the XML declaration is read like
// any processing instruction (its `encoding` is ignored: the text is already decoded).

class XmlError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
/** Reads `text`, calling `handler` for each element and text run; never throws on malformed input. */
function readXml(text, handler) {
    try {
        readDocument(text, handler);
        return { ok: true };
    }
    catch (error) {
        if (!(error instanceof XmlError))
            throw error;
        return { ok: false, message: error.message, line: read_xml_lineAt(text, error.offset) };
    }
}
/** `ns:testsuite` → `testsuite`. */
function localName(name) {
    return name.slice(name.indexOf(':') + 1);
}
function readDocument(text, handler) {
    const openElements = [];
    let rootSeen = false;
    let position = 0;
    while (position < text.length) {
        const lt = text.indexOf('<', position);
        const textEnd = lt === -1 ? text.length : lt;
        if (textEnd > position)
            characterData(text, position, textEnd, openElements.length > 0, handler);
        if (lt === -1)
            break;
        if (text.startsWith('<!--', lt)) {
            position = after(text, '-->', lt + 4, 'comment');
        }
        else if (text.startsWith('<![CDATA[', lt)) {
            if (openElements.length === 0)
                throw new XmlError('CDATA section outside the root element', lt);
            position = after(text, ']]>', lt + 9, 'CDATA section');
            handler.text?.(text.slice(lt + 9, position - 3));
        }
        else if (text.startsWith('<!DOCTYPE', lt)) {
            if (rootSeen)
                throw new XmlError('DOCTYPE after the root element', lt);
            position = afterDoctype(text, lt);
        }
        else if (text.startsWith('<?', lt)) {
            position = after(text, '?>', lt + 2, 'processing instruction');
        }
        else if (text.startsWith('</', lt)) {
            position = endTag(text, lt, openElements, handler);
        }
        else if (text.startsWith('<!', lt)) {
            throw new XmlError('markup declaration outside a DOCTYPE', lt);
        }
        else {
            if (openElements.length === 0 && rootSeen)
                throw new XmlError('more than one root element', lt);
            rootSeen = true;
            position = startTag(text, lt, openElements, handler);
        }
    }
    const unclosed = openElements[openElements.length - 1];
    if (unclosed !== undefined)
        throw new XmlError(`element <${unclosed}> is not closed`, text.length);
    if (!rootSeen)
        throw new XmlError('no root element', text.length);
}
function characterData(text, start, end, insideRoot, handler) {
    if (!insideRoot) {
        const stray = text.slice(start, end).search(/\S/);
        if (stray !== -1)
            throw new XmlError('text outside the root element', start + stray);
        return;
    }
    const decoded = decodeReferences(text.slice(start, end));
    if ('error' in decoded)
        throw new XmlError(decoded.error, start + decoded.offset);
    handler.text?.(decoded.text);
}
/** The position just past `terminator`, searching from `from`. */
function after(text, terminator, from, what) {
    const found = text.indexOf(terminator, from);
    if (found === -1)
        throw new XmlError(`${what} is not closed`, from);
    return found + terminator.length;
}
/** Skips `<!DOCTYPE …>` including an internal subset `[…]`, honouring quotes, comments and PIs inside it. */
function afterDoctype(text, start) {
    let depth = 0;
    let position = start + '<!DOCTYPE'.length;
    while (position < text.length) {
        const char = text[position];
        if (char === '"' || char === "'") {
            position = after(text, char, position + 1, 'DOCTYPE literal');
            continue;
        }
        if (depth > 0 && text.startsWith('<!--', position)) {
            position = after(text, '-->', position + 4, 'comment');
            continue;
        }
        if (depth > 0 && text.startsWith('<?', position)) {
            position = after(text, '?>', position + 2, 'processing instruction');
            continue;
        }
        if (char === '[')
            depth += 1;
        else if (char === ']')
            depth -= 1;
        else if (char === '>' && depth === 0)
            return position + 1;
        position += 1;
    }
    throw new XmlError('DOCTYPE is not closed', start);
}
const NAME_END = /[\s/>=<"']/g;
function nameAt(text, start) {
    NAME_END.lastIndex = start;
    const end = NAME_END.exec(text)?.index ?? text.length;
    return text.slice(start, end);
}
function skipSpace(text, start) {
    let position = start;
    while (position < text.length && read_xml_isSpace(text.charCodeAt(position)))
        position += 1;
    return position;
}
function read_xml_isSpace(code) {
    return code === 0x20 || code === 0x9 || code === 0xa || code === 0xd;
}
function startTag(text, lt, openElements, handler) {
    const name = nameAt(text, lt + 1);
    if (name === '')
        throw new XmlError('`<` does not start a tag (write `&lt;`)', lt);
    const attributes = new Map();
    let position = lt + 1 + name.length;
    for (;;) {
        const beforeSpace = position;
        position = skipSpace(text, position);
        if (position >= text.length)
            throw new XmlError(`start tag <${name}> is not closed`, lt);
        if (text.startsWith('/>', position)) {
            handler.open(name, attributes);
            handler.close(name);
            return position + 2;
        }
        if (text[position] === '>') {
            handler.open(name, attributes);
            openElements.push(name);
            return position + 1;
        }
        if (position === beforeSpace)
            throw new XmlError(`expected a space, \`>\` or \`/>\` in <${name}>`, position);
        position = attribute(text, position, name, attributes);
    }
}
/** Reads `name="value"` into `attributes`; returns the position after the closing quote. */
function attribute(text, start, element, attributes) {
    const name = nameAt(text, start);
    if (name === '')
        throw new XmlError(`unexpected \`${text[start]}\` in <${element}>`, start);
    let position = skipSpace(text, start + name.length);
    if (text[position] !== '=')
        throw new XmlError(`attribute \`${name}\` of <${element}> has no value`, position);
    position = skipSpace(text, position + 1);
    const quote = text[position];
    if (quote !== '"' && quote !== "'")
        throw new XmlError(`attribute \`${name}\` of <${element}> is not quoted`, position);
    const end = text.indexOf(quote, position + 1);
    if (end === -1)
        throw new XmlError(`attribute \`${name}\` of <${element}> is not closed`, position);
    const raw = text.slice(position + 1, end);
    const lessThan = raw.indexOf('<');
    if (lessThan !== -1)
        throw new XmlError(`\`<\` in the value of attribute \`${name}\``, position + 1 + lessThan);
    const decoded = decodeReferences(raw.replace(/[\t\n\r]/g, ' '));
    if ('error' in decoded)
        throw new XmlError(decoded.error, position + 1 + decoded.offset);
    if (attributes.has(name))
        throw new XmlError(`attribute \`${name}\` appears twice in <${element}>`, start);
    attributes.set(name, decoded.text);
    return end + 1;
}
function endTag(text, lt, openElements, handler) {
    const name = nameAt(text, lt + 2);
    const position = skipSpace(text, lt + 2 + name.length);
    if (text[position] !== '>')
        throw new XmlError(`end tag </${name}> is not closed`, lt);
    const expected = openElements.pop();
    if (expected === undefined)
        throw new XmlError(`end tag </${name}> has no start tag`, lt);
    if (expected !== name)
        throw new XmlError(`end tag </${name}> does not match <${expected}>`, lt);
    handler.close(name);
    return position + 1;
}
function read_xml_lineAt(text, offset) {
    let line = 1;
    for (let newline = text.indexOf('\n'); newline !== -1 && newline < offset; newline = text.indexOf('\n', newline + 1))
        line += 1;
    return line;
}

;// CONCATENATED MODULE: ./src/artefacts/coverage/xml-coverage.ts
// Coverage reports in XML: Cobertura and Clover (both with a <coverage> root) and JaCoCo (<report>).
//
// Cobertura: the root's lines-covered/lines-valid and branches-covered/branches-valid. Old writers (coverage.py
// before 5.0) give only line-rate; then the <line> elements of each <class>'s <lines> are counted (covered
// when hits > 0; a <method>'s lines repeat its class's and are not counted), and branches from each line's
// condition-coverage="50% (1/2)". A rate alone is never used: it cannot be added to another report's counts.
// Clover: the <metrics> of <project>: statements/coveredstatements, conditionals/coveredconditionals.
// JaCoCo: the report-level <counter type="LINE"> and type="BRANCH" (missed + covered = total; JaCoCo omits
// a counter whose total is 0); the counters inside packages and classes are subtotals of these.


function readXmlCoverage(text) {
    const collected = {
        jacoco: new Map(),
        classLines: { covered: 0, total: 0 },
        classBranches: { covered: 0, total: 0 },
        hasClassBranches: false,
    };
    const path = [];
    const outcome = readXml(text, {
        open(name, attributes) {
            const local = localName(name);
            if (path.length === 0) {
                collected.root = local;
                collected.rootAttributes = attributes;
            }
            const parent = path[path.length - 1];
            const grandparent = path[path.length - 2];
            if (local === 'metrics' && parent === 'project' && path.length === 2)
                collected.cloverMetrics = attributes;
            if (local === 'counter' && path.length === 1)
                collected.jacoco.set(attributes.get('type') ?? '', attributes);
            if (local === 'line' && parent === 'lines' && grandparent === 'class')
                countClassLine(attributes, collected);
            path.push(local);
        },
        close() {
            path.pop();
        },
    });
    if (!outcome.ok)
        return { ok: false, reason: 'invalid', message: outcome.message, line: outcome.line };
    if (collected.root === 'report')
        return jacocoTotals(collected);
    if (collected.root !== 'coverage') {
        return { ok: false, reason: 'unrecognised', message: `root element <${collected.root ?? ''}> is not a coverage format this tool reads` };
    }
    return collected.cloverMetrics ? cloverTotals(collected.cloverMetrics) : coberturaTotals(collected);
}
function countClassLine(attributes, collected) {
    collected.classLines.total += 1;
    if ((countFrom(attributes.get('hits')) ?? 0) > 0)
        collected.classLines.covered += 1;
    const condition = attributes.get('condition-coverage');
    if (attributes.get('branch') !== 'true' || condition === undefined)
        return;
    const match = /\((\d+)\/(\d+)\)/.exec(condition);
    const count = match ? coverageCount(match[1], match[2]) : undefined;
    if (count === undefined) {
        collected.malformedCondition ??= condition;
        return;
    }
    collected.hasClassBranches = true;
    collected.classBranches.covered += count.covered;
    collected.classBranches.total += count.total;
}
function coberturaTotals(collected) {
    const root = collected.rootAttributes ?? new Map();
    const lines = root.has('lines-valid') ? coverageCount(root.get('lines-covered'), root.get('lines-valid')) : collected.classLines;
    if (lines === undefined)
        return invalid('Cobertura lines-covered/lines-valid are not counts (covered ≤ valid)');
    const totals = { format: 'Cobertura XML', unit: 'lines', lines };
    if (root.has('branches-valid')) {
        const branches = coverageCount(root.get('branches-covered'), root.get('branches-valid'));
        if (branches === undefined)
            return invalid('Cobertura branches-covered/branches-valid are not counts (covered ≤ valid)');
        totals.branches = branches;
    }
    else if (collected.malformedCondition !== undefined) {
        return invalid(`Cobertura condition-coverage is not \`N% (covered/total)\`: \`${collected.malformedCondition}\``);
    }
    else if (collected.hasClassBranches) {
        totals.branches = collected.classBranches;
    }
    return { ok: true, totals };
}
function cloverTotals(metrics) {
    const lines = coverageCount(metrics.get('coveredstatements'), metrics.get('statements'));
    if (lines === undefined)
        return invalid('Clover project metrics have no statements/coveredstatements counts');
    const branches = coverageCount(metrics.get('coveredconditionals'), metrics.get('conditionals'));
    const totals = { format: 'Clover XML', unit: 'statements', lines };
    if (branches)
        totals.branches = branches;
    return { ok: true, totals };
}
function jacocoTotals(collected) {
    // JaCoCo writes a counter only when its total is above 0, so a missing one means none of that kind.
    const counter = (type) => {
        const attributes = collected.jacoco.get(type);
        if (attributes === undefined)
            return { covered: 0, total: 0 };
        const missed = countFrom(attributes.get('missed'));
        const covered = countFrom(attributes.get('covered'));
        return missed === undefined || covered === undefined ? undefined : { covered, total: missed + covered };
    };
    const lines = counter('LINE');
    const branches = counter('BRANCH');
    if (lines === undefined || branches === undefined)
        return invalid('JaCoCo report-level <counter> has no missed/covered counts');
    return { ok: true, totals: { format: 'JaCoCo XML', unit: 'lines', lines, branches } };
}

;// CONCATENATED MODULE: ./src/artefacts/coverage/read-coverage-report.ts
// Reads one coverage report; the format comes from the content, not the file name.





function readCoverageReport(text) {
    const start = text.trimStart();
    if (start === '')
        return invalid('the file is empty');
    if (start.startsWith('<'))
        return readXmlCoverage(text);
    if (start.startsWith('{') || start.startsWith('['))
        return readJsonCoverage(text);
    if (looksLikeGoCoverprofile(start))
        return readGoCoverprofile(text);
    if (looksLikeLcov(text))
        return readLcov(text);
    return { ok: false, reason: 'unrecognised', message: 'not lcov, XML, JSON or a Go coverprofile' };
}

;// CONCATENATED MODULE: ./src/artefacts/report-file.ts
/** Hours between `modifiedMs` and `nowMs`, one decimal, never negative (clocks differ). */
function ageHours(modifiedMs, nowMs) {
    return Math.max(0, Math.round((nowMs - modifiedMs) / 360_000) / 10);
}

;// CONCATENATED MODULE: ./src/collectors/coverage-reports.ts
// Coverage from the reports CI wrote (lcov, Cobertura, JaCoCo, Clover, coverage.py, Istanbul, Go, SimpleCov).
// Each report gives its covered and total counts as value findings (`coverage.lines.covered`,
// `coverage.lines.total`, and the same for branches when the report has branch data), so several reports
// add up exactly; the percentages are computed from the sums (`coveragePercent`), never averaged.
//
// One test run often writes the same numbers in several formats side by side (Jest: coverage/lcov.info,
// coverage/clover.xml, coverage/coverage-final.json). Counting all of them would count every line two or
// three times, so in each folder only the reports of the most preferred format present are used; the others
// are `reports.ignored` (reason `duplicate`).




// Most exact first: per-file line data before summaries, summaries before recomputed line maps.
const FORMAT_PREFERENCE = [
    'lcov',
    'Cobertura XML',
    'JaCoCo XML',
    'coverage.py JSON',
    'Go coverprofile',
    'Istanbul summary JSON',
    'Istanbul JSON',
    'Clover XML',
    'SimpleCov JSON',
];
function coverageReportFindings(reports, timing) {
    if (reports.length === 0)
        return [];
    const { fresh, stale } = splitStale(reports, timing.staleHours);
    const findings = stale.map((entry) => staleReportFinding(entry, 'coverage report'));
    const read = [];
    for (const report of fresh) {
        const outcome = readCoverageReport(report.text);
        if (outcome.ok)
            read.push({ report, totals: outcome.totals });
        else if (outcome.reason === 'invalid') {
            findings.push({ kind: 'parse.errors', file: report.path, line: outcome.line, message: `coverage report could not be read: ${outcome.message}` });
        }
        else
            findings.push(ignoredReport(report.path, 'unrecognised', `not read as a coverage report: ${outcome.message}`));
    }
    const preferred = preferredFormatByFolder(read);
    for (const { report, totals } of read) {
        const folder = coverage_reports_folderOf(report.path);
        const best = preferred.get(folder);
        if (best !== totals.format) {
            const message = `${totals.format} report not counted: the ${best} report in the same folder has the same run's numbers`;
            findings.push(ignoredReport(report.path, 'duplicate', message));
            continue;
        }
        findings.push(...totalsFindings(report, totals, timing.nowMs));
    }
    return findings;
}
/** Percent of `metric` covered over all coverage findings, truncated to one decimal; undefined when nothing to cover. */
function coveragePercent(findings, metric) {
    let covered = 0;
    let total = 0;
    for (const finding of findings) {
        if (finding.kind === `coverage.${metric}.covered`)
            covered += finding.value ?? 1;
        else if (finding.kind === `coverage.${metric}.total`)
            total += finding.value ?? 1;
    }
    return total === 0 ? undefined : truncatedPercent({ covered, total });
}
// Truncated, not rounded: 79.96% is shown as 79.9% so that it can never meet a minimum of 80.
function truncatedPercent(count) {
    return Math.floor((count.covered * 1000) / count.total) / 10;
}
function coverage_reports_folderOf(path) {
    return path.slice(0, Math.max(0, path.lastIndexOf('/')));
}
function preferredFormatByFolder(read) {
    const preferred = new Map();
    for (const { report, totals } of read) {
        const folder = coverage_reports_folderOf(report.path);
        const current = preferred.get(folder);
        if (current === undefined || FORMAT_PREFERENCE.indexOf(totals.format) < FORMAT_PREFERENCE.indexOf(current)) {
            preferred.set(folder, totals.format);
        }
    }
    return preferred;
}
function totalsFindings(report, totals, nowMs) {
    const base = { format: totals.format, ageHours: ageHours(report.modifiedMs, nowMs) };
    const findings = [
        { kind: 'coverage.reports', file: report.path, line: 0, message: `${totals.format} coverage report`, data: { ...base, unit: totals.unit }, value: 1 },
    ];
    const add = (metric, count, unit) => {
        const percent = count.total === 0 ? undefined : truncatedPercent(count);
        const message = `${count.covered} of ${count.total} ${unit} covered (${percent === undefined ? 'nothing to cover' : `${percent}%`})`;
        const data = { ...base, unit, ...(percent === undefined ? {} : { percent }) };
        findings.push({ kind: `coverage.${metric}.covered`, file: report.path, line: 0, message, data, value: count.covered }, { kind: `coverage.${metric}.total`, file: report.path, line: 0, message, data, value: count.total });
    };
    add('lines', totals.lines, totals.unit);
    if (totals.branches)
        add('branches', totals.branches, 'branches');
    return findings;
}

;// CONCATENATED MODULE: ./src/artefacts/test-results/outcomes.ts
// The four outcomes a reported test case counts as, shared by every test report format.
function noOutcomes() {
    return { passed: 0, failed: 0, errors: 0, skipped: 0 };
}
// When a test case carries several results (pytest writes a <failure> and a teardown <error> into one
// <testcase>), it counts once, as the most severe.
const SEVERITY = { passed: 0, skipped: 1, errors: 2, failed: 3 };
function moreSevere(a, b) {
    return SEVERITY[b] > SEVERITY[a] ? b : a;
}
/** Counts elements named `element` (at any depth) by the outcome `outcomeOf` reads from their attributes. */
function attributeCounter(element, outcomeOf) {
    const counts = noOutcomes();
    return {
        counts,
        open(name, attributes) {
            if (name === element)
                counts[outcomeOf(attributes)] += 1;
        },
        close() { },
    };
}

;// CONCATENATED MODULE: ./src/artefacts/test-results/dotnet-formats.ts
// .NET test report formats. Each test is one element whose attribute names the outcome; values not listed
// below count as skipped: the test did not reach a verdict this tool knows, so it is neither a pass nor a
// failure.

// Visual Studio TRX (`dotnet test --logger trx`): <UnitTestResult outcome=…>. Data-driven tests nest their
// rows as <UnitTestResult>s inside <InnerResults>; only results without inner results count, so each row is
// one test and the parent that sums them is not counted again.
const TRX_OUTCOMES = new Map([
    ['Passed', 'passed'],
    ['PassedButRunAborted', 'passed'],
    ['Warning', 'passed'],
    ['Failed', 'failed'],
    ['Timeout', 'failed'],
    ['Error', 'errors'],
    ['Aborted', 'errors'],
    ['Disconnected', 'errors'],
]);
function trxCounter() {
    const counts = noOutcomes();
    const open = [];
    return {
        counts,
        open(name, attributes, depth) {
            if (name !== 'UnitTestResult')
                return;
            const parent = open[open.length - 1];
            if (parent)
                parent.hasInner = true;
            open.push({ depth, outcome: TRX_OUTCOMES.get(attributes.get('outcome') ?? '') ?? 'skipped', hasInner: false });
        },
        close(name, depth) {
            const current = open[open.length - 1];
            if (name !== 'UnitTestResult' || current?.depth !== depth)
                return;
            open.pop();
            if (!current.hasInner)
                counts[current.outcome] += 1;
        },
    };
}
// NUnit 3 (<test-run>): result Passed|Failed|Skipped|Inconclusive|Warning. A failure labelled Error (an
// exception), Invalid (the test could not run) or Cancelled counts as an error. Warning is a pass (NUnit
// does not fail the run for it).
function nunit3Counter() {
    return attributeCounter('test-case', (attributes) => {
        const result = attributes.get('result');
        if (result === 'Passed' || result === 'Warning')
            return 'passed';
        if (result !== 'Failed')
            return 'skipped';
        const label = attributes.get('label');
        return label === 'Error' || label === 'Invalid' || label === 'Cancelled' ? 'errors' : 'failed';
    });
}
// NUnit 2 (<test-results>): result Success|Failure|Error|Cancelled|NotRunnable|Ignored|Skipped|Inconclusive.
const NUNIT2_OUTCOMES = new Map([
    ['Success', 'passed'],
    ['Failure', 'failed'],
    ['Error', 'errors'],
    ['Cancelled', 'errors'],
    ['NotRunnable', 'errors'],
]);
function nunit2Counter() {
    return attributeCounter('test-case', (attributes) => NUNIT2_OUTCOMES.get(attributes.get('result') ?? '') ?? 'skipped');
}
// xUnit.net v2 XML (<assemblies>): <test result="Pass|Fail|Skip|NotRun">.
function xunit2Counter() {
    return attributeCounter('test', (attributes) => {
        const result = attributes.get('result');
        if (result === 'Pass')
            return 'passed';
        return result === 'Fail' ? 'failed' : 'skipped';
    });
}

;// CONCATENATED MODULE: ./src/artefacts/test-results/junit.ts
// JUnit XML, as written by jest-junit, pytest --junitxml, Maven Surefire, Gradle, Ant, go-junit-report,
// gotestsum, PHPUnit, mocha-junit-reporter, cargo-nextest, Catch2, Bazel and googletest.
//
// Every <testcase> element counts once, at any depth (PHPUnit and others nest <testsuite>s). The counts on
// <testsuite tests= failures=…> are not used: writers disagree on whether skipped tests count in `tests`
// and whether `failures` includes errors, and some write numbers that do not match their own test cases.
//
// A test case is, by its direct children: failed with <failure>, an error with <error>, skipped with
// <skipped>; otherwise passed. Surefire's <flakyFailure>/<flakyError> mean the test passed on a rerun and
// <rerunFailure>/<rerunError> sit next to the final <failure>/<error>, so none of the four changes the
// outcome. googletest marks tests it did not run with status="notrun" or result="skipped"/"suppressed".

const CHILD_OUTCOMES = new Map([
    ['failure', 'failed'],
    ['error', 'errors'],
    ['skipped', 'skipped'],
]);
const NOT_RUN_STATUSES = new Set(['notrun']);
const NOT_RUN_RESULTS = new Set(['skipped', 'suppressed']);
const JUNIT_ROOTS = new Set(['testsuites', 'testsuite']);
function junitCounter() {
    const counts = noOutcomes();
    // Open test cases, innermost last (a <testcase> inside a <testcase> is not a real report, but counts).
    const open = [];
    return {
        counts,
        open(name, attributes, depth) {
            if (name === 'testcase') {
                open.push({ depth, outcome: outcomeFromAttributes(attributes) });
                return;
            }
            const current = open[open.length - 1];
            const childOutcome = CHILD_OUTCOMES.get(name);
            if (current && childOutcome && depth === current.depth + 1)
                current.outcome = moreSevere(current.outcome, childOutcome);
        },
        close(name, depth) {
            const current = open[open.length - 1];
            if (name === 'testcase' && current?.depth === depth) {
                counts[current.outcome] += 1;
                open.pop();
            }
        },
    };
}
function outcomeFromAttributes(attributes) {
    const status = attributes.get('status')?.toLowerCase();
    const result = attributes.get('result')?.toLowerCase();
    if ((status !== undefined && NOT_RUN_STATUSES.has(status)) || (result !== undefined && NOT_RUN_RESULTS.has(result))) {
        return 'skipped';
    }
    return 'passed';
}

;// CONCATENATED MODULE: ./src/artefacts/test-results/read-test-report.ts
// Reads one test report: picks the format from the root element, counts its test cases.



function counterForRoot(root) {
    if (JUNIT_ROOTS.has(root))
        return { format: 'JUnit XML', counter: junitCounter() };
    if (root === 'TestRun')
        return { format: 'TRX', counter: trxCounter() };
    if (root === 'test-run')
        return { format: 'NUnit 3 XML', counter: nunit3Counter() };
    if (root === 'test-results')
        return { format: 'NUnit 2 XML', counter: nunit2Counter() };
    if (root === 'assemblies')
        return { format: 'xUnit.net XML', counter: xunit2Counter() };
    return undefined;
}
function readTestReport(text) {
    let root;
    let chosen;
    let depth = 0;
    const outcome = readXml(text, {
        open(name, attributes) {
            const local = localName(name);
            if (depth === 0) {
                root = local;
                chosen = counterForRoot(local);
            }
            chosen?.counter.open(local, attributes, depth);
            depth += 1;
        },
        close(name) {
            depth -= 1;
            chosen?.counter.close(localName(name), depth);
        },
    });
    if (!outcome.ok)
        return { ok: false, reason: 'invalid', message: outcome.message, line: outcome.line };
    if (chosen === undefined) {
        return { ok: false, reason: 'unrecognised', message: `root element <${root ?? ''}> is not a test report format this tool reads` };
    }
    return { ok: true, format: chosen.format, counts: chosen.counter.counts };
}

;// CONCATENATED MODULE: ./src/collectors/test-reports.ts
// Test results from the reports CI wrote (JUnit XML, TRX, NUnit, xUnit.net): how many tests passed, failed,
// errored and were skipped in this run. Each report file gives one finding per outcome whose `value` is the
// count, plus one `tests.reported.files`; the metrics are the sums over the reports used. What counts as
// each outcome, per format, is written in src/artefacts/test-results/.




const OUTCOME_WORDS = { passed: 'passed', failed: 'failed', errors: 'errored', skipped: 'skipped' };
const OUTCOMES = ['passed', 'failed', 'errors', 'skipped'];
function testReportFindings(reports, timing) {
    if (reports.length === 0)
        return [];
    const { fresh, stale } = splitStale(reports, timing.staleHours);
    const findings = stale.map((entry) => staleReportFinding(entry, 'test report'));
    for (const report of fresh) {
        const read = readTestReport(report.text);
        if (!read.ok && read.reason === 'invalid') {
            findings.push({ kind: 'parse.errors', file: report.path, line: read.line, message: `test report is not well-formed XML: ${read.message}` });
            continue;
        }
        if (!read.ok) {
            findings.push(ignoredReport(report.path, 'unrecognised', `not read as a test report: ${read.message}`));
            continue;
        }
        const data = { format: read.format, ageHours: ageHours(report.modifiedMs, timing.nowMs) };
        const total = OUTCOMES.reduce((sum, outcome) => sum + read.counts[outcome], 0);
        findings.push({
            kind: 'tests.reported.files',
            file: report.path,
            line: 0,
            message: `${read.format} test report with ${total} test ${total === 1 ? 'case' : 'cases'}`,
            data,
            value: 1,
        });
        for (const outcome of OUTCOMES) {
            const count = read.counts[outcome];
            findings.push({
                kind: `tests.reported.${outcome}`,
                file: report.path,
                line: 0,
                message: `${count} of ${total} reported ${total === 1 ? 'test' : 'tests'} ${OUTCOME_WORDS[outcome]}`,
                data,
                value: count,
            });
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/artefacts/find-report-files.ts
// Finds the reports CI wrote before the gate ran. They are usually in folders the inventory leaves out on
// purpose (git-ignored, `coverage/`, `build/`, `target/`), so this walks the folder itself instead of using
// the inventory. It never follows a symlink (a link in a pull request could point at any file on the
// runner) and skips `.git` and vendored folders (`node_modules`, `.venv`…), whose packages ship sample reports.






async function findReportFiles(root, globs, options) {
    const isIncluded = matchesAnyGlob(globs, { dot: true });
    const isExcluded = matchesAnyGlob(options.exclude ?? [], { dot: true });
    const isReport = (relative) => isIncluded(relative) && !isExcluded(relative);
    const skipped = [];
    const matches = await walkMatching(root, isReport, skipped);
    const files = [];
    for (const { relative, isSymlink } of matches) {
        const reason = isSymlink ? 'symlink' : files.length >= options.maxFiles ? 'too-many' : undefined;
        if (reason) {
            skipped.push({ path: relative, reason });
            continue;
        }
        const absolute = external_node_path_default().join(root, relative);
        const stats = (0,external_node_fs_.lstatSync)(absolute, { throwIfNoEntry: false });
        if (stats === undefined || !stats.isFile()) {
            skipped.push({ path: relative, reason: stats?.isSymbolicLink() ? 'symlink' : 'unreadable' });
            continue;
        }
        if (stats.size > options.maxBytes) {
            skipped.push({ path: relative, reason: 'too-large' });
            continue;
        }
        // readText opens with O_NOFOLLOW, so a file swapped for a link after the lstat is still not followed.
        const outcome = await readText(absolute);
        if ('skipped' in outcome)
            skipped.push({ path: relative, reason: outcome.skipped });
        else
            files.push({ path: relative, text: outcome.text, modifiedMs: stats.mtimeMs });
    }
    skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, skipped };
}
// Folders listed at a time: as many as libuv has threads for file work, so the walk keeps them busy while the
// main thread hands out the scan's batches, and the queue stays short for the scan's own reads.
const CONCURRENT_LISTINGS = 4;
/** Files (and file symlinks) whose relative path matches, sorted; never enters a symlinked folder. */
async function walkMatching(root, isReport, skipped) {
    const found = [];
    // A queue, not recursion: hostile trees nest hundreds of folders deep.
    const waiting = [''];
    let listing = 0;
    const take = (folder, entries) => {
        if (entries === undefined) {
            skipped.push({ path: folder === '' ? '.' : folder, reason: 'unreadable' });
            return;
        }
        for (const entry of entries) {
            const relative = folder === '' ? entry.name : `${folder}/${entry.name}`;
            if (entry.isDirectory()) {
                if (entry.name !== '.git' && skipReasonByName(`${relative}/_`) !== 'vendored')
                    waiting.push(relative);
            }
            else if ((entry.isFile() || entry.isSymbolicLink()) && isReport(relative)) {
                found.push({ relative, isSymlink: entry.isSymbolicLink() });
            }
        }
    };
    await new Promise((resolve, reject) => {
        const listMore = () => {
            while (listing < CONCURRENT_LISTINGS && waiting.length > 0) {
                const folder = waiting.pop();
                listing++;
                listFolder(external_node_path_default().join(root, folder)).then((entries) => {
                    listing--;
                    take(folder, entries);
                    listMore();
                }, reject);
            }
            if (listing === 0 && waiting.length === 0)
                resolve();
        };
        listMore();
    });
    return found.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}
async function listFolder(absolute) {
    try {
        return await (0,promises_.readdir)(absolute, { withFileTypes: true });
    }
    catch (error) {
        const code = error.code;
        // A folder that vanished or cannot be opened is reported by the caller as `unreadable`.
        if (code === 'EACCES' || code === 'EPERM' || code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/artefacts/report-globs.ts
// Where CI writes test and coverage reports by default. Matched against POSIX paths relative to the scanned
// root, with dotfiles. Names that many unrelated files share (`report.xml`, `results.xml`) are left out: a
// project that writes its JUnit report there adds its own glob.
const DEFAULT_TEST_REPORT_GLOBS = [
    '**/junit*.xml', // jest-junit, vitest, PHPUnit --log-junit, cargo-nextest (target/nextest/*/junit.xml)
    '**/TEST-*.xml', // Maven Surefire/Failsafe, Gradle, Ant <junit>
    '**/test-results/**/*.xml', // Gradle build/test-results/, CircleCI and many CI templates
    '**/test-reports/**/*.xml',
    '**/test-results.xml', // mocha-junit-reporter
    '**/pytest*.xml',
    '**/nosetests.xml',
    '**/TestResult.xml', // NUnit 3 console
    '**/*.trx', // dotnet test --logger trx
];
// Ant's junitreport aggregate (TESTS-TestSuites.xml) repeats the TEST-*.xml files beside it, so it is not
// matched by default. Fixture folders hold sample reports from other projects, not this run's results.
const DEFAULT_REPORT_EXCLUDE_GLOBS = [
    '**/fixtures/**',
    '**/__fixtures__/**',
    '**/testdata/**',
    '**/src/test/resources/**',
    '**/spec/fixtures/**',
];
const DEFAULT_COVERAGE_GLOBS = [
    '**/lcov.info',
    '**/*.lcov',
    '**/coverage.xml', // coverage.py / pytest-cov, gcovr (Cobertura)
    '**/*cobertura*.xml', // coverlet coverage.cobertura.xml, Istanbul cobertura-coverage.xml
    '**/jacoco*.xml', // jacoco.xml, Gradle jacocoTestReport.xml
    '**/clover.xml',
    '**/coverage-summary.json',
    '**/coverage-final.json',
    '**/coverage.json', // coverage.py JSON
    '**/.resultset.json', // SimpleCov
    '**/coverage.out',
    '**/cover.out',
    '**/coverage.txt', // Go, as in Codecov's examples
    '**/*.coverprofile',
];

;// CONCATENATED MODULE: ./src/artefacts/collect-report-evidence.ts
// One call for the scan: find this run's test and coverage reports and turn them into findings.







const DEFAULT_MAX_FILES = 2000;
// Reports are bigger than source files (a Cobertura file for a large project runs to tens of megabytes).
const collect_report_evidence_DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
async function collectReportEvidence(root, options = {}) {
    const limits = {
        maxFiles: options.maxFiles ?? DEFAULT_MAX_FILES,
        maxBytes: options.maxBytes ?? collect_report_evidence_DEFAULT_MAX_BYTES,
        exclude: options.excludeGlobs ?? DEFAULT_REPORT_EXCLUDE_GLOBS,
    };
    const timing = { nowMs: options.nowMs ?? Date.now(), staleHours: options.staleHours ?? DEFAULT_STALE_HOURS };
    const testGlobs = options.testReportGlobs ?? DEFAULT_TEST_REPORT_GLOBS;
    const coverageGlobs = options.coverageGlobs ?? DEFAULT_COVERAGE_GLOBS;
    // One walk for both kinds; a path both lists match (a coverage.xml under test-results/) is a coverage report.
    const found = await findReportFiles(root, [...coverageGlobs, ...testGlobs], limits);
    const isCoveragePath = matchesAnyGlob(coverageGlobs, { dot: true });
    const isCoverage = (file) => isCoveragePath(file.path);
    return [
        ...found.skipped.map(skippedReportFinding),
        ...testReportFindings(found.files.filter((file) => !isCoverage(file)), timing),
        ...coverageReportFindings(found.files.filter(isCoverage), timing),
    ];
}

;// CONCATENATED MODULE: ./src/scan/assemble-evidence.ts
/** Code metrics that are also split by language in `byLanguage`. */
const CODE_METRICS = [
    'tests.files',
    'tests.cases',
    'tests.skipped',
    'source.files',
    'catch.generic',
    'catch.empty',
    'todo.comments',
    'stubs.placeholder',
];
/** Language-specific code metrics: split by language too, but only shown for languages that have them. */
const LANGUAGE_METRICS = new Set([
    'stubs.mock-data',
    'tests.pending',
    'tests.benchmarks',
    'tests.fuzz',
    'tests.examples',
    'tests.subtests',
    'tests.skip-calls',
    'tests.templates',
    'tests.skipped-classes',
    'catch.rescue-modifier',
    'code.panics',
]);
function assemble_evidence_ratio(numerator, denominator) {
    return denominator === 0 ? 0 : Math.round((numerator / denominator) * 10000) / 10000;
}
/**
 * Percent from the summed counts of every report, truncated (not rounded) to one decimal, so 79.96% reads
 * 79.9 and never meets `min: 80`. 0 without reports: rules on it use `when: coverage.reports`.
 */
function assemble_evidence_coveragePercent(covered, total) {
    return total === 0 ? 0 : Math.floor((covered / total) * 1000) / 10;
}
function increment(map, key, amount = 1) {
    map[key] = (map[key] ?? 0) + amount;
}
/**
 * Turns a scan into the evidence every later stage reads: each finding kind is a metric (its count);
 * file counts and ratios come from the inventory. `metricNames` are zero-filled so a missing kind reads 0.
 */
function assembleEvidence(scan, metricNames) {
    const metrics = Object.fromEntries(metricNames.map((name) => [name, 0]));
    const byLanguage = {};
    const languageMetrics = (language) => (byLanguage[language] ??= Object.fromEntries(CODE_METRICS.map((name) => [name, 0])));
    for (const file of scan.files) {
        if (file.language === undefined)
            continue;
        const perLanguage = languageMetrics(file.language);
        if (file.isTestFile) {
            increment(metrics, 'tests.files');
            increment(perLanguage, 'tests.files');
        }
        if (!file.isTest) {
            increment(metrics, 'source.files');
            increment(perLanguage, 'source.files');
        }
    }
    for (const finding of scan.findings) {
        increment(metrics, finding.kind, finding.value ?? 1);
        const isCodeMetric = CODE_METRICS.includes(finding.kind) || LANGUAGE_METRICS.has(finding.kind);
        if (finding.language !== undefined && isCodeMetric)
            increment(languageMetrics(finding.language), finding.kind);
    }
    metrics['tests.ratio'] = assemble_evidence_ratio(metrics['tests.files'] ?? 0, metrics['source.files'] ?? 0);
    for (const perLanguage of Object.values(byLanguage)) {
        perLanguage['tests.ratio'] = assemble_evidence_ratio(perLanguage['tests.files'] ?? 0, perLanguage['source.files'] ?? 0);
    }
    metrics['ci.pipelines'] = (metrics['ci.workflows'] ?? 0) + (metrics['ci.other'] ?? 0);
    for (const kind of ['lines', 'branches']) {
        metrics[`coverage.${kind}`] = assemble_evidence_coveragePercent(metrics[`coverage.${kind}.covered`] ?? 0, metrics[`coverage.${kind}.total`] ?? 0);
    }
    const skippedTotal = Object.values(scan.skipped).reduce((sum, n) => sum + (n ?? 0), 0);
    metrics['files.scanned'] = scan.files.length;
    metrics['files.skipped'] = skippedTotal;
    return {
        inventory: {
            source: scan.source,
            listed: scan.listed,
            scanned: scan.files.length,
            skipped: scan.skipped,
        },
        metrics,
        byLanguage,
        findings: scan.findings,
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/scan/parallelism.ts
// Where the scan's worker script is, and how many threads to use. The bundles (dist/cli.js, dist/index.js)
// have dist/scan-worker.js beside them; run from sources (tests) there is none, and the scan stays on the
// main thread.



// A variable, not a literal: the bundler would otherwise try to bundle the URL as an asset of this module.
const WORKER_FILE = './scan-worker.js';
// Below this many files to read, starting threads (each loads the collectors) costs more than it saves.
const MIN_FILES_FOR_THREADS = 300;
/**
 * Parallel scanning with the bundled worker, one worker per core (the main thread scans only while they
 * start); undefined when there is no bundle or only one core.
 */
function bundledParallelism() {
    const workerScript = new URL(WORKER_FILE, import.meta.url);
    const cores = (0,external_node_os_.availableParallelism)();
    if (cores < 2 || !(0,external_node_fs_.existsSync)((0,external_node_url_.fileURLToPath)(workerScript)))
        return undefined;
    return { workerScript, threads: cores, minFiles: MIN_FILES_FOR_THREADS };
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/version.ts
/** Kept equal to package.json's version by a test; the bundle cannot read package.json at run time. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/scan/scan-cache.ts
// Findings of tracked files, kept between runs. What the text collectors find in a file depends only on its
// path, its content and the scanner's code, so a tracked file whose work-tree copy is the one in git's index
// need not be read again when the cache holds its findings for the same path, blob id and code. A pull
// request's run then reads only the files the pull request changed.
//
// The cache is JSON Lines: a header { format, identity }, then one line per file: [path, blobId, skipped,
// findings], the findings as they were made (the key order of a finding is kept, so reports are
// byte-identical) with `file: 0` standing for the entry's path. A line reused as it is gets written back as
// it was read, so a run that changes a few files writes the cache at little more than the cost of a copy.
// The text is ASCII (other characters are escaped), which reads several times faster than UTF-8.







const FORMAT = 'readiness-gate scan cache 1';
// Skips that depend on the content (and the size cap, part of the identity); the others ('missing',
// 'unreadable', 'symlink'…) depend on the moment and are never kept.
const CONTENT_SKIPS = new Set(['binary', 'minified', 'too-large']);
const isCacheable = (outcome) => outcome.skipped === undefined || CONTENT_SKIPS.has(outcome.skipped);
/**
 * The scanner's code, as the hash of the bundles beside this module (dist/*.js: the CLI or action and the
 * scan worker). Run from sources there are none, and the version stands in for the code.
 */
function scanCodeIdentity() {
    const folder = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    const bundles = (0,external_node_fs_.readdirSync)(folder).filter((name) => name.endsWith('.js')).sort();
    if (!bundles.includes('scan-worker.js'))
        return `sources ${VERSION}`;
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const name of bundles)
        hash.update((0,external_node_fs_.readFileSync)(external_node_path_default().join(folder, name)));
    return hash.digest('hex');
}
/** The identity a cache must carry to be used: the code and every option that changes a file's findings. */
function cacheIdentity(code, maxFileBytes, collectorIds) {
    return `${code} max-file-bytes=${maxFileBytes} collectors=${collectorIds.join(',')}`;
}
/** The stored entry of a file, when the cache has one for its current content. */
function cachedEntry(use, relative) {
    const objectId = use.objectIds.get(relative);
    const entry = use.loaded.get(relative);
    return objectId !== undefined && entry !== undefined && entry.objectId === objectId ? entry : undefined;
}
/** Counts a stored entry as used, keeps it for the next run, and gives its outcome. */
function reuseEntry(use, relative, entry) {
    use.kept.set(relative, entry);
    use.reused++;
    return entry.outcome;
}
/** Keeps a fresh outcome for the next run, when it depends on nothing but the file's committed content. */
function keepOutcome(use, relative, outcome) {
    const objectId = use.objectIds.get(relative);
    if (objectId === undefined || !isCacheable(outcome))
        return;
    use.kept.set(relative, { objectId, outcome: outcome.skipped === undefined ? { findings: outcome.findings } : { skipped: outcome.skipped, findings: outcome.findings } });
}
/** True when the kept entries differ from the loaded ones, so the file needs writing. */
const cacheChanged = (use) => use.kept.size !== use.loaded.size || use.reused !== use.kept.size;
const FINDING_KEYS = new Set(['kind', 'file', 'line', 'column', 'message', 'language', 'data', 'value']);
const LANGUAGE_NAMES = new Set(LANGUAGES);
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
function isFindingData(value) {
    if (!isRecord(value))
        return false;
    for (const key in value) {
        const item = value[key];
        if (typeof item !== 'string' && typeof item !== 'number' && typeof item !== 'boolean')
            return false;
    }
    return true;
}
/** A stored finding made whole again (`file: 0` becomes the path), or undefined when it is not one. */
function restoredFinding(value, file, strings) {
    if (!isRecord(value))
        return undefined;
    for (const key in value)
        if (!FINDING_KEYS.has(key))
            return undefined;
    const { kind, line, column, message, language, data } = value;
    if (typeof kind !== 'string' || typeof message !== 'string' || !Number.isInteger(line))
        return undefined;
    if (column !== undefined && !Number.isInteger(column))
        return undefined;
    if (language !== undefined && !(typeof language === 'string' && LANGUAGE_NAMES.has(language)))
        return undefined;
    if (data !== undefined && !isFindingData(data))
        return undefined;
    if (value.value !== undefined && typeof value.value !== 'number')
        return undefined;
    if (value.file === 0)
        value.file = file;
    else if (typeof value.file !== 'string')
        return undefined;
    // One copy of each kind and language string, as findings from the worker threads have.
    value.kind = strings.get(kind) ?? (strings.set(kind, kind), kind);
    if (typeof language === 'string')
        value.language = strings.get(language) ?? (strings.set(language, language), language);
    return value;
}
function restoredEntry(line, strings) {
    let value;
    try {
        value = JSON.parse(line);
    }
    catch {
        // The line's own problem does not matter: the caller reports the whole file as damaged.
        return undefined;
    }
    if (!Array.isArray(value) || value.length !== 4)
        return undefined;
    const [file, objectId, skipped, stored] = value;
    if (typeof file !== 'string' || typeof objectId !== 'string' || typeof skipped !== 'string' || !Array.isArray(stored))
        return undefined;
    if (skipped !== '' && !CONTENT_SKIPS.has(skipped))
        return undefined;
    // Restored in place: the parsed array becomes the findings.
    for (const item of stored)
        if (restoredFinding(item, file, strings) === undefined)
            return undefined;
    const findings = stored;
    const outcome = skipped === '' ? { findings } : { skipped: skipped, findings };
    return [file, { objectId, outcome, line }];
}
/** The header line, when `line` is one. */
function headerOf(line) {
    let value;
    try {
        value = JSON.parse(line);
    }
    catch {
        // Not JSON: the caller says the file is not a cache.
        return undefined;
    }
    return isRecord(value) && value.format === FORMAT ? { identity: value.identity } : undefined;
}
// Lines read between two turns of the event loop: git's listings of the repository fill their pipes meanwhile.
const LINES_PER_TURN = 256;
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
const unusable = (file, why) => ({
    entries: new Map(),
    note: `the scan cache ${file} was not used: ${why}; every file was read, and the cache is written anew`,
});
/**
 * The lines of the cache at `file`, or why there are none to use. The file's bytes are let go here, before the
 * lines are read: they would double the cache's memory while the caller reads.
 */
function cacheLines(file) {
    let bytes;
    try {
        const stats = (0,external_node_fs_.lstatSync)(file, { throwIfNoEntry: false });
        // No cache yet: the first run makes it.
        if (stats === undefined)
            return { entries: new Map() };
        if (!stats.isFile())
            return { entries: new Map(), note: `the scan cache ${file} was not used: it is not a regular file (a symbolic link is never followed)` };
        // Its text must fit in one string; no repository's findings come near (50,000 files make 26 MB).
        if (stats.size > external_node_buffer_.constants.MAX_STRING_LENGTH)
            return unusable(file, `it is larger than ${external_node_buffer_.constants.MAX_STRING_LENGTH} bytes`);
        bytes = (0,external_node_fs_.readFileSync)(file);
    }
    catch (error) {
        return unusable(file, `it could not be read (${error.code ?? error.message})`);
    }
    if (!(0,external_node_buffer_.isAscii)(bytes))
        return unusable(file, 'it is not a readiness-gate scan cache');
    const lines = bytes.toString('latin1').split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
/**
 * The entries of the cache at `file` made with `identity`; none, with a note saying why, when it is unusable.
 * Reading pauses every few hundred lines, so git's output is taken in while a large cache is read.
 */
async function loadScanCache(file, identity) {
    const lines = cacheLines(file);
    if (!Array.isArray(lines))
        return lines;
    const header = headerOf(lines[0] ?? '');
    if (header === undefined)
        return unusable(file, 'it is not a readiness-gate scan cache');
    const entries = new Map();
    // Another version or other options: expected after an upgrade, and not worth a note.
    if (header.identity !== identity)
        return { entries };
    const strings = new Map();
    for (let index = 1; index < lines.length; index++) {
        if (index % LINES_PER_TURN === 0)
            await nextTurn();
        const entry = restoredEntry(lines[index], strings);
        if (entry === undefined)
            return unusable(file, `line ${index + 1} is damaged`);
        entries.set(entry[0], entry[1]);
    }
    return { entries };
}
const scan_cache_FLUSH_CHARS = 1 << 20;
/** JSON text with every character beyond ASCII escaped (`\u2026`), which JSON.parse reads back the same. */
function asciiJson(value) {
    const text = JSON.stringify(value);
    if (!/[^\x00-\x7f]/.test(text))
        return text;
    return text.replace(/[^\x00-\x7f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** The stored form of a finding: the same keys in the same order, with `file: 0` when it is the entry's path. */
const storedFinding = (finding, file) => (finding.file === file ? { ...finding, file: 0 } : finding);
/**
 * Writes the cache, replacing the file in one step (a reader never sees half of it, and a symbolic link at
 * `file` is replaced, not followed). Returns why it could not be written, if it could not.
 */
function saveScanCache(file, identity, entries) {
    const partial = `${file}.${process.pid}.partial`;
    try {
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
        const fd = (0,external_node_fs_.openSync)(partial, 'w');
        try {
            let pending = `${asciiJson({ format: FORMAT, identity })}\n`;
            for (const [relative, { objectId, outcome, line }] of entries) {
                pending += `${line ?? asciiJson([relative, objectId, outcome.skipped ?? '', outcome.findings.map((finding) => storedFinding(finding, relative))])}\n`;
                if (pending.length >= scan_cache_FLUSH_CHARS) {
                    (0,external_node_fs_.writeSync)(fd, pending);
                    pending = '';
                }
            }
            (0,external_node_fs_.writeSync)(fd, pending);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        (0,external_node_fs_.renameSync)(partial, file);
        return undefined;
    }
    catch (error) {
        if ((0,external_node_fs_.existsSync)(partial))
            (0,external_node_fs_.rmSync)(partial);
        return `the scan cache could not be written to ${file} (${error.code ?? error.message}); the next run reads every file again`;
    }
}

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
;// CONCATENATED MODULE: ./src/inventory/list-paths.ts




// `core.fsmonitor` can name a program to run; a scanned repository's config must never make us run code.
const GIT_SAFETY = ['-c', 'core.fsmonitor=false', '-c', 'core.untrackedCache=false'];
const GIT_OPTIONS = { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 };
/** git's output; on failure the error carries git's `stderr` (see gitFailureReason). */
function runGitNow(root, args) {
    return (0,external_node_child_process_.execFileSync)('git', [...GIT_SAFETY, ...args], { ...GIT_OPTIONS, cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
}
/** runGitNow without blocking this thread. */
function runGit(root, args) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('git', [...GIT_SAFETY, ...args], { ...GIT_OPTIONS, cwd: root }, (error, stdout, stderr) => {
            if (error === null)
                resolve(stdout);
            else
                reject(Object.assign(error, { stderr }));
        });
    });
}
/** runGit, failing with git's first line as the message. */
function runGitLater(root, args) {
    return runGit(root, args).catch((error) => {
        throw new Error(error.stderr.trim().split('\n')[0]?.replace(/^fatal: /, '') || error.message);
    });
}
/** NUL-separated paths from git, sorted and without duplicates. */
const pathsOf = (output) => sortedUnique(output.split('\0'));
/** Paths as git lists them, sorted and without duplicates (an unmerged file is listed once per stage). */
function sortedUnique(listed) {
    if (listed[listed.length - 1] === '')
        listed.pop();
    // git lists in byte order, which is this order unless a path has characters beyond U+FFFF: sort only then.
    for (let i = 1; i < listed.length; i++) {
        if (listed[i - 1] > listed[i]) {
            listed.sort();
            break;
        }
    }
    return listed.filter((p, i) => p !== '' && p !== listed[i - 1]);
}
/** Why git could not list this root, from the error of its `ls-files`. */
function gitFailureReason(error) {
    if (error.code === 'ENOENT')
        return 'git is not installed';
    const stderr = error.stderr?.trim().split('\n')[0];
    // Inside a .git folder or a bare repository git "must be run in a work tree".
    if (stderr?.startsWith('fatal: not a git repository') || stderr?.includes('must be run in a work tree'))
        return 'not inside a git work tree';
    return stderr?.replace(/^fatal: /, '') || 'git could not read the repository';
}
/**
 * Paths and blob ids from `git ls-files --stage -v -z`, whose records read `<tag> <mode> <object id>
 * <stage>\t<path>`. Ids are kept for regular files (mode 100644 or 100755) at stage 0 (not in a merge
 * conflict) tagged `H`: git compares those with the work tree, where it skips a file marked assume-unchanged
 * (tag `h`) or skip-worktree (`S`), which may differ from its blob or be absent.
 */
function stagedEntriesOf(output) {
    const objectIds = new Map();
    const listed = [];
    // Read in place rather than split into records first: this runs on every listed file of every cached run.
    for (let start = 0, end = 0; start < output.length; start = end + 1) {
        end = output.indexOf('\0', start);
        if (end === -1)
            end = output.length;
        const tab = output.indexOf('\t', start);
        if (tab === -1 || tab > end)
            continue;
        const relative = output.slice(tab + 1, end);
        listed.push(relative);
        const comparable = output.startsWith('H 100644 ', start) || output.startsWith('H 100755 ', start);
        if (comparable && output.charCodeAt(tab - 1) === 48 /* 0 */ && output.charCodeAt(tab - 2) === 32)
            objectIds.set(relative, output.slice(start + 9, tab - 2));
    }
    return { paths: sortedUnique(listed), objectIds };
}
/**
 * Blob ids of the tracked files whose work-tree copy is the one in the index, by path: `git diff-files`
 * names the others (edited, deleted, made a symlink, or with stale stat data, which only costs a read).
 */
async function unchangedObjectIds(staged, changed) {
    for (const relative of (await changed).split('\0'))
        staged.delete(relative);
    return staged;
}
/**
 * Files of the repository: tracked plus untracked-but-not-ignored from `git ls-files` when the root is in a
 * git work tree (so .gitignore holds and a developer's new file counts), else from a walk that honours every
 * .gitignore it meets and never follows a symlinked folder.
 */
async function listRepositoryPaths(root, options = {}) {
    let tracked;
    try {
        // With a cache to read meanwhile, git lists without blocking this thread. Without one there is nothing to
        // do meanwhile, and waiting gets the first file read before the rest of the start-up (loading the rules).
        tracked = options.objectIds ? await runGit(root, ['ls-files', '-z', '--stage', '-v']) : runGitNow(root, ['ls-files', '-z', '--cached']);
    }
    catch (error) {
        const unreadableFolders = [];
        return { source: 'walk', paths: walkPaths(root, unreadableFolders), note: gitFailureReason(error), unreadableFolders };
    }
    const untracked = runGitLater(root, ['ls-files', '-z', '--others', '--exclude-standard']).then((output) => ({ paths: pathsOf(output) }), (error) => ({ paths: [], note: `only tracked files were scanned: git could not list the others (${error.message})` }));
    if (!options.objectIds)
        return { source: 'git', paths: pathsOf(tracked), untracked, unreadableFolders: [] };
    // --relative: paths relative to the root, as ls-files gives them, when the root is a subfolder.
    const changed = runGitLater(root, ['diff-files', '-z', '--name-only', '--relative']);
    const staged = stagedEntriesOf(tracked);
    return { source: 'git', paths: staged.paths, untracked, objectIds: unchangedObjectIds(staged.objectIds, changed), unreadableFolders: [] };
}
function walkPaths(root, unreadableFolders) {
    const paths = [];
    // An explicit stack, not recursion: hostile trees nest hundreds of folders deep.
    const stack = [{ relative: '', ignores: [] }];
    while (stack.length > 0) {
        const folder = stack.pop();
        const absolute = external_node_path_default().join(root, folder.relative);
        const entries = readFolder(absolute);
        if (entries === undefined) {
            unreadableFolders.push(folder.relative);
            continue;
        }
        const ignores = [...folder.ignores];
        if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
            const matcher = ignore_default()().add((0,external_node_fs_.readFileSync)(external_node_path_default().join(absolute, '.gitignore'), 'utf8'));
            ignores.push({ base: folder.relative, matcher });
        }
        for (const entry of entries) {
            if (entry.name === '.git')
                continue;
            const relative = folder.relative === '' ? entry.name : `${folder.relative}/${entry.name}`;
            const isFolder = entry.isDirectory();
            if (isIgnored(ignores, relative, isFolder))
                continue;
            if (isFolder)
                stack.push({ relative, ignores });
            else
                paths.push(relative);
        }
    }
    return paths.sort();
}
function readFolder(absolute) {
    try {
        return (0,external_node_fs_.readdirSync)(absolute, { withFileTypes: true });
    }
    catch (error) {
        const code = error.code;
        if (code === 'EACCES' || code === 'EPERM')
            return undefined;
        throw error;
    }
}
function isIgnored(ignores, relative, isFolder) {
    return ignores.some(({ base, matcher }) => {
        const inside = base === '' ? relative : relative.slice(base.length + 1);
        return matcher.ignores(isFolder ? `${inside}/` : inside);
    });
}

;// CONCATENATED MODULE: ./src/scan/scan-file.ts
// The work on one file, the same on the main thread and on a worker: check it on disk, read it once, and
// run every text collector that wants it.



const MINIFIED_LINE_LENGTH = 1000;
function hasLineLongerThan(text, limit) {
    let start = 0;
    while (start < text.length) {
        const end = text.indexOf('\n', start);
        const stop = end === -1 ? text.length : end;
        if (stop - start > limit)
            return true;
        start = stop + 1;
    }
    return false;
}
/** Why a listed file cannot be scanned, judged by lstat (never opened: a named pipe would block). */
function skipReasonOnDisk(root, relative, maxFileBytes) {
    const stats = (0,external_node_fs_.lstatSync)(external_node_path_default().join(root, relative), { throwIfNoEntry: false });
    if (stats === undefined)
        return 'missing';
    if (stats.isSymbolicLink())
        return 'symlink';
    if (!stats.isFile())
        return 'not-a-file';
    if (stats.size > maxFileBytes)
        return 'too-large';
    return undefined;
}
/** The collectors whose bit is set in `mask` (bit i is `collectors[i]`). */
function collectorsIn(collectors, mask) {
    return collectors.filter((_, index) => (mask & (1 << index)) !== 0);
}
/** Which collectors want the file, as a bit mask over `collectors` (at most 31 of them). */
function wantedMask(collectors, file) {
    let mask = 0;
    for (let index = 0; index < collectors.length; index++)
        if (collectors[index].wants(file))
            mask |= 1 << index;
    return mask;
}
function scanFile(root, file, wanted, maxFileBytes) {
    const debug = [];
    const onDisk = skipReasonOnDisk(root, file.path, maxFileBytes);
    if (onDisk !== undefined)
        return { skipped: onDisk, findings: [], debug };
    const outcome = readTextSync(external_node_path_default().join(root, file.path));
    if ('skipped' in outcome)
        return { skipped: outcome.skipped, findings: [], debug };
    if (file.language === 'javascript' && hasLineLongerThan(outcome.text, MINIFIED_LINE_LENGTH)) {
        return { skipped: 'minified', findings: [], debug };
    }
    const findings = [];
    for (const collector of wanted) {
        try {
            // A loop, not push(...found): a spread of a very long array overflows the stack.
            for (const finding of collector.collect(file, outcome.text))
                findings.push(finding);
        }
        catch (error) {
            // A collector bug must not hide the rest of the report; it becomes a visible problem on that file.
            debug.push(`${collector.id} failed on ${file.path}: ${error.stack ?? String(error)}`);
            findings.push(collectorFailure(collector.id, file.path, error));
        }
    }
    return { findings, debug };
}
// Prepending a character makes V8 build the string anew, and the slice then points into that copy.
const copyString = (text) => ` ${text}`.slice(1);
/**
 * Copies the findings' strings out of the file's text, in place. V8 keeps a substring (and a template
 * literal built from one) as a view into the whole string it was cut from, so a message quoting one line (a
 * test name, a TODO) would keep the whole file in memory until the report is written: on a large repository
 * that was half of the heap. Findings made on a worker thread need none of this: they arrive as copies.
 */
function detachFromFileText(findings) {
    for (const finding of findings) {
        finding.message = copyString(finding.message);
        const { data } = finding;
        if (data === undefined)
            continue;
        for (const key of Object.keys(data)) {
            const value = data[key];
            if (typeof value === 'string')
                data[key] = copyString(value);
        }
    }
}
function collectorFailure(collectorId, file, error) {
    return {
        kind: 'parse.errors',
        file,
        line: 0,
        message: `readiness-gate could not analyse this file (${collectorId}: ${error.message}); please report it`,
    };
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/scan/worker-pool.ts
// Spreads the per-file work (scan-file.ts) over the main thread and worker threads: batches of files go
// out, a few per worker at a time so no worker waits for the main thread, and each batch's outcomes come back
// to the slots of its files. The caller assembles them in file order, so the findings are the same as a
// scan on one thread.

// Small enough that every thread stays busy to the end, large enough that messages cost little per file.
const BATCH_FILES = 64;
// Batches queued per worker, so it has the next one while the main thread is busy with its own.
const BATCHES_PER_WORKER = 3;
// A worker keeps little alive (a batch of files), so half the default young generation (48 MB) costs a few
// more quick collections and saves that much memory per worker. The old generation is left unbounded: a
// hostile batch full of findings must make the scan slow, not make a worker run out of memory.
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 24 };
const yieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve));
/**
 * The outcome of each task, numbered in the order `tasks` yields them; undefined for the tasks `stopped`
 * kept from being started (those are not taken from `tasks`, so the caller can still count them). Tasks are
 * taken as the threads need them, so the first file is read before the last one is planned. The main thread
 * scans batches too (with `scanHere`) until a worker is ready: it is already warm, and it reads the first
 * file before any worker has even loaded its collectors.
 */
async function scanInParallel(tasks, options, scanHere) {
    const outcomes = [];
    let taken = 0;
    let exhausted = false;
    const takeBatch = (files = BATCH_FILES) => {
        if (exhausted || options.stopped())
            return undefined;
        const batch = { start: taken, tasks: [] };
        while (batch.tasks.length < files) {
            const next = tasks.next();
            if (next.done === true) {
                exhausted = true;
                break;
            }
            batch.tasks.push(next.value);
        }
        taken += batch.tasks.length;
        return batch.tasks.length > 0 ? batch : undefined;
    };
    const store = ({ start }, results) => {
        results.forEach((outcome, offset) => {
            outcomes[start + offset] = outcome;
        });
    };
    const intern = internerOfStrings();
    const storeFromWorker = (batch, results) => {
        results.forEach((outcome, offset) => shareStrings(outcome, batch.tasks[offset].file.path, intern));
        store(batch, results);
    };
    // The first file is read before the workers are started: starting them, and planning and sending their
    // first batches, costs this thread tens of milliseconds.
    const first = takeBatch(1);
    if (first !== undefined)
        store(first, first.tasks.map(scanHere));
    if (first === undefined)
        return outcomes;
    const pool = startWorkers(options, () => takeBatch(), storeFromWorker);
    try {
        // This thread scans only until the first worker is ready (it is warm, so the first file is read at
        // once), then leaves the work to them: what it allocates while scanning would grow the heap that holds
        // every finding, and a collection there costs in proportion to all of them.
        while (!pool.isReady()) {
            const batch = takeBatch();
            if (batch === undefined)
                break;
            store(batch, batch.tasks.map(scanHere));
            await Promise.race([yieldToEventLoop(), pool.failed]);
        }
        await pool.drained();
    }
    finally {
        await pool.stop();
    }
    for (let i = outcomes.length; i < taken; i++)
        outcomes.push(undefined);
    return outcomes;
}
/**
 * One copy of each repeated string. Findings that cross from a worker are copies, each with its own copy of
 * the file path, kind and language; with 300,000 findings those copies were a third of the heap.
 */
function internerOfStrings() {
    const known = new Map();
    return (text) => {
        const first = known.get(text);
        if (first !== undefined)
            return first;
        known.set(text, text);
        return text;
    };
}
function shareStrings(outcome, path, intern) {
    for (const finding of outcome.findings) {
        if (finding.file === path)
            finding.file = path;
        finding.kind = intern(finding.kind);
        if (finding.language !== undefined)
            finding.language = intern(finding.language);
    }
}
function startWorkers(options, takeBatch, store) {
    const setup = { root: options.root, maxFileBytes: options.maxFileBytes, collectorIds: options.collectorIds };
    const workers = Array.from({ length: options.threads }, () => new external_node_worker_threads_.Worker(options.workerScript, { workerData: setup, resourceLimits: WORKER_LIMITS }));
    let inFlight = 0;
    let ready = false;
    let stopped = false;
    let onDrained = () => { };
    let fail = () => { };
    const failed = new Promise((_, reject) => {
        fail = reject;
    });
    // Observed by the caller's race; this keeps a failure after the main loop from being an unhandled one.
    failed.catch(() => { });
    const sent = new Map();
    const send = (worker) => {
        const batch = takeBatch();
        if (batch === undefined) {
            if (inFlight === 0)
                onDrained();
            return;
        }
        inFlight++;
        sent.set(batch.start, batch);
        const request = { batch: batch.start, tasks: batch.tasks };
        worker.postMessage(request);
    };
    for (const worker of workers) {
        worker.on('message', (reply) => {
            inFlight--;
            ready = true;
            const batch = sent.get(reply.batch);
            sent.delete(reply.batch);
            store(batch, reply.outcomes);
            send(worker);
        });
        // A worker's own failure is an internal bug (collector errors are caught per file): the scan fails.
        worker.on('error', (error) => fail(error));
        worker.on('exit', (code) => {
            if (!stopped)
                fail(new Error(`a scan worker stopped early (exit code ${code})`));
        });
        for (let i = 0; i < BATCHES_PER_WORKER; i++)
            send(worker);
    }
    return {
        isReady: () => ready,
        failed,
        drained: () => inFlight === 0
            ? Promise.resolve()
            : Promise.race([new Promise((resolve) => (onDrained = resolve)), failed]),
        stop: async () => {
            stopped = true;
            await Promise.all(workers.map((worker) => worker.terminate()));
        },
    };
}

;// CONCATENATED MODULE: ./src/scan/scan-repository.ts










/** True when every folder above `relative` is a real folder, not a symlink (cached per folder). */
function makeParentCheck(root) {
    const verdicts = new Map();
    const folderIsReal = (folder) => {
        let verdict = verdicts.get(folder);
        if (verdict === undefined) {
            const stats = (0,external_node_fs_.lstatSync)(external_node_path_default().join(root, folder), { throwIfNoEntry: false });
            verdict = stats !== undefined && stats.isDirectory() && !stats.isSymbolicLink();
            verdicts.set(folder, verdict);
        }
        return verdict;
    };
    return (relative) => {
        for (let slash = relative.indexOf('/'); slash !== -1; slash = relative.indexOf('/', slash + 1)) {
            if (!folderIsReal(relative.slice(0, slash)))
                return false;
        }
        return true;
    };
}
/**
 * Each task's outcome in the order `tasks` yields them, on worker threads too when the options allow and
 * the work (`expected` tasks at most) is worth it; undefined for the tasks the deadline left unread.
 */
async function readAndCollect(root, tasks, expected, options) {
    const { parallel, deadline, signal } = options;
    const scanHere = ({ file, mask }) => {
        const outcome = scanFile(root, file, collectorsIn(options.textCollectors, mask), options.maxFileBytes);
        detachFromFileText(outcome.findings);
        return outcome;
    };
    const stopped = () => signal?.aborted === true || (deadline !== undefined && Date.now() >= deadline);
    let outcomes = [];
    if (parallel !== undefined && parallel.threads > 0 && expected >= parallel.minFiles && !stopped()) {
        const collectorIds = options.textCollectors.map((collector) => collector.id);
        const { workerScript, threads } = parallel;
        outcomes = await scanInParallel(tasks, { root, maxFileBytes: options.maxFileBytes, collectorIds, workerScript, threads, stopped }, scanHere);
    }
    else {
        while (!stopped()) {
            const next = tasks.next();
            if (next.done === true)
                break;
            outcomes.push(scanHere(next.value));
        }
    }
    // The tasks left when time ran out are still planned, so every file is accounted for.
    for (const _ of tasks)
        outcomes.push(undefined);
    return outcomes;
}
const isAttributesFile = (relative) => relative === '.gitattributes' || relative.endsWith('/.gitattributes');
/** Skips, reads and collects one list of paths, adding to the tally. */
async function scanPaths(root, paths, tally, options) {
    const skip = (reason) => {
        tally.skipped[reason] = (tally.skipped[reason] ?? 0) + 1;
    };
    const parentsAreReal = makeParentCheck(root);
    const skipReasonByPath = (relative) => skipReasonByName(relative) ?? (parentsAreReal(relative) ? undefined : 'symlink');
    const attributeFiles = paths.filter((relative) => isAttributesFile(relative) && skipReasonByPath(relative) === undefined);
    // Without attribute files there is nothing to wait for: the first files are then read before this call
    // returns, and the caller's own work (loading the rules) overlaps with the scan.
    if (attributeFiles.length > 0)
        tally.attributeLines.push(...(await readAttributeLines(root, attributeFiles)));
    // Every file judged scanned or to be read, in path order; the ones to read are also yielded as tasks,
    // planned as the readers ask for them, so the first file is read before the last one is planned.
    // With a cache, the entry it serves for each path (found once: the count of files to read below needs them
    // before planning does).
    const { cache } = tally;
    const served = cache === undefined ? undefined : paths.map((relative) => cachedEntry(cache, relative));
    const entries = [];
    function* plannedTasks() {
        for (let index = 0; index < paths.length; index++) {
            const relative = paths[index];
            const cached = served?.[index];
            // git names a file behind a symlinked folder as changed, so a cached file needs no check of its folders.
            const reason = skipReasonByName(relative) ??
                (cached !== undefined || parentsAreReal(relative) ? undefined : 'symlink') ??
                skipReasonByAttributes(relative, tally.attributeLines);
            if (reason) {
                skip(reason);
                continue;
            }
            const file = describeFile(relative);
            if (cached !== undefined) {
                entries.push({ file, mask: 0, reused: reuseEntry(cache, relative, cached) });
                continue;
            }
            const mask = wantedMask(options.textCollectors, file);
            // Files no text collector wants are checked on disk here; the rest where they are read (scan-file.ts).
            const onDisk = mask === 0 ? skipReasonOnDisk(root, relative, options.maxFileBytes) : undefined;
            if (cache && mask === 0)
                keepOutcome(cache, relative, { skipped: onDisk, findings: [] });
            if (onDisk) {
                skip(onDisk);
                continue;
            }
            const entry = { file, mask };
            entries.push(entry);
            if (mask !== 0)
                yield entry;
        }
    }
    // Threads are worth starting only for the files that will be read: with a cache, often a handful. Files
    // skipped by name or by .gitattributes are never cached (the attributes may change), and never read.
    const toRead = served === undefined
        ? paths.length
        : paths.filter((relative, index) => served[index] === undefined &&
            skipReasonByName(relative) === undefined &&
            skipReasonByAttributes(relative, tally.attributeLines) === undefined).length;
    const outcomes = await readAndCollect(root, plannedTasks(), toRead, options);
    let read = 0;
    for (const { file, mask, reused } of entries) {
        let outcome = reused;
        if (outcome === undefined) {
            if (mask === 0) {
                tally.scanned.push(file);
                continue;
            }
            const fresh = outcomes[read++];
            for (const message of fresh?.debug ?? [])
                options.debug?.(message);
            if (fresh !== undefined && cache)
                keepOutcome(cache, file.path, fresh);
            outcome = fresh;
        }
        if (outcome === undefined)
            tally.unscanned++;
        else if (outcome.skipped)
            skip(outcome.skipped);
        else
            tally.scanned.push(file);
        for (const finding of outcome?.findings ?? [])
            tally.findings.push(finding);
    }
}
/**
 * The cache for this scan, once git has said which tracked files are unchanged; undefined (with a note when
 * the user should know why) when it cannot be used.
 */
async function openCache(cacheFile, listing, loaded, notes) {
    if (listing.objectIds === undefined)
        return undefined;
    let objectIds;
    try {
        objectIds = await listing.objectIds;
    }
    catch (error) {
        notes.push(`the scan cache was not used: git could not compare the work tree with its index (${error.message})`);
        return undefined;
    }
    // A cache in the commit could be forged by whoever makes the commit: it would vouch for files unread.
    if (listing.paths.includes(cacheFile)) {
        notes.push(`the scan cache ${cacheFile} was not used: git tracks it, so a commit could forge it; keep it outside the repository or ignored`);
        return undefined;
    }
    if (loaded.note !== undefined)
        notes.push(loaded.note);
    return { objectIds, loaded: loaded.entries, kept: new Map(), reused: 0 };
}
/**
 * Lists, skips, reads and collects. The tracked files are read first, while git lists the untracked ones
 * (a walk of the whole work tree); those are scanned second, so the first file is read as soon as the index
 * is listed. A `.gitattributes` file that is itself untracked therefore applies to untracked files only.
 */
async function scanRepository(root, options) {
    const { cache } = options;
    // The cache is read while git lists the repository.
    const [listing, loaded] = await Promise.all([
        listRepositoryPaths(root, { objectIds: cache !== undefined }),
        cache === undefined ? undefined : loadScanCache(cache.file, cache.identity),
    ]);
    const notes = listing.note ? [`files listed by walking the folder: ${listing.note}`] : [];
    const tally = { findings: [], scanned: [], skipped: {}, unscanned: 0, attributeLines: [] };
    // The cache file's path relative to the root, as listed paths are.
    const cacheFile = cache === undefined ? undefined : external_node_path_default().relative(root, cache.file).split((external_node_path_default()).sep).join('/');
    if (loaded !== undefined)
        tally.cache = await openCache(cacheFile, listing, loaded, notes);
    if (listing.unreadableFolders.length > 0)
        tally.skipped.unreadable = listing.unreadableFolders.length;
    await scanPaths(root, listing.paths, tally, options);
    let paths = listing.paths;
    if (listing.untracked !== undefined) {
        const untracked = await listing.untracked;
        if (untracked.note !== undefined)
            notes.push(untracked.note);
        // The cache file is the scan's own output, not the repository's: whether it exists must not change the scan.
        if (cacheFile !== undefined)
            untracked.paths = untracked.paths.filter((relative) => relative !== cacheFile);
        if (untracked.paths.length > 0) {
            await scanPaths(root, untracked.paths, tally, options);
            paths = mergeSorted(listing.paths, untracked.paths);
            tally.scanned.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        }
    }
    const { findings, scanned, unscanned } = tally;
    // In one fixed order: the order reasons were first met depends on which files the cache served.
    const skipped = Object.fromEntries(SKIP_REASONS.filter((reason) => tally.skipped[reason] !== undefined).map((reason) => [reason, tally.skipped[reason]]));
    // Path collectors run last: they may read what the text collectors found (ScanFacts).
    const facts = { paths, findings: [...findings] };
    for (const collector of options.pathCollectors) {
        try {
            for (const finding of collector.collect(scanned, facts))
                findings.push(finding);
        }
        catch (error) {
            options.debug?.(`${collector.id} failed on .: ${error.stack ?? String(error)}`);
            findings.push(collectorFailure(collector.id, '.', error));
        }
    }
    if (cache !== undefined && tally.cache !== undefined && options.signal?.aborted !== true && cacheChanged(tally.cache)) {
        const problem = saveScanCache(cache.file, cache.identity, tally.cache.kept);
        if (problem !== undefined)
            notes.push(problem);
    }
    findings.sort(scan_repository_compareFindings);
    const listed = paths.length + listing.unreadableFolders.length;
    return {
        source: listing.source,
        listed,
        paths,
        files: scanned,
        findings,
        skipped,
        notes,
        ...(unscanned > 0 ? { incomplete: { reason: 'time budget', unscanned } } : {}),
        ...(tally.cache === undefined ? {} : { cache: { reused: tally.cache.reused } }),
    };
}
/** One sorted list from two sorted lists with nothing in common. */
function mergeSorted(a, b) {
    const merged = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        if (j >= b.length || (i < a.length && a[i] < b[j]))
            merged.push(a[i++]);
        else
            merged.push(b[j++]);
    }
    return merged;
}
function scan_repository_compareFindings(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    if (a.line !== b.line)
        return a.line - b.line;
    if (a.kind !== b.kind)
        return a.kind < b.kind ? -1 : 1;
    return (a.column ?? 0) - (b.column ?? 0);
}
async function readAttributeLines(root, attributeFiles) {
    const byDepth = [...attributeFiles].sort((a, b) => a.split('/').length - b.split('/').length);
    const lines = [];
    for (const relative of byDepth) {
        if (skipReasonOnDisk(root, relative, 1024 * 1024) !== undefined)
            continue;
        const outcome = await readText(external_node_path_default().join(root, relative));
        if ('text' in outcome)
            lines.push(...parseGitattributes(external_node_path_default().posix.dirname(relative).replace(/^\.$/, ''), outcome.text));
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/run-check.ts












const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
/** The scanned folder's path inside the repository: '' or ending in '/'. */
function folderPrefix(repositoryRoot, root) {
    const relative = external_node_path_default().relative(repositoryRoot, root).split((external_node_path_default()).sep).join('/');
    return relative === '' ? '' : `${relative}/`;
}
async function run_check_runCheck(options) {
    const notes = [];
    const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const request = options.change;
    // A commit the clone lacks (a shallow checkout) is fetched before the scan starts: git fetch blocks this
    // thread, and would hold the scan up while its time budget runs. The rest of the change is resolved once the
    // scan has started, so files are read (and git lists the untracked ones) while git diffs the base, the rules
    // load and git reads the changed files' base texts; a rule file with problems, or a change that cannot be
    // judged at all, stops the scan (and waits for its threads) before the problem is reported.
    const commits = request === undefined ? undefined : ensureChangeCommits(request);
    const stopScan = new AbortController();
    const scanning = scanRepository(options.root, {
        maxFileBytes,
        textCollectors: textCollectors,
        pathCollectors: pathCollectors,
        debug: options.debug,
        parallel: bundledParallelism(),
        signal: stopScan.signal,
        ...(options.cacheFile === undefined
            ? {}
            : { cache: { file: options.cacheFile, identity: cacheIdentity(scanCodeIdentity(), maxFileBytes, textCollectors.map((collector) => collector.id)) } }),
        ...(options.timeBudgetMs === undefined ? {} : { deadline: Date.now() + options.timeBudgetMs }),
    });
    // Reports live where CI wrote them (often ignored folders), so they are found by their own walk, which
    // lists folders on libuv's threads while the scan reads files.
    const reporting = options.reports === false ? undefined : collectReportEvidence(options.root, { ...options.reports, nowMs: Date.now() });
    let resolved;
    let prefix = '';
    let rules;
    let scan;
    let reportFindings;
    let baseTexts;
    try {
        if (request !== undefined && commits !== undefined) {
            const outcome = await resolveChangeSet(request, commits);
            if ('unavailable' in outcome)
                notes.push(`judging the whole repository only: ${outcome.unavailable}`);
            else {
                resolved = outcome;
                notes.push(...outcome.notes);
                prefix = folderPrefix(request.repositoryRoot, options.root);
            }
        }
        const { resolveRuleSet, rulesForChange } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(177)]).then(__webpack_require__.bind(__webpack_require__, 8177));
        rules =
            request && resolved
                ? await rulesForChange(options, request, resolved, prefix)
                : { ruleSet: resolveRuleSet(options.root, options.config, { baseRef: request?.baseRef, event: request?.event }) };
        // The changed files' base texts, read by git while the scan goes on.
        const reading = request && resolved ? readBaseTexts(request, resolved, prefix, maxFileBytes) : new Map();
        [scan, reportFindings, baseTexts] = await Promise.all([scanning, reporting ?? [], reading]);
    }
    catch (error) {
        stopScan.abort();
        await Promise.allSettled([scanning, reporting]);
        throw error;
    }
    notes.push(...scan.notes);
    if (scan.cache !== undefined)
        options.debug?.(`scan cache: the findings of ${scan.cache.reused} of ${scan.listed} listed files came from it`);
    if (scan.incomplete !== undefined) {
        notes.push(`the scan stopped at its time budget with ${scan.incomplete.unscanned} files unread; the report covers what was read, and the gate fails because it cannot vouch for the rest (raise the time budget)`);
    }
    scan.findings.push(...reportFindings);
    const evidence = assembleEvidence(scan, metric_catalog/* METRIC_NAMES */.Uw);
    const input = { evidence, paths: scan.paths, ruleSet: rules.ruleSet, failOn: options.failOn };
    let change;
    let evaluation = undefined;
    if (request && resolved) {
        const { evidence: changeEvidence, changeSet } = changeEvidenceOf({
            request,
            resolved,
            prefix,
            scan,
            baseTexts,
            textCollectors: textCollectors,
            pathCollectors: pathCollectors,
        });
        const pullRequest = evaluatePullRequest({ ...input, change: changeEvidence, changedFiles: changeSet.files });
        evaluation = pullRequest;
        change = {
            ...changeEvidence,
            baseScore: pullRequest.baseScore,
            scoreDelta: pullRequest.scoreDelta,
            ...(rules.ruleFileChange === undefined ? {} : { ruleFileChange: rules.ruleFileChange }),
        };
    }
    else {
        evaluation = evaluate(input);
    }
    // Key order is the order people read the JSON in: the verdict first, the long findings list last.
    const report = {
        schemaVersion: 1,
        tool: { name: 'readiness-gate', version: VERSION },
        // An incomplete scan cannot pass a gate: it did not look at everything (fail-on: never still passes).
        verdict: scan.incomplete !== undefined && options.failOn !== 'never' ? 'fail' : evaluation.verdict,
        score: evaluation.score,
        counts: evaluation.counts,
        failOn: options.failOn,
        rules: {
            source: rules.ruleSet.source,
            extends: rules.ruleSet.extends,
            ...(rules.ruleSet.profile === undefined ? {} : { profile: rules.ruleSet.profile }),
        },
        results: evaluation.results,
        ...(scan.incomplete === undefined ? {} : { incomplete: scan.incomplete }),
        ...(change === undefined ? {} : { change }),
        inventory: evidence.inventory,
        metrics: evidence.metrics,
        byLanguage: evidence.byLanguage,
        findings: evidence.findings,
    };
    return { report, notes };
}

;// CONCATENATED MODULE: ./src/cli/run-cli.ts








// From where it is defined: load-rule-file.js would load the rule schema (zod) before the scan starts.



const USAGE = `Usage: readiness-gate check [DIR] [options]

Scans DIR (default: the current folder) for production-readiness evidence and checks it against rules:
--config FILE, else DIR/.github/readiness.yml, else the built-in "recommended" preset.

Options:
  --config FILE          rule file to use
  --base REF             judge the commits since REF as a pull request would be (new findings on added
                         lines, metric deltas, base rules when the rule file changed); e.g. --base origin/main
  --format FORMAT        text (default), json, markdown or sarif
  --fail-on LEVEL        error (default), warning or never: which failed rules fail the gate
  --output FILE          also write the JSON report to FILE
  --cache FILE           keep the findings of tracked files in FILE and reuse them for files that have not
                         changed since (a run after a small change reads only the changed files); keep FILE
                         outside the repository or ignored by git
  --test-reports GLOB    where CI writes test reports (JUnit XML, TRX…); repeatable; replaces the built-in globs
  --coverage-reports GLOB  where CI writes coverage reports (lcov, Cobertura, JaCoCo…); repeatable
  --no-reports           do not look for test or coverage reports
  --time-budget SECONDS  stop scanning after this long (default 600); an incomplete scan fails the gate
  --max-file-size BYTES  skip files larger than this (default ${DEFAULT_MAX_FILE_BYTES})
  --no-color             plain text output
  --debug                print internal errors with their stack
  --version, --help

Exit status: 0 the gate passed, 1 the gate failed, 2 usage or configuration error.`;
const FORMATS = ['text', 'json', 'markdown', 'sarif'];
const FAIL_ON = ['error', 'warning', 'never'];
class UsageError extends Error {
}
function oneOf(value, allowed, option) {
    if (allowed.includes(value))
        return value;
    throw new UsageError(`${option}: "${value}" is not allowed; use ${allowed.join(', ')}`);
}
function parseCli(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                config: { type: 'string' },
                base: { type: 'string' },
                format: { type: 'string', default: 'text' },
                'fail-on': { type: 'string', default: 'error' },
                output: { type: 'string' },
                cache: { type: 'string' },
                'test-reports': { type: 'string', multiple: true },
                'coverage-reports': { type: 'string', multiple: true },
                'no-reports': { type: 'boolean', default: false },
                'time-budget': { type: 'string', default: '600' },
                'max-file-size': { type: 'string' },
                'no-color': { type: 'boolean', default: false },
                debug: { type: 'boolean', default: false },
                version: { type: 'boolean', default: false },
                help: { type: 'boolean', default: false },
            },
        });
    }
    catch (error) {
        throw new UsageError(error.message);
    }
    const { values, positionals } = parsed;
    const [command, dir, ...extra] = positionals;
    if (values.help)
        return { kind: 'help' };
    if (values.version)
        return { kind: 'version' };
    if (command !== 'check') {
        throw new UsageError(command === undefined ? 'a command is required' : `unknown command "${command}"`);
    }
    if (extra.length > 0)
        throw new UsageError(`unexpected argument "${extra[0]}"`);
    const timeBudget = Number(values['time-budget']);
    if (!Number.isFinite(timeBudget) || timeBudget < 0) {
        throw new UsageError(`--time-budget: "${values['time-budget']}" is not a number of seconds`);
    }
    if (values.cache === '')
        throw new UsageError('--cache: give the file to keep the cache in');
    let maxFileBytes;
    if (values['max-file-size'] !== undefined) {
        maxFileBytes = Number(values['max-file-size']);
        if (!Number.isInteger(maxFileBytes) || maxFileBytes <= 0) {
            throw new UsageError(`--max-file-size: "${values['max-file-size']}" is not a positive whole number of bytes`);
        }
    }
    return {
        kind: 'check',
        dir: dir ?? '.',
        config: values.config,
        base: values.base,
        format: oneOf(values.format, FORMATS, '--format'),
        failOn: oneOf(values['fail-on'], FAIL_ON, '--fail-on'),
        output: values.output,
        cache: values.cache,
        timeBudgetMs: timeBudget * 1000,
        reports: values['no-reports']
            ? false
            : {
                ...(values['test-reports'] ? { testReportGlobs: values['test-reports'] } : {}),
                ...(values['coverage-reports'] ? { coverageGlobs: values['coverage-reports'] } : {}),
            },
        maxFileBytes,
        noColor: values['no-color'],
        debug: values.debug,
    };
}
/**
 * `--base REF` locally: the committed changes of this branch since it left REF (their merge base), as the
 * pull request would show them. Uncommitted edits are scanned but have no "added lines".
 */
function localChange(root, base) {
    if (base.startsWith('-'))
        return { problem: 'a git ref cannot start with "-"' };
    let repositoryRoot;
    try {
        repositoryRoot = (0,run_git/* runGitText */.HZ)(root, ['rev-parse', '--show-toplevel']).trim();
    }
    catch (error) {
        const reason = (0,run_git/* gitFailureReason */.nG)(error);
        return { problem: reason.startsWith('fatal: not a git repository') ? 'the folder is not inside a git work tree; --base compares commits' : reason };
    }
    let headSha;
    try {
        headSha = (0,run_git/* runGitText */.HZ)(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']).trim();
    }
    catch {
        // `--quiet` leaves git silent when HEAD is unborn, which is the one way this fails in a work tree.
        return { problem: 'the repository has no commits yet; --base compares commits' };
    }
    try {
        const baseSha = (0,run_git/* runGitText */.HZ)(root, ['merge-base', base, 'HEAD']).trim();
        return { repositoryRoot, baseSha, headSha, event: 'pull_request', baseRef: base.replace(/^(refs\/heads\/|origin\/)/, '') };
    }
    catch (error) {
        return { problem: (0,run_git/* gitFailureReason */.nG)(error) };
    }
}
/** Runs the CLI and returns its exit status; never throws for a user's mistake. */
async function runCli(argv, io) {
    let args;
    try {
        args = parseCli(argv);
    }
    catch (error) {
        if (!(error instanceof UsageError))
            throw error;
        io.stderr(`readiness-gate: ${error.message}\n\n${USAGE}\n`);
        return 2;
    }
    if (args.kind === 'help') {
        await io.stdout(`${USAGE}\n`);
        return 0;
    }
    if (args.kind === 'version') {
        await io.stdout(`${VERSION}\n`);
        return 0;
    }
    const root = external_node_path_default().resolve(io.cwd, args.dir);
    if (!(0,external_node_fs_.statSync)(root, { throwIfNoEntry: false })?.isDirectory()) {
        io.stderr(`readiness-gate: ${args.dir} is not a folder; give the repository folder to scan\n`);
        return 2;
    }
    let change;
    if (args.base !== undefined) {
        const resolved = localChange(root, args.base);
        if ('problem' in resolved) {
            io.stderr(`readiness-gate: --base ${args.base}: ${resolved.problem}\n`);
            return 2;
        }
        change = resolved;
    }
    let outcome;
    try {
        outcome = await run_check_runCheck({
            change,
            root,
            config: args.config === undefined ? undefined : { path: external_node_path_default().resolve(io.cwd, args.config), display: args.config },
            failOn: args.failOn,
            maxFileBytes: args.maxFileBytes,
            ...(args.cache === undefined ? {} : { cacheFile: external_node_path_default().resolve(io.cwd, args.cache) }),
            reports: args.reports,
            timeBudgetMs: args.timeBudgetMs,
            debug: args.debug ? (message) => io.stderr(`debug: ${message}\n`) : undefined,
        });
    }
    catch (error) {
        if (!(error instanceof rule_set/* RuleFileError */.$))
            throw error;
        io.stderr(`readiness-gate: the rule file has problems:\n${error.problems.join('\n')}\n`);
        return 2;
    }
    const { report, notes } = outcome;
    for (const note of notes)
        io.stderr(`note: ${note}\n`);
    if (args.output !== undefined)
        writeJsonFile(external_node_path_default().resolve(io.cwd, args.output), report);
    if (args.format === 'json' || args.format === 'sarif') {
        for (const chunk of jsonTextChunks(args.format === 'json' ? report : renderSarif(report)))
            await io.stdout(chunk);
    }
    else if (args.format === 'markdown')
        await io.stdout(renderMarkdown(report, {}));
    else
        await io.stdout(`${renderText(report, { color: io.color && !args.noColor })}\n`);
    return report.verdict === 'fail' ? 1 : 0;
}


/***/ }),

/***/ 690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QQ: () => (/* binding */ pullRequestsOnly),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   Wk: () => (/* binding */ formatActual),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   pq: () => (/* binding */ countOf),
/* harmony export */   qY: () => (/* binding */ findingsOfKind),
/* harmony export */   v_: () => (/* binding */ firstFindings)
/* harmony export */ });
const findingsByKind = new WeakMap();
/**
 * The findings of one kind, in their order. Every finding rule asks for its own kind among the same findings
 * (often over 100,000 of them), so they are sorted into kinds once per list rather than filtered per rule.
 */
function findingsOfKind(findings, kind) {
    let byKind = findingsByKind.get(findings);
    if (byKind === undefined) {
        byKind = new Map();
        for (const finding of findings) {
            const ofKind = byKind.get(finding.kind);
            if (ofKind === undefined)
                byKind.set(finding.kind, [finding]);
            else
                ofKind.push(finding);
        }
        findingsByKind.set(findings, byKind);
    }
    return byKind.get(kind) ?? [];
}
/** Findings in a stable order, by file, then line, then column. */
const compareByPlace = (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
function sortFindings(findings) {
    return [...findings].sort(compareByPlace);
}
/**
 * The first `limit` of sortFindings(findings), without sorting them all: a kind can have 100,000 findings
 * and a result shows twenty. Ties keep their order, as in the (stable) sort.
 */
function firstFindings(findings, limit) {
    const first = [];
    if (limit <= 0)
        return first;
    for (const finding of findings) {
        if (first.length === limit && compareByPlace(finding, first[limit - 1]) >= 0)
            continue;
        let at = first.length;
        while (at > 0 && compareByPlace(first[at - 1], finding) > 0)
            at--;
        first.splice(at, 0, finding);
        if (first.length > limit)
            first.pop();
    }
    return first;
}
/** Whole numbers as they are, others to two decimals: 0.05, 0.1, 0.33. */
function formatNumber(value) {
    return String(Math.round(value * 100) / 100);
}
/**
 * `actual` next to a threshold it failed: with more decimals when two would make them look equal
 * ("tests.ratio is 0.0996; at least 0.1 is required", not "is 0.1").
 */
function formatActual(actual, threshold) {
    const shown = formatNumber(actual);
    return shown === formatNumber(threshold) && actual !== threshold ? String(Math.round(actual * 10000) / 10000) : shown;
}
/** The outcome of a pull-request check when there is no pull request. */
function pullRequestsOnly(metric) {
    return { status: 'not-applicable', message: 'applies to pull requests only', evidence: { metric, findings: [], findingCount: 0 } };
}
/** `1 catch.generic finding`, `2 new catch.generic findings`. */
function countOf(count, kind, adjective = '') {
    return `${count} ${adjective}${kind} ${count === 1 ? 'finding' : 'findings'}`;
}


/***/ }),

/***/ 665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ LEVELS),
/* harmony export */   R6: () => (/* binding */ CATEGORIES),
/* harmony export */   pE: () => (/* binding */ FINDINGS_PER_RESULT)
/* harmony export */ });
const CATEGORIES = [
    'testing',
    'ci',
    'containers',
    'database',
    'code-quality',
    'security',
    'operability',
    'documentation',
];
const LEVELS = ['error', 'warning', 'notice', 'off'];
const FINDINGS_PER_RESULT = 20;


/***/ }),

/***/ 841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uw: () => (/* binding */ METRIC_NAMES),
/* harmony export */   mH: () => (/* binding */ FINDING_KINDS)
/* harmony export */ });
/* unused harmony export METRIC_CATALOG */
// The metric names rules may use. Collectors emit these; a rule naming anything else is a typo,
// so the rule file is rejected with a suggestion instead of silently comparing against 0.
function metric(name, description, options = {}) {
    return { name, description, findingKind: true, perLanguage: false, ...options };
}
const code = { perLanguage: true };
/** Counted from the inventory or from other metrics, never from findings. */
const computed = { findingKind: false };
/** Amounts read from reports (one finding per report carries the amount): use `metric:` rules on them. */
const amount = { findingKind: false };
const METRIC_CATALOG = [
    metric('tests.files', 'Test files, by name (test_*.py, *_test.py, *.test.ts, *.spec.js, __tests__/…).', { ...code, ...computed }),
    metric('tests.cases', 'Test cases found in test files (def test_…, it(…), test(…)).', code),
    metric('tests.skipped', 'Skipped or disabled tests (@skip, it.skip, xit, test.todo…).', code),
    metric('source.files', 'Source files that are not test code.', { ...code, ...computed }),
    metric('tests.ratio', 'tests.files / source.files; 0 when there are no source files.', { ...code, ...computed }),
    metric('catch.generic', 'Catches that take every error (bare except, except Exception, catch-all blocks).', code),
    metric('catch.empty', 'Catch blocks that do nothing with the error.', code),
    metric('todo.comments', 'TODO, FIXME, XXX and HACK comments.', code),
    metric('stubs.placeholder', 'Placeholder bodies: raise NotImplementedError, throw new Error("not implemented"), pass-only functions.', code),
    metric('stubs.mock-data', 'Hard-coded mock or fake data, or test/mock modules, shipped in production code.', code),
    metric('tests.pending', 'Ruby: skip/pending statements inside tests.', code),
    metric('tests.benchmarks', 'Benchmark functions (Go Benchmark…, Rust #[bench]).', code),
    metric('tests.fuzz', 'Go fuzz tests (func Fuzz…).', code),
    metric('tests.examples', 'Go example functions (func Example…).', code),
    metric('tests.subtests', 'Go t.Run subtests.', code),
    metric('tests.skip-calls', 'Go t.Skip / t.Skipf / t.SkipNow calls.', code),
    metric('tests.templates', 'JUnit repeated tests, test factories and templates.', code),
    metric('tests.skipped-classes', 'Test classes disabled as a whole (@Disabled, @Ignore, [Ignore]).', code),
    metric('catch.rescue-modifier', 'Ruby `expr rescue fallback` modifiers, which swallow every StandardError.', code),
    metric('code.panics', 'panic( in Go and panic! in Rust, in non-test code.', code),
    metric('tests.reported.files', 'Test report files read (JUnit XML, TRX, NUnit, xUnit.net).', amount),
    metric('tests.reported.passed', 'Test cases that passed in the test reports.', amount),
    metric('tests.reported.failed', 'Test cases that failed in the test reports.', amount),
    metric('tests.reported.errors', 'Test cases that errored in the test reports.', amount),
    metric('tests.reported.skipped', 'Test cases skipped in the test reports.', amount),
    metric('coverage.reports', 'Coverage report files read (lcov, Cobertura, JaCoCo, coverage.py, Istanbul, Go).', amount),
    metric('coverage.lines.covered', 'Covered lines (statements for Go, coverage.py and Clover), summed over reports.', amount),
    metric('coverage.lines.total', 'Coverable lines, summed over reports.', amount),
    metric('coverage.branches.covered', 'Covered branches, summed over reports that have them.', amount),
    metric('coverage.branches.total', 'Branches, summed over reports that have them.', amount),
    metric('coverage.lines', 'Line coverage in percent: 100 × covered / total, truncated to one decimal; absent without reports.', computed),
    metric('coverage.branches', 'Branch coverage in percent, like coverage.lines.', computed),
    metric('reports.ignored', 'Report files found but not used (stale, duplicate format, unrecognised, too large…).'),
    metric('secrets.exposed', 'Credentials committed in files: private keys, cloud and API tokens, signed JWTs.'),
    metric('secrets.env-files', 'Committed .env files (not .env.example/.sample/.template/.dist).'),
    metric('ops.health-endpoints', 'Health, liveness and readiness routes (FastAPI, Flask, Django, Express, Nest, Spring, Go, Rails, ASP.NET…).'),
    metric('ops.monitoring', 'Monitoring SDKs (Sentry, Prometheus, OpenTelemetry, Datadog, New Relic) in manifests or imports.'),
    metric('ops.structured-logging', 'Structured logging libraries (structlog, pino, winston, zap, zerolog, slog, Serilog…).'),
    metric('ops.rate-limiting', 'Rate-limiting libraries (slowapi, express-rate-limit, @nestjs/throttler, rack-attack…).'),
    metric('ops.security-headers', 'Security-header middleware (helmet, flask-talisman, secure, SecurityMiddleware…).'),
    metric('ops.graceful-shutdown', 'SIGTERM handlers and graceful server shutdown hooks.'),
    metric('api.openapi-files', 'OpenAPI 3 / Swagger 2 files.'),
    metric('api.docs-frameworks', 'Frameworks that serve API docs (FastAPI, @nestjs/swagger, springdoc, drf-spectacular…).'),
    metric('k8s.workloads', 'Kubernetes workloads (Deployment, StatefulSet, DaemonSet, Job, CronJob, Pod…).'),
    metric('k8s.containers', 'Containers in Kubernetes pod specs (not init containers).'),
    metric('k8s.no-liveness-probe', 'Kubernetes containers without a livenessProbe (not Jobs/CronJobs).'),
    metric('k8s.no-readiness-probe', 'Kubernetes containers without a readinessProbe (not Jobs/CronJobs).'),
    metric('k8s.no-resource-limits', 'Kubernetes containers without a memory limit.'),
    metric('deploy.helm-charts', 'Helm charts (Chart.yaml).'),
    metric('deploy.terraform-files', 'Terraform files (*.tf).'),
    metric('deploy.platform-files', 'Platform deployment files (render.yaml, Procfile, fly.toml, vercel.json, netlify.toml…).'),
    metric('deps.manifests', 'Dependency manifests (package.json, pyproject.toml, go.mod, Cargo.toml, pom.xml…).'),
    metric('deps.no-lockfile', 'Manifests whose tool writes a lockfile, with none committed.'),
    metric('deps.unpinned-requirements', 'Requirement lines without an exact == version.'),
    metric('docs.readme', 'README files at the root, .github/ or docs/.'),
    metric('docs.security-policy', 'SECURITY policy files at the root, .github/ or docs/.'),
    metric('docs.changelog', 'CHANGELOG / CHANGES / HISTORY / NEWS at the root.'),
    metric('docs.license', 'LICENSE / LICENCE / COPYING / UNLICENSE at the root.'),
    metric('docs.runbooks', 'Runbooks: files under runbooks/ or named RUNBOOK*.'),
    metric('ci.workflows', 'GitHub Actions workflow files under .github/workflows/.'),
    metric('ci.jobs', 'Jobs across GitHub Actions workflows.'),
    metric('ci.test-jobs', 'GitHub Actions jobs that run tests.'),
    metric('ci.other', 'Configuration files of other CI systems (GitLab CI, CircleCI, Jenkinsfile, Azure Pipelines…).'),
    metric('ci.pipelines', 'ci.workflows + ci.other.', computed),
    metric('ci.pr-workflows', 'Workflows triggered by pull_request or pull_request_target.'),
    metric('ci.lint-jobs', 'Jobs that lint, check formatting or type-check.'),
    metric('ci.build-jobs', 'Jobs that build the project, a package or an image.'),
    metric('ci.security-scan-jobs', 'Jobs that run a security scanner (CodeQL, dependency review, Trivy, audits…).'),
    metric('ci.deploy-jobs', 'Jobs that deploy or publish (an environment, deploy actions or commands).'),
    metric('ci.security-scans-on-pr', 'Security-scan jobs in workflows triggered by pull requests or a merge queue.'),
    metric('ci.deploy-without-tests', 'Deploy jobs with no test job before them (via needs:) in their workflow.'),
    metric('docker.files', 'Dockerfiles (Dockerfile, *.Dockerfile, Dockerfile.*).'),
    metric('docker.multistage', 'Dockerfiles with more than one FROM stage.'),
    metric('docker.nonroot', 'Dockerfiles whose final stage switches to a non-root USER.'),
    metric('docker.root-user', 'Dockerfiles whose final stage runs as root.'),
    metric('docker.healthcheck', 'Dockerfiles with a HEALTHCHECK.'),
    metric('docker.no-healthcheck', 'Dockerfiles without a HEALTHCHECK.'),
    metric('docker.unpinned-base', 'FROM lines whose base image has no tag or uses :latest.'),
    metric('compose.services', 'Services defined in Docker Compose files.'),
    metric('migrations.files', 'Database migration files (Alembic, Django, Prisma, Knex, Flyway…).'),
    metric('parse.errors', 'Files that could not be read or parsed; their evidence is missing.'),
    metric('files.scanned', 'Files whose text or name was used.', computed),
    metric('files.skipped', 'Files skipped as vendored, generated, minified, binary, too large or links.', computed),
];
const METRIC_NAMES = METRIC_CATALOG.map((entry) => entry.name);
const FINDING_KINDS = METRIC_CATALOG.filter((entry) => entry.findingKind).map((entry) => entry.name);


/***/ }),

/***/ 9596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ RuleFileError)
/* harmony export */ });
/** A mistake in a rule file. `problems` are `file:line:col path: what is wrong, what is allowed`. */
class RuleFileError extends Error {
    problems;
    constructor(problems) {
        super(problems.join('\n'));
        this.name = 'RuleFileError';
        this.problems = problems;
    }
}


/***/ }),

/***/ 517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ listInWords),
/* harmony export */   h: () => (/* binding */ closestMatch)
/* harmony export */ });
// "did you mean" for typos in metric names, finding kinds and rule ids.
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}
/** The closest candidate, when it is close enough to be the likely intent (a third of the word). */
function closestMatch(word, candidates) {
    const limit = Math.max(2, Math.floor(word.length / 3));
    let best;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance <= limit && (best === undefined || distance < best.distance))
            best = { candidate, distance };
    }
    return best?.candidate;
}
/** `"a", "b" or "c"` for messages. */
function listInWords(items, conjunction = 'or') {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}


/***/ })

};
