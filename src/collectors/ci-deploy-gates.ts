// Which deploy jobs run without tests before them. A job waits for the jobs in its `needs:` (and
// theirs), so a deploy is gated by tests when it, or a job it needs directly or transitively within
// the same workflow, runs tests. Two gates this one file cannot see are trusted rather than reported:
// - a job in the chain calls a reusable workflow (`uses:` at job level): this collector reads one file
//   at a time, so what that workflow runs is unknown;
// - the workflow starts on `workflow_run` and the deploy job or a job it needs checks
//   `github.event.workflow_run.conclusion`: `workflow_run` fires when the named workflow completes,
//   even when it failed, so only a conclusion check makes it a gate.
//   https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#running-a-workflow-based-on-the-conclusion-of-another-workflow
import { isSeq } from 'yaml';
import { mappingEntry, resolved, scalarText } from './yaml-source.js';
import type { MappingEntry, YamlSource } from './yaml-source.js';

export interface JobGateFacts {
  job: string;
  line: number;
  needs: readonly string[];
  runsTests: boolean;
  deploys: boolean;
  callsWorkflow: boolean;
  /** The job's `if:` reads `workflow_run.conclusion`. */
  checksRunConclusion: boolean;
}

/** The job names in `needs: x` or `needs: [x, y]`. */
export function jobNeeds(source: YamlSource, job: MappingEntry): string[] {
  const needs = resolved(source, mappingEntry(source, job.value, 'needs')?.value);
  if (isSeq(needs)) return needs.items.flatMap((item) => scalarText(resolved(source, item)) ?? []);
  const single = scalarText(needs);
  return single === undefined ? [] : [single];
}

export function checksRunConclusion(source: YamlSource, job: MappingEntry): boolean {
  return /workflow_run\s*\.\s*conclusion/.test(scalarText(mappingEntry(source, job.value, 'if')?.value ?? null) ?? '');
}

/** The deploy jobs with no test job before them, each with the jobs it needs (transitively). */
export function deploysWithoutTests(
  jobs: readonly JobGateFacts[],
  startsOnWorkflowRun: boolean,
): Array<{ job: JobGateFacts; upstream: string[] }> {
  const byName = new Map(jobs.map((job) => [job.job, job]));
  const gaps: Array<{ job: JobGateFacts; upstream: string[] }> = [];
  for (const job of jobs) {
    if (!job.deploys) continue;
    const upstream = upstreamJobs(job, byName);
    const chain = [job, ...upstream.flatMap((name) => byName.get(name) ?? [])];
    if (chain.some((member) => member.runsTests || member.callsWorkflow)) continue;
    if (startsOnWorkflowRun && chain.some((member) => member.checksRunConclusion)) continue;
    gaps.push({ job, upstream });
  }
  return gaps;
}

/** Every job `job` waits for, nearest first; unknown names and cycles are ignored. */
function upstreamJobs(job: JobGateFacts, byName: ReadonlyMap<string, JobGateFacts>): string[] {
  const seen = new Set<string>([job.job]);
  const order: string[] = [];
  const queue = [...job.needs];
  while (queue.length > 0) {
    const name = queue.shift() as string;
    const needed = byName.get(name);
    if (seen.has(name) || needed === undefined) continue;
    seen.add(name);
    order.push(name);
    queue.push(...needed.needs);
  }
  return order;
}
