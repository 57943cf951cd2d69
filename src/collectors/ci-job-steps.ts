// Reads a GitHub Actions job into plain data the CI collectors classify: its `run:` scripts (with
// literal `env:` values substituted) and its `uses:` steps (with their literal `with:` inputs), in
// order, each at the line of its `run:` or `uses:` key.
import { isSeq } from 'yaml';
import type { Node } from 'yaml';
import { lineOf, mappingEntries, mappingEntry, resolved, scalarText } from './yaml-source.js';
import type { MappingEntry, YamlSource } from './yaml-source.js';

export type JobStep =
  | { kind: 'run'; line: number; script: string }
  | { kind: 'uses'; line: number; action: string; inputs: ReadonlyMap<string, string> };

/** The `run:` and `uses:` steps of a job; none for a job that calls a reusable workflow. */
export function jobSteps(source: YamlSource, job: MappingEntry, workflowEnv: ReadonlyMap<string, string>): JobStep[] {
  if (mappingEntry(source, job.value, 'uses')) return [];
  const jobEnv = new Map([...workflowEnv, ...literalEnv(source, job.value)]);
  const steps = resolved(source, mappingEntry(source, job.value, 'steps')?.value);
  if (!isSeq(steps)) return [];
  const found: JobStep[] = [];
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
export function literalEnv(source: YamlSource, owner: unknown): Map<string, string> {
  const env = new Map<string, string>();
  for (const [name, value] of scalarEntries(source, mappingEntry(source, owner, 'env')?.value)) {
    if (!value.includes('${{')) env.set(name, value);
  }
  return env;
}

/** A mapping's scalar values as text (expressions kept as written); collections are left out. */
export function scalarEntries(source: YamlSource, node: Node | null | undefined): Map<string, string> {
  const entries = new Map<string, string>();
  for (const entry of mappingEntries(source, node)) {
    const value = scalarText(entry.value);
    if (value !== undefined) entries.set(entry.key, value);
  }
  return entries;
}

const ENV_EXPRESSION = /\$\{\{\s*env\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}/g;

function expandEnv(script: string, env: ReadonlyMap<string, string>): string {
  return script.replace(ENV_EXPRESSION, (expression, name: string) => env.get(name) ?? expression);
}
