// GitHub Actions evidence: the workflow files, the events that start them, their jobs, what each
// job is for (tests, lint, build, security scan, deploy) and which deploy jobs have no tests before them.
// A job runs tests when one of its `run:` steps invokes a known test runner (see ci-test-commands.ts);
// a job that calls a reusable workflow (`uses:` at job level) runs no steps of its own here.
// `${{ env.NAME }}` in a script is replaced by a literal `env:` value of the step, job or workflow,
// so `${{ env.CARGO }} test` with `CARGO: cargo` reads as `cargo test`.
import type { Document } from 'yaml';
import type { Finding, SourceFile, TextCollector } from '../evidence.js';
import { checksRunConclusion, deploysWithoutTests, jobNeeds } from './ci-deploy-gates.js';
import type { JobGateFacts } from './ci-deploy-gates.js';
import { jobPurposes } from './ci-job-purposes.js';
import type { JobPurpose } from './ci-job-purposes.js';
import { jobSteps, literalEnv } from './ci-job-steps.js';
import type { JobStep } from './ci-job-steps.js';
import type { CiPurpose } from './ci-purpose-tools.js';
import { findTestCommand } from './ci-test-commands.js';
import { PULL_REQUEST_EVENTS, PULL_REQUEST_GATE_EVENTS, workflowTriggers } from './ci-triggers.js';
import { mappingEntries, mappingEntry, parseYaml, rootMapping, scalarText, yamlParseError } from './yaml-source.js';
import type { YamlSource } from './yaml-source.js';

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
  const gateFacts: JobGateFacts[] = [];
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

const PURPOSE_FINDINGS: Record<CiPurpose, { kind: string; verb: string }> = {
  lint: { kind: 'ci.lint-jobs', verb: 'lints' },
  build: { kind: 'ci.build-jobs', verb: 'builds' },
  'security-scan': { kind: 'ci.security-scan-jobs', verb: 'runs a security scan' },
  deploy: { kind: 'ci.deploy-jobs', verb: 'deploys' },
};

function purposeFinding(file: string, workflow: string, job: string, { purpose, line, by }: JobPurpose): Finding {
  const { kind, verb } = PURPOSE_FINDINGS[purpose];
  return { kind, file, line, message: `job \`${job}\` ${verb}: \`${by}\``, data: { job, workflow, purpose, by } };
}

/** The first `run:` step of a job that invokes a test runner, at the line of its `run:` key. */
function firstTestStep(steps: readonly JobStep[]): { line: number; command: string } | undefined {
  for (const step of steps) {
    if (step.kind !== 'run') continue;
    const command = findTestCommand(step.script);
    if (command !== undefined) return { line: step.line, command };
  }
  return undefined;
}
