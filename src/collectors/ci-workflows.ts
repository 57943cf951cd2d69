// GitHub Actions evidence: the workflow files, their jobs, and which jobs run tests.
// A job runs tests when one of its `run:` steps invokes a known test runner (see ci-test-commands.ts);
// a job that calls a reusable workflow (`uses:` at job level) runs no steps of its own here.
// `${{ env.NAME }}` in a script is replaced by a literal `env:` value of the step, job or workflow,
// so `${{ env.CARGO }} test` with `CARGO: cargo` reads as `cargo test`.
import { isSeq } from 'yaml';
import type { Document } from 'yaml';
import type { Finding, SourceFile, TextCollector } from '../evidence.js';
import { findTestCommand } from './ci-test-commands.js';
import {
  lineOf,
  mappingEntries,
  mappingEntry,
  parseYaml,
  resolved,
  rootMapping,
  scalarText,
  yamlParseError,
} from './yaml-source.js';
import type { MappingEntry, YamlSource } from './yaml-source.js';

const WORKFLOWS_FOLDER = '.github/workflows/';

export const ciWorkflows: TextCollector = {
  id: 'ci-workflows',

  // GitHub runs only files directly in the root's `.github/workflows/`, never in subfolders.
  wants(file: SourceFile): boolean {
    const path = file.path;
    return (
      path.startsWith(WORKFLOWS_FOLDER) &&
      path.indexOf('/', WORKFLOWS_FOLDER.length) === -1 &&
      (path.endsWith('.yml') || path.endsWith('.yaml'))
    );
  },

  collect(file: SourceFile, text: string): Finding[] {
    const fileName = file.path.slice(file.path.lastIndexOf('/') + 1);
    const parsed = parseYaml(text);
    if (!parsed.ok) {
      // A broken workflow is still a workflow file someone meant to run; count it and say why it fails.
      return [workflowFinding(file.path, fileName), yamlParseError(file.path, parsed.problem)];
    }
    const { source } = parsed;
    const findings: Finding[] = [];
    let name: string | undefined;
    for (const document of source.documents) {
      name ??= scalarText(mappingEntry(source, rootMapping(source, document), 'name')?.value ?? null);
      findings.push(...jobFindings(file.path, name ?? fileName, source, document));
    }
    return [workflowFinding(file.path, name ?? fileName), ...findings];
  },
};

function workflowFinding(file: string, name: string): Finding {
  return { kind: 'ci.workflows', file, line: 1, message: `GitHub Actions workflow \`${name}\``, data: { name } };
}

function jobFindings(file: string, workflow: string, source: YamlSource, document: Document.Parsed): Finding[] {
  const findings: Finding[] = [];
  const root = rootMapping(source, document);
  const workflowEnv = literalEnv(source, root);
  const jobs = mappingEntry(source, root, 'jobs');
  for (const job of mappingEntries(source, jobs?.value)) {
    findings.push({
      kind: 'ci.jobs',
      file,
      line: job.line,
      message: `job \`${job.key}\``,
      data: { job: job.key, workflow },
    });
    const testStep = firstTestStep(source, job, workflowEnv);
    if (testStep) {
      findings.push({
        kind: 'ci.test-jobs',
        file,
        line: testStep.line,
        message: `job \`${job.key}\` runs tests: \`${testStep.command}\``,
        data: { job: job.key, workflow, command: testStep.command },
      });
    }
  }
  return findings;
}

/** The first `run:` step of a job that invokes a test runner, at the line of its `run:` key. */
function firstTestStep(
  source: YamlSource,
  job: MappingEntry,
  workflowEnv: ReadonlyMap<string, string>,
): { line: number; command: string } | undefined {
  if (mappingEntry(source, job.value, 'uses')) return undefined;
  const jobEnv = new Map([...workflowEnv, ...literalEnv(source, job.value)]);
  const steps = resolved(source, mappingEntry(source, job.value, 'steps')?.value);
  if (!isSeq(steps)) return undefined;
  for (const item of steps.items) {
    const run = mappingEntry(source, item, 'run');
    const script = scalarText(run?.value ?? null);
    if (run === undefined || script === undefined) continue;
    const env = new Map([...jobEnv, ...literalEnv(source, item)]);
    const command = findTestCommand(env.size === 0 ? script : expandEnv(script, env));
    if (command !== undefined) return { line: run.line || lineOf(source, resolved(source, item)), command };
  }
  return undefined;
}

const ENV_EXPRESSION = /\$\{\{\s*env\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}/g;

/** The `env:` entries of a workflow, job or step whose values are plain text, not expressions. */
function literalEnv(source: YamlSource, owner: unknown): Map<string, string> {
  const env = new Map<string, string>();
  for (const entry of mappingEntries(source, mappingEntry(source, owner, 'env')?.value)) {
    const value = scalarText(entry.value);
    if (value !== undefined && !value.includes('${{')) env.set(entry.key, value);
  }
  return env;
}

function expandEnv(script: string, env: ReadonlyMap<string, string>): string {
  return script.replace(ENV_EXPRESSION, (expression, name: string) => env.get(name) ?? expression);
}
