import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Report } from '../report.js';
import { selectAnnotations } from '../reporters/annotations.js';
import { codeBlock } from '../reporters/markdown-escape.js';
import { renderMarkdown } from '../reporters/render-markdown.js';
import { renderText } from '../reporters/render-text.js';
import { formatWorkflowCommand } from '../reporters/workflow-command.js';
import { RuleFileError } from '../rules/load-rule-file.js';
import { runCheck } from '../run-check.js';
import { getInputs, InputError } from './get-inputs.js';

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
  const failed = report.results.filter(
    (r) => r.status === 'fail' && (r.level === 'error' || (report.failOn === 'warning' && r.level === 'warning')),
  );
  const { errors, warnings } = report.counts;
  const counts = [`${errors} error${errors === 1 ? '' : 's'}`];
  if (report.failOn === 'warning') counts.push(`${warnings} warning${warnings === 1 ? '' : 's'}`);
  return `readiness gate failed: ${counts.join(', ')} (${failed.map((r) => r.id).join(', ')})`;
}

function setReportOutputs(ports: ActionPorts, report: Report, reportPath: string): void {
  ports.setOutput('verdict', report.verdict);
  ports.setOutput('score', String(report.score.overall));
  ports.setOutput('failed-rules', report.results.filter((r) => r.status === 'fail').map((r) => r.id).join(','));
  ports.setOutput('errors', String(report.counts.errors));
  ports.setOutput('warnings', String(report.counts.warnings));
  ports.setOutput('notices', String(report.counts.notices));
  ports.setOutput('report', reportPath);
}

async function reportProblem(ports: ActionPorts, heading: string, problems: readonly string[]): Promise<ActionOutcome> {
  writeUntrusted(ports, [heading, ...problems].join('\n'));
  await ports.appendSummary(`## ❌ readiness-gate: ${heading}\n\n${codeBlock(problems.join('\n'))}\n`);
  ports.setOutput('verdict', 'error');
  return { failure: `readiness-gate: ${heading} (details in the log and the job summary)` };
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
  let outcome;
  try {
    outcome = await runCheck({
      root,
      config: inputs.config === '' ? undefined : { path: path.resolve(workspace, inputs.config), display: inputs.config },
      failOn: inputs.failOn,
      maxFileBytes: inputs.maxFileBytes,
      debug: ports.debug,
    });
  } catch (error) {
    if (!(error instanceof RuleFileError)) throw error;
    return reportProblem(ports, 'the rule file has problems', error.problems);
  }
  const { report, notes } = outcome;

  const reportPath = inputs.reportPath
    ? path.resolve(workspace, inputs.reportPath)
    : path.join(ports.env.RUNNER_TEMP || tmpdir(), 'readiness-gate', 'report.json');
  mkdirSync(path.dirname(reportPath), { recursive: true });
  writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);

  writeUntrusted(ports, [...notes.map((note) => `note: ${note}`), renderText(report, { color: true })].join('\n'));

  // Annotations and links name files from the repository root, while findings are relative to the scanned folder.
  const relativeRoot = path.relative(workspace, root).split(path.sep).join('/');
  const insideWorkspace = !relativeRoot.startsWith('..') && !path.isAbsolute(relativeRoot);
  const prefix = insideWorkspace && relativeRoot !== '' ? `${relativeRoot}/` : '';
  let omittedNote = '';
  if (inputs.annotations && insideWorkspace) {
    const { annotations, omitted } = selectAnnotations(report, { perLevel: 10 });
    for (const annotation of annotations) {
      ports.writeLine(formatWorkflowCommand({ ...annotation, file: `${prefix}${annotation.file}` }));
    }
    const left = omitted.error + omitted.warning + omitted.notice;
    if (left > 0) {
      omittedNote = `\n${left} more finding${left === 1 ? ' is' : 's are'} not annotated: GitHub shows at most 10 annotations per level in a step. The JSON report has them all.\n`;
    }
  }

  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = ports.env;
  const linkBase =
    server && repository && sha && insideWorkspace ? `${server}/${repository}/blob/${sha}/${prefix}` : undefined;
  await ports.appendSummary(renderMarkdown(report, { linkBase }) + omittedNote);
  setReportOutputs(ports, report, reportPath);
  return report.verdict === 'fail' ? { failure: failureMessage(report) } : {};
}
