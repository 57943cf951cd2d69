// What a job is for besides testing: lint, build, security scan, deploy. Read from its `run:`
// commands (ci-purpose-commands.ts), its `uses:` steps or reusable workflow call
// (ci-known-actions.ts), and for deploys also its `environment:`.
import { actionPurposes } from './ci-known-actions.js';
import type { JobStep } from './ci-job-steps.js';
import { commandPurposes } from './ci-purpose-commands.js';
import type { CiPurpose } from './ci-purpose-tools.js';
import { mappingEntry, resolved, scalarText } from './yaml-source.js';
import type { MappingEntry, YamlSource } from './yaml-source.js';

export interface JobPurpose {
  purpose: CiPurpose;
  /** The line of the first `run:`/`uses:` key (or the `environment:` key) that shows the purpose. */
  line: number;
  /** What shows it: the command, the action reference, or `environment: NAME`. */
  by: string;
}

/** Each purpose of a job once, at the first place that shows it, in file order. */
export function jobPurposes(source: YamlSource, job: MappingEntry, steps: readonly JobStep[]): JobPurpose[] {
  const found: JobPurpose[] = [];
  const add = (purpose: CiPurpose, line: number, by: string): void => {
    if (!found.some((entry) => entry.purpose === purpose)) found.push({ purpose, line, by });
  };
  const environment = deploymentEnvironment(source, job);
  if (environment) add('deploy', environment.line, `environment: ${environment.name}`);
  const call = mappingEntry(source, job.value, 'uses');
  const workflow = scalarText(call?.value ?? null);
  if (call !== undefined && workflow !== undefined) {
    for (const purpose of actionPurposes(workflow, new Map())) add(purpose, call.line, workflow);
  }
  for (const step of steps) {
    if (step.kind === 'run') {
      for (const { purpose, command } of commandPurposes(step.script)) add(purpose, step.line, command);
    } else {
      for (const purpose of actionPurposes(step.action, step.inputs)) add(purpose, step.line, step.action);
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
function deploymentEnvironment(source: YamlSource, job: MappingEntry): { line: number; name: string } | undefined {
  const environment = mappingEntry(source, job.value, 'environment');
  if (environment === undefined) return undefined;
  const value = resolved(source, environment.value);
  const name = scalarText(value) ?? scalarText(mappingEntry(source, value, 'name')?.value ?? null);
  const deployment = scalarText(mappingEntry(source, value, 'deployment')?.value ?? null);
  if (name === undefined || name.trim() === '' || name.includes('${{') || deployment === 'false') return undefined;
  return { line: environment.line, name };
}
