import { statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { FailOn } from '../report.js';
import type { ChangeRequest } from '../change/resolve-change.js';
import { gitFailureReason, runGitText } from '../change/run-git.js';
import { jsonTextChunks, writeJsonFile } from '../reporters/json-text.js';
import { renderMarkdown } from '../reporters/render-markdown.js';
import { renderSarif } from '../reporters/render-sarif.js';
import { renderText } from '../reporters/render-text.js';
// From where it is defined: load-rule-file.js would load the rule schema (zod) before the scan starts.
import { RuleFileError } from '../rules/rule-set.js';
import { DEFAULT_MAX_FILE_BYTES, runCheck } from '../run-check.js';
import { VERSION } from '../version.js';

export interface CliIo {
  /** Resolves, when it returns a promise, once the text is handed on (a pipe may need to drain first). */
  stdout: (text: string) => void | Promise<void>;
  stderr: (text: string) => void;
  cwd: string;
  /** Colours only on a terminal that wants them. */
  color: boolean;
}

export const USAGE = `Usage: readiness-gate check [DIR] [options]

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

const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];

class UsageError extends Error {}

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option}: "${value}" is not allowed; use ${allowed.join(', ')}`);
}

function parseCli(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
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
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, dir, ...extra] = positionals;
  if (values.help) return { kind: 'help' } as const;
  if (values.version) return { kind: 'version' } as const;
  if (command !== 'check') {
    throw new UsageError(command === undefined ? 'a command is required' : `unknown command "${command}"`);
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const timeBudget = Number(values['time-budget']);
  if (!Number.isFinite(timeBudget) || timeBudget < 0) {
    throw new UsageError(`--time-budget: "${values['time-budget']}" is not a number of seconds`);
  }
  if (values.cache === '') throw new UsageError('--cache: give the file to keep the cache in');
  let maxFileBytes: number | undefined;
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
      ? (false as const)
      : {
          ...(values['test-reports'] ? { testReportGlobs: values['test-reports'] } : {}),
          ...(values['coverage-reports'] ? { coverageGlobs: values['coverage-reports'] } : {}),
        },
    maxFileBytes,
    noColor: values['no-color'],
    debug: values.debug,
  } as const;
}

/**
 * `--base REF` locally: the committed changes of this branch since it left REF (their merge base), as the
 * pull request would show them. Uncommitted edits are scanned but have no "added lines".
 */
function localChange(root: string, base: string): ChangeRequest | { problem: string } {
  if (base.startsWith('-')) return { problem: 'a git ref cannot start with "-"' };
  let repositoryRoot;
  try {
    repositoryRoot = runGitText(root, ['rev-parse', '--show-toplevel']).trim();
  } catch (error) {
    const reason = gitFailureReason(error);
    return { problem: reason.startsWith('fatal: not a git repository') ? 'the folder is not inside a git work tree; --base compares commits' : reason };
  }
  let headSha;
  try {
    headSha = runGitText(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']).trim();
  } catch {
    // `--quiet` leaves git silent when HEAD is unborn, which is the one way this fails in a work tree.
    return { problem: 'the repository has no commits yet; --base compares commits' };
  }
  try {
    const baseSha = runGitText(root, ['merge-base', base, 'HEAD']).trim();
    return { repositoryRoot, baseSha, headSha, event: 'pull_request', baseRef: base.replace(/^(refs\/heads\/|origin\/)/, '') };
  } catch (error) {
    return { problem: gitFailureReason(error) };
  }
}

/** Runs the CLI and returns its exit status; never throws for a user's mistake. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let args;
  try {
    args = parseCli(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
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
  const root = path.resolve(io.cwd, args.dir);
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
    io.stderr(`readiness-gate: ${args.dir} is not a folder; give the repository folder to scan\n`);
    return 2;
  }
  let change: ChangeRequest | undefined;
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
    outcome = await runCheck({
      change,
      root,
      config: args.config === undefined ? undefined : { path: path.resolve(io.cwd, args.config), display: args.config },
      failOn: args.failOn,
      maxFileBytes: args.maxFileBytes,
      ...(args.cache === undefined ? {} : { cacheFile: path.resolve(io.cwd, args.cache) }),
      reports: args.reports,
      timeBudgetMs: args.timeBudgetMs,
      debug: args.debug ? (message) => io.stderr(`debug: ${message}\n`) : undefined,
    });
  } catch (error) {
    if (!(error instanceof RuleFileError)) throw error;
    io.stderr(`readiness-gate: the rule file has problems:\n${error.problems.join('\n')}\n`);
    return 2;
  }
  const { report, notes } = outcome;
  for (const note of notes) io.stderr(`note: ${note}\n`);
  if (args.output !== undefined) writeJsonFile(path.resolve(io.cwd, args.output), report);
  if (args.format === 'json' || args.format === 'sarif') {
    for (const chunk of jsonTextChunks(args.format === 'json' ? report : renderSarif(report))) await io.stdout(chunk);
  } else if (args.format === 'markdown') await io.stdout(renderMarkdown(report, {}));
  else await io.stdout(`${renderText(report, { color: io.color && !args.noColor })}\n`);
  return report.verdict === 'fail' ? 1 : 0;
}
