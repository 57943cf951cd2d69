// Runs the Kubernetes and OpenAPI collectors over real third-party files in ../shared/corpus/k8s and
// ../shared/corpus/openapi (see that folder's README.md and PROVENANCE.md). Every expected line below
// was checked by reading the file. The suite skips when the corpus is absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiDocs } from '../../src/collectors/api-docs.js';
import { deploymentFiles } from '../../src/collectors/deployment-files.js';
import { kubernetes } from '../../src/collectors/kubernetes.js';
import type { Finding } from '../../src/evidence.js';
import { describeFile } from '../../src/inventory/classify.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');
const exists = existsSync(corpus);

/** Corpus names are `<owner>__<repo>__<path with / as __>`; the collectors get the original path. */
function originalPath(name: string): string {
  return name.split('__').slice(2).join('/');
}

function run(folder: string, name: string): Finding[] {
  const file = describeFile(originalPath(name));
  const text = readFileSync(path.join(corpus, folder, name), 'utf8');
  return [kubernetes, apiDocs].flatMap((collector) => (collector.wants(file) ? collector.collect(file, text) : []));
}

function lines(findings: Finding[], kind: string): Array<[number, string]> {
  return findings.filter((finding) => finding.kind === kind).map((finding) => [finding.line, finding.message]);
}

const files = (folder: string) => (exists ? readdirSync(path.join(corpus, folder)).filter((name) => name.includes('__')) : []);

describe.skipIf(!exists)('corpus: Kubernetes manifests, Helm charts, OpenAPI documents', () => {
  it('reads every file without throwing; no parse errors; findings well formed', () => {
    for (const [folder, name] of [...files('k8s').map((n) => ['k8s', n]), ...files('k8s/helm').map((n) => ['k8s/helm', n]), ...files('openapi').map((n) => ['openapi', n])] as Array<[string, string]>) {
      const findings = run(folder, name);
      for (const finding of findings) {
        expect(finding.kind, name).not.toBe('parse.errors');
        expect(Number.isInteger(finding.line) && finding.line >= 1, name).toBe(true);
      }
    }
  });

  it('multi-document release manifest: 12 Deployments, one container without probes', () => {
    const findings = run('k8s', 'GoogleCloudPlatform__microservices-demo__release__kubernetes-manifests.yaml');
    expect(lines(findings, 'k8s.workloads').length).toBe(12);
    expect(lines(findings, 'k8s.workloads')[0]).toEqual([22, 'Deployment `frontend`']);
    expect(lines(findings, 'k8s.no-liveness-probe')).toEqual([[499, 'container `main` in Deployment `loadgenerator` has no livenessProbe']]);
    expect(lines(findings, 'k8s.no-readiness-probe')).toEqual([[499, 'container `main` in Deployment `loadgenerator` has no readinessProbe']]);
    expect(lines(findings, 'k8s.no-resource-limits')).toEqual([]);
  });

  it('cartservice: two Deployments among Services and a ServiceAccount', () => {
    const findings = run('k8s', 'GoogleCloudPlatform__microservices-demo__kubernetes-manifests__cartservice.yaml');
    expect(lines(findings, 'k8s.workloads')).toEqual([
      [16, 'Deployment `cartservice`'],
      [90, 'Deployment `redis-cart`'],
    ]);
  });

  it('guestbook all-in-one: three Deployments, every container without probes or a memory limit', () => {
    const findings = run('k8s', 'kubernetes__examples__web__guestbook__all-in-one__guestbook-all-in-one.yaml');
    expect(lines(findings, 'k8s.containers').map(([line]) => line)).toEqual([37, 81, 134]);
    expect(lines(findings, 'k8s.no-resource-limits').map(([line]) => line)).toEqual([37, 81, 134]);
    expect(lines(findings, 'k8s.no-liveness-probe').map(([line]) => line)).toEqual([37, 81, 134]);
  });

  it('vLLM: a memory limit but no probes', () => {
    const findings = run('k8s', 'kubernetes__examples__AI__vllm-deployment__vllm-deployment.yaml');
    expect(lines(findings, 'k8s.no-liveness-probe')).toEqual([[20, 'container `inference-server` in Deployment `vllm-gemma-deployment` has no livenessProbe']]);
    expect(lines(findings, 'k8s.no-resource-limits')).toEqual([]);
  });

  it('the JSON ReplicationController', () => {
    const findings = run('k8s', 'kubernetes__examples___archived__meteor__meteor-controller.json');
    expect(lines(findings, 'k8s.workloads')).toEqual([[2, 'ReplicationController `meteor-controller`']]);
    expect(lines(findings, 'k8s.no-resource-limits').map(([line]) => line)).toEqual([20]);
  });

  it('Cassandra StatefulSet has both probes and a memory limit', () => {
    const findings = run('k8s', 'kubernetes__examples__databases__cassandra__cassandra-statefulset.yaml');
    expect(findings.map((f) => [f.kind, f.line])).toEqual([
      ['k8s.workloads', 2],
      ['k8s.containers', 20],
    ]);
  });

  it('scorecard CronJob: no probe gaps for a CronJob; the second container has no memory limit', () => {
    const findings = run('k8s', 'ossf__scorecard__cron__k8s__controller.yaml');
    expect(lines(findings, 'k8s.workloads')).toEqual([[40, 'CronJob `scorecard-batch-controller`']]);
    expect(lines(findings, 'k8s.no-liveness-probe')).toEqual([]);
    expect(lines(findings, 'k8s.no-resource-limits')).toEqual([[73, 'container `worker-update` in CronJob `scorecard-batch-controller` has no memory limit (resources.limits.memory)']]);
  });

  it('buildkit and petclinic: probes present, no memory limit', () => {
    expect(lines(run('k8s', 'moby__buildkit__examples__kubernetes__deployment+service.rootless.yaml'), 'k8s.no-resource-limits').map(([l]) => l)).toEqual([19]);
    const petclinic = run('k8s', 'spring-projects__spring-petclinic__k8s__petclinic.yml');
    expect(lines(petclinic, 'k8s.no-liveness-probe')).toEqual([]);
    expect(lines(petclinic, 'k8s.no-resource-limits').map(([l]) => l)).toEqual([32]);
  });

  it('Helm templates are not read and not errors; Chart.yaml is a chart', () => {
    for (const name of files('k8s/helm')) expect(run('k8s/helm', name), name).toEqual([]);
    const chart = describeFile('helm-chart/Chart.yaml');
    expect(deploymentFiles.collect([chart]).map((f) => [f.kind, f.data?.chart])).toEqual([['deploy.helm-charts', 'helm-chart']]);
  });

  it('OpenAPI 3.1 JSON, 3.0 YAML, 3.1 YAML, Swagger 2.0 JSON and YAML', () => {
    const openapi = (name: string) => lines(run('openapi', name), 'api.openapi-files');
    expect(openapi('Clairty-Digital-Twin__clarity-loop-backend__docs__api__openapi.json')).toEqual([[2, 'OpenAPI 3.1.0 document with 35 paths']]);
    expect(openapi('OAI__OpenAPI-Specification___archive___schemas__v3.0__pass__petstore-expanded.yaml')).toEqual([[1, 'OpenAPI 3.0.0 document with 2 paths']]);
    expect(openapi('OAI__OpenAPI-Specification___archive___schemas__v3.0__pass__callback-example.yaml')).toEqual([[1, 'OpenAPI 3.0.0 document with 1 path']]);
    expect(openapi('localstack__localstack__localstack-core__localstack__openapi.yaml')).toEqual([[1, 'OpenAPI 3.1.0 document with 19 paths']]);
    expect(openapi('evrone__go-clean-template__docs__swagger.json')).toEqual([[2, 'Swagger 2.0 document with 8 paths']]);
    // swag writes the keys in alphabetical order, so `swagger:` is the last line.
    expect(openapi('evrone__go-clean-template__docs__swagger.yaml')).toEqual([[604, 'Swagger 2.0 document with 8 paths']]);
  });
});
