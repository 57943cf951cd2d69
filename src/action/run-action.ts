import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ChangeRequest } from '../change/resolve-change.js';
import { runGitText } from '../change/run-git.js';
import { createGitHubClient, type GitHubClient } from '../github/client.js';
import { EventPayloadError } from '../github/event-payload.js';
import { listPullRequestFiles } from '../github/pull-request-files.js';
import type { Report } from '../report.js';
import { selectAnnotations } from '../reporters/annotations.js';
import { codeBlock } from '../reporters/markdown-escape.js';
import { writeJsonFile } from '../reporters/json-text.js';
import { renderMarkdown } from '../reporters/render-markdown.js';
import { renderSarif } from '../reporters/render-sarif.js';
import { renderText } from '../reporters/render-text.js';
import { formatWorkflowCommand } from '../reporters/workflow-command.js';
// From where it is defined: load-rule-file.js would load the rule schema (zod) before the scan starts.
import { RuleFileError } from '../rules/rule-set.js';
import { runCheck } from '../run-check.js';
import { type EventContext, readEventContext, UnsupportedEventError } from './event-context.js';
import { getInputs, type ActionInputs, InputError } from './get-inputs.js';
import { publishToPullRequest } from './publish-pull-request.js';

/** Everything the action touches outside itself, so tests can run it with fakes. */
export interface ActionPorts {
  env: Record<string, string | undefined>;
  cwd: string;
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  setSecret(value: string): void;
  appendSummary(markdown: string): Promise<void>;
  /** Writes one raw line to the log (stdout), where the runner looks for workflow commands. */
  writeLine(line: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

export interface ActionOutcome {
  /** Set when the step must fail; the entry point passes it to `setFailed`, the only caller of it. */
  failure?: string;
}

/**
 * Prints text taken from the repository with workflow commands switched off, so no file name or message
 * can issue `::set-env`/`::error` (GHSA-mfwh-5m23-j46w). The token is random so the text cannot guess it.
 */
function writeUntrusted(ports: ActionPorts, text: string): void {
  const token = randomBytes(16).toString('hex');
  ports.writeLine(`::stop-commands::${token}`);
  for (const line of text.split('\n')) ports.writeLine(line);
  ports.writeLine(`::${token}::`);
}

function failureMessage(report: Report): string {
  if (report.incomplete !== undefined && report.counts.errors === 0 && (report.failOn !== 'warning' || report.counts.warnings === 0)) {
    return `readiness gate failed: the scan ran out of its time budget with ${report.incomplete.unscanned} files unread (raise time-budget)`;
  }
  const failed = report.results.filter(
    (r) => r.status === 'fail' && (r.level === 'error' || (report.failOn === 'warning' && r.level === 'warning')),
  );
  const { errors, warnings } = report.counts;
  const counts = [`${errors} error${errors === 1 ? '' : 's'}`];
  if (report.failOn === 'warning') counts.push(`${warnings} warning${warnings === 1 ? '' : 's'}`);
  return `readiness gate failed: ${counts.join(', ')} (${failed.map((r) => r.id).join(', ')})`;
}

function setReportOutputs(ports: ActionPorts, report: Report, files: { report: string; sarif: string }): void {
  ports.setOutput('verdict', report.verdict);
  ports.setOutput('score', String(report.score.overall));
  ports.setOutput('score-delta', report.change === undefined ? '' : String(report.change.scoreDelta));
  ports.setOutput('new-findings', report.change === undefined ? '' : String(report.change.newFindings.length));
  ports.setOutput('failed-rules', report.results.filter((r) => r.status === 'fail').map((r) => r.id).join(','));
  ports.setOutput('errors', String(report.counts.errors));
  ports.setOutput('warnings', String(report.counts.warnings));
  ports.setOutput('notices', String(report.counts.notices));
  ports.setOutput('report', files.report);
  ports.setOutput('sarif', files.sarif);
}

async function reportProblem(ports: ActionPorts, heading: string, problems: readonly string[]): Promise<ActionOutcome> {
  writeUntrusted(ports, [heading, ...problems].join('\n'));
  await ports.appendSummary(`## ❌ readiness-gate: ${heading}\n\n${codeBlock(problems.join('\n'))}\n`);
  ports.setOutput('verdict', 'error');
  return { failure: `readiness-gate: ${heading} (details in the log and the job summary)` };
}

function readEvent(ports: ActionPorts, repositoryRoot: string | undefined): EventContext {
  const name = ports.env.GITHUB_EVENT_NAME;
  if (name === undefined || name === '') return { event: 'workflow_dispatch', isFork: false, notes: [] };
  const eventPath = ports.env.GITHUB_EVENT_PATH;
  const payload: unknown = eventPath ? JSON.parse(readFileSync(eventPath, 'utf8')) : {};
  if (repositoryRoot === undefined) {
    return { event: 'workflow_dispatch', isFork: false, notes: ['the workspace is not a git checkout; the whole repository is judged'] };
  }
  return readEventContext(name, payload, repositoryRoot);
}

function topLevelOf(root: string): string | undefined {
  try {
    return runGitText(root, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    // Not a git checkout: there is no change to judge, and the scan walks the folder instead.
    return undefined;
  }
}

function githubClient(ports: ActionPorts, inputs: ActionInputs): GitHubClient | undefined {
  if (inputs.token === '') return undefined;
  return createGitHubClient({
    token: inputs.token,
    baseUrl: ports.env.GITHUB_API_URL || 'https://api.github.com',
    log: { warning: ports.warning, debug: ports.debug },
  });
}

function changeRequest(context: EventContext, repositoryRoot: string | undefined, client: GitHubClient | undefined): ChangeRequest | undefined {
  const change = context.change;
  if (change === undefined || repositoryRoot === undefined) return undefined;
  const { repository } = context;
  const pullNumber = change.pullRequest;
  return {
    repositoryRoot,
    baseSha: change.baseSha,
    headSha: change.headSha,
    event: context.event,
    ...(change.baseRef === undefined ? {} : { baseRef: change.baseRef }),
    ...(pullNumber === undefined ? {} : { pullRequest: pullNumber }),
    ...(client && repository && pullNumber !== undefined
      ? { listFiles: () => listPullRequestFiles(client, { owner: repository.owner, repo: repository.name, pullNumber }) }
      : {}),
  };
}

/**
 * One marker per scanned folder and rule file, so two gates on one pull request keep two comments. It is
 * built from the inputs (not from what the rules resolved to), so it stays the same when a PR edits its rules.
 */
function commentMarker(inputs: ActionInputs): string {
  const identity = `${inputs.workingDirectory}:${inputs.config || 'default'}`.replace(/[^A-Za-z0-9._/:]+/g, '-');
  return `<!-- readiness-gate:${identity} -->`;
}

export async function runAction(ports: ActionPorts): Promise<ActionOutcome> {
  let inputs;
  try {
    inputs = getInputs(ports.getInput);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return reportProblem(ports, 'an input is not valid', [error.message]);
  }
  if (inputs.token !== '') ports.setSecret(inputs.token);

  const workspace = ports.env.GITHUB_WORKSPACE || ports.cwd;
  const root = path.resolve(workspace, inputs.workingDirectory);
  const repositoryRoot = topLevelOf(root);
  let context: EventContext;
  try {
    context = readEvent(ports, repositoryRoot);
  } catch (error) {
    if (!(error instanceof UnsupportedEventError) && !(error instanceof EventPayloadError)) throw error;
    return reportProblem(ports, 'the event cannot be judged', [error.message]);
  }
  const client = githubClient(ports, inputs);
  let outcome;
  try {
    outcome = await runCheck({
      root,
      config:
        inputs.config === '' ? undefined : { path: path.resolve(workspace, inputs.config), display: inputs.config, root: workspace },
      failOn: inputs.failOn,
      maxFileBytes: inputs.maxFileBytes,
      timeBudgetMs: inputs.timeBudgetMs,
      ...(inputs.scanCache === '' ? {} : { cacheFile: path.resolve(workspace, inputs.scanCache) }),
      reports: {
        ...(inputs.testReportGlobs.length > 0 ? { testReportGlobs: inputs.testReportGlobs } : {}),
        ...(inputs.coverageGlobs.length > 0 ? { coverageGlobs: inputs.coverageGlobs } : {}),
      },
      debug: ports.debug,
      change: changeRequest(context, repositoryRoot, context.isFork ? undefined : client),
    });
  } catch (error) {
    if (!(error instanceof RuleFileError)) throw error;
    return reportProblem(ports, 'the rule file has problems', error.problems);
  }
  const { report } = outcome;
  const notes = [...context.notes, ...outcome.notes];

  const outputFolder = path.join(ports.env.RUNNER_TEMP || tmpdir(), 'readiness-gate');
  const files = {
    report: inputs.reportPath ? path.resolve(workspace, inputs.reportPath) : path.join(outputFolder, 'report.json'),
    sarif: inputs.sarifPath ? path.resolve(workspace, inputs.sarifPath) : path.join(outputFolder, 'results.sarif'),
  };
  for (const file of Object.values(files)) mkdirSync(path.dirname(file), { recursive: true });
  // Annotations, links and SARIF name files from the repository root; findings are relative to the scanned folder.
  const relativeRoot = path.relative(workspace, root).split(path.sep).join('/');
  const insideWorkspace = !relativeRoot.startsWith('..') && !path.isAbsolute(relativeRoot);
  const prefix = insideWorkspace && relativeRoot !== '' ? `${relativeRoot}/` : '';
  writeJsonFile(files.report, report);
  writeJsonFile(files.sarif, renderSarif(report, { pathPrefix: prefix }));
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = ports.env;
  const linkSha = context.change?.linkSha ?? sha;
  const linkBase =
    server && repository && linkSha && insideWorkspace ? `${server}/${repository}/blob/${linkSha}/${prefix}` : undefined;

  // GitHub shows 10 annotations per level in a step; the summary and the comment count the rest.
  const fresh = new Set((report.change?.newFindings ?? []).map((f) => `${f.kind}\0${f.file}\0${f.line}`));
  const selection =
    inputs.annotations && insideWorkspace
      ? selectAnnotations(report, {
          perLevel: 10,
          prefer: (finding) => fresh.has(`${finding.kind}\0${finding.file}\0${finding.line}`),
        })
      : undefined;
  const left = selection ? selection.omitted.error + selection.omitted.warning + selection.omitted.notice : 0;
  const omittedNote =
    left > 0
      ? `${left} more finding${left === 1 ? ' is' : 's are'} not annotated: GitHub shows at most 10 annotations per level in a step. The JSON report has them all.`
      : undefined;

  const published = await publishToPullRequest({
    client,
    context,
    report,
    comment: inputs.comment,
    checkRun: inputs.checkRun,
    marker: commentMarker(inputs),
    ...(linkBase === undefined ? {} : { linkBase }),
    prefix,
    commentNotes: omittedNote === undefined ? [] : [omittedNote],
  });
  for (const warning of published.warnings) ports.warning(warning);
  notes.push(...published.notes, ...published.warnings);

  writeUntrusted(ports, [...notes.map((note) => `note: ${note}`), renderText(report, { color: true })].join('\n'));
  for (const annotation of selection?.annotations ?? []) {
    ports.writeLine(formatWorkflowCommand({ ...annotation, file: `${prefix}${annotation.file}` }));
  }

  const noteLines = notes.length > 0 ? `\n${notes.map((note) => `> ${note}`).join('\n>\n')}\n` : '';
  const omitted = omittedNote === undefined ? '' : `\n${omittedNote}\n`;
  await ports.appendSummary(renderMarkdown(report, { linkBase }) + omitted + noteLines);
  setReportOutputs(ports, report, files);
  return report.verdict === 'fail' ? { failure: failureMessage(report) } : {};
}
