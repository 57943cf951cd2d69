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
import { isSeq } from 'yaml';
import type { Finding, SourceFile, TextCollector } from '../evidence.js';
import { isJsonPath, isStructuredFile, isTemplate } from './structured-files.js';
import { type YamlSource, lineOf, mappingEntry, parseYaml, resolved, rootMapping, scalarText } from './yaml-source.js';

const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'Pod']);
const RUN_TO_COMPLETION = new Set(['Job', 'CronJob']);
// Both keys present (YAML: at a line start; JSON: quoted, anywhere): a cheap test before parsing every
// YAML and JSON file in a repository.
const YAML_KEYS = [/^\s*-?\s*["']?apiVersion["']?\s*:/m, /^\s*-?\s*["']?kind["']?\s*:/m];
const JSON_KEYS = [/"apiVersion"\s*:/, /"kind"\s*:/];
const TOP_LEVEL_API_VERSION = /^apiVersion:/m;
const TOP_LEVEL_KIND = /^kind:/m;

export const kubernetes: TextCollector = {
  id: 'kubernetes',

  wants: isStructuredFile,

  collect(file: SourceFile, text: string): Finding[] {
    const keys = isJsonPath(file.path) ? JSON_KEYS : YAML_KEYS;
    if (!keys.every((key) => key.test(text)) || isTemplate(text)) return [];
    const parsed = parseYaml(text);
    if (!parsed.ok) {
      // Both keys at column 0 is a manifest's layout, not a workflow's or a compose file's (whose own
      // collectors report their errors), so only then is the broken file reported here.
      if (!TOP_LEVEL_API_VERSION.test(text) || !TOP_LEVEL_KIND.test(text)) return [];
      const message = `invalid ${isJsonPath(file.path) ? 'JSON' : 'YAML'} in a Kubernetes manifest: ${parsed.problem.message}`;
      return [{ kind: 'parse.errors', file: file.path, line: parsed.problem.line, message }];
    }
    const { source } = parsed;
    const findings: Finding[] = [];
    for (const document of source.documents) {
      for (const object of objectsOf(source, rootMapping(source, document))) findings.push(...workloadFindings(file.path, source, object));
    }
    return findings;
  },
};

/** The document's object, or the items of a `kind: List`. */
function objectsOf(source: YamlSource, root: unknown): unknown[] {
  if (scalarText(mappingEntry(source, root, 'kind')?.value ?? null) !== 'List') return [root];
  const items = mappingEntry(source, root, 'items')?.value;
  return isSeq(items) ? items.items.map((item) => resolved(source, item)) : [];
}

function workloadFindings(file: string, source: YamlSource, object: unknown): Finding[] {
  const apiVersion = scalarText(mappingEntry(source, object, 'apiVersion')?.value ?? null);
  const kindEntry = mappingEntry(source, object, 'kind');
  const kind = scalarText(kindEntry?.value ?? null);
  if (apiVersion === undefined || kind === undefined || kindEntry === undefined || !WORKLOAD_KINDS.has(kind)) return [];
  const name = scalarText(mappingEntry(source, mappingEntry(source, object, 'metadata')?.value, 'name')?.value ?? null) ?? '(unnamed)';
  const containers = containersOf(source, object, kind);
  if (containers.length > 0 && containers.every((container) => mappingEntry(source, container, 'image') === undefined)) return [];
  const workload = `${kind}/${name}`;
  const findings: Finding[] = [
    { kind: 'k8s.workloads', file, line: kindEntry.line, message: `${kind} \`${name}\``, data: { workload, kind, name } },
  ];
  for (const container of containers) {
    const containerName = scalarText(mappingEntry(source, container, 'name')?.value ?? null) ?? '(unnamed)';
    const line = lineOf(source, resolved(source, container));
    const data = { workload, container: containerName };
    const at = (kindName: string, message: string): Finding => ({ kind: kindName, file, line, message, data });
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
function containersOf(source: YamlSource, object: unknown, kind: string): unknown[] {
  let podSpec = mappingEntry(source, object, 'spec')?.value ?? null;
  if (kind === 'CronJob') podSpec = mappingEntry(source, mappingEntry(source, podSpec, 'jobTemplate')?.value, 'spec')?.value ?? null;
  if (kind !== 'Pod') podSpec = mappingEntry(source, mappingEntry(source, podSpec, 'template')?.value, 'spec')?.value ?? null;
  const containers = mappingEntry(source, podSpec, 'containers')?.value;
  return isSeq(containers) ? containers.items.map((item) => resolved(source, item)) : [];
}
