// The events that start a workflow, from its `on:` key written as a string (`on: push`), a list
// (`on: [push, pull_request]`) or a map of events to filters.
// https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#on
import { isSeq } from 'yaml';
import type { YAMLMap } from 'yaml';
import { mappingEntries, mappingEntry, resolved, scalarText } from './yaml-source.js';
import type { YamlSource } from './yaml-source.js';

export interface WorkflowTriggers {
  /** The line of the `on` key. */
  line: number;
  events: string[];
  /** The workflows named by `workflow_run: { workflows: […] }`. */
  workflowRuns: string[];
}

export const PULL_REQUEST_EVENTS: readonly string[] = ['pull_request', 'pull_request_target'];
// A merge queue runs the checks a pull request needs before it merges, so a scan there gates PRs too.
export const PULL_REQUEST_GATE_EVENTS: readonly string[] = [...PULL_REQUEST_EVENTS, 'merge_group'];

export function workflowTriggers(source: YamlSource, root: YAMLMap | null): WorkflowTriggers | undefined {
  // A YAML 1.1 document (`%YAML 1.1`) reads the bare key `on` as the boolean true.
  const on = mappingEntry(source, root, 'on') ?? mappingEntry(source, root, 'true');
  if (on === undefined) return undefined;
  const value = on.value;
  const single = scalarText(value);
  let events: string[];
  if (single !== undefined) events = [single];
  else if (isSeq(value)) events = value.items.flatMap((item) => scalarText(resolved(source, item)) ?? []);
  else events = mappingEntries(source, value).map((entry) => entry.key);
  const workflowRun = mappingEntry(source, value, 'workflow_run')?.value;
  const named = resolved(source, mappingEntry(source, workflowRun, 'workflows')?.value);
  const workflowRuns = isSeq(named)
    ? named.items.flatMap((item) => scalarText(resolved(source, item)) ?? [])
    : [scalarText(named)].flatMap((name) => name ?? []);
  return { line: on.line, events, workflowRuns };
}
