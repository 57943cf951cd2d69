import { describe, expect, it } from 'vitest';
import { apiDocs } from '../../../src/collectors/api-docs.js';
import { deploymentFiles } from '../../../src/collectors/deployment-files.js';
import { kubernetes } from '../../../src/collectors/kubernetes.js';
import { projectDocs } from '../../../src/collectors/project-docs.js';
import type { Finding } from '../../../src/evidence.js';
import { describeFile } from '../../../src/inventory/classify.js';

const brief = (findings: Finding[]) => findings.map((f) => [f.kind, f.line, f.message]);

describe('kubernetes', () => {
  const manifest = [
    'apiVersion: v1', //  1
    'kind: Service',
    'metadata: { name: web }',
    '---',
    'apiVersion: apps/v1', //  5
    'kind: Deployment',
    'metadata:',
    '  name: web',
    'spec:',
    '  template:', // 10
    '    spec:',
    '      initContainers:',
    '        - name: migrate',
    '          image: app:1',
    '      containers:', // 15
    '        - name: app',
    '          image: app:1',
    '          resources:',
    '            limits: { cpu: 500m }',
    '        - name: proxy', // 20
    '          image: envoy:1',
    '          livenessProbe: { httpGet: { path: /healthz, port: 9901 } }',
    '          readinessProbe: { httpGet: { path: /ready, port: 9901 } }',
    '          resources: { limits: { memory: 128Mi } }',
    '---', // 25
    'apiVersion: batch/v1',
    'kind: CronJob',
    'metadata: { name: nightly }',
    'spec:',
    '  jobTemplate:', // 30
    '    spec:',
    '      template:',
    '        spec:',
    '          containers:',
    '            - name: job', // 35
    '              image: app:1',
    '',
  ].join('\n');

  it('multi-document: workloads, containers (not initContainers) and their gaps at the container line', () => {
    expect(brief(kubernetes.collect(describeFile('deploy/app.yaml'), manifest))).toEqual([
      ['k8s.workloads', 6, 'Deployment `web`'],
      ['k8s.containers', 16, 'container `app` in Deployment `web`'],
      ['k8s.no-liveness-probe', 16, 'container `app` in Deployment `web` has no livenessProbe'],
      ['k8s.no-readiness-probe', 16, 'container `app` in Deployment `web` has no readinessProbe'],
      ['k8s.no-resource-limits', 16, 'container `app` in Deployment `web` has no memory limit (resources.limits.memory)'],
      ['k8s.containers', 20, 'container `proxy` in Deployment `web`'],
      ['k8s.workloads', 27, 'CronJob `nightly`'],
      ['k8s.containers', 35, 'container `job` in CronJob `nightly`'],
      ['k8s.no-resource-limits', 35, 'container `job` in CronJob `nightly` has no memory limit (resources.limits.memory)'],
    ]);
  });

  it('a JSON List of Pods', () => {
    const text = '{"apiVersion": "v1", "kind": "List", "items": [\n  {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"},\n   "spec": {"containers": [\n     {"name": "c", "image": "x:1", "livenessProbe": {}, "readinessProbe": {}, "resources": {"limits": {"memory": "1Gi"}}}]}}]}\n';
    expect(brief(kubernetes.collect(describeFile('k8s/pods.json'), text))).toEqual([
      ['k8s.workloads', 2, 'Pod `p`'],
      ['k8s.containers', 4, 'container `c` in Pod `p`'],
    ]);
  });

  it('a Helm template is not parsed and not an error', () => {
    const text = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include "x.fullname" . }}\n{{- if .Values.probes }}\n';
    expect(kubernetes.collect(describeFile('chart/templates/deployment.yaml'), text)).toEqual([]);
  });

  it('a Kustomize patch (no container has an image) is not a workload', () => {
    const text = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          resources: { limits: { memory: 1Gi } }\n';
    expect(kubernetes.collect(describeFile('overlays/prod/patch.yaml'), text)).toEqual([]);
  });

  it('a broken manifest is a parse error; other YAML with the keys nested is left alone', () => {
    expect(brief(kubernetes.collect(describeFile('k8s/bad.yaml'), 'apiVersion: v1\nkind: Pod\nspec: [\n'))).toEqual([
      ['parse.errors', 4, expect.stringMatching(/^invalid YAML in a Kubernetes manifest: /)],
    ]);
    expect(kubernetes.collect(describeFile('config.yml'), 'x:\n  apiVersion: v1\n  kind: [\n')).toEqual([]);
  });
});

describe('api.openapi-files', () => {
  const cases: Array<[string, string, unknown[]]> = [
    ['api/openapi.json', '{\n  "openapi": "3.1.0",\n  "info": {"title": "x", "version": "1"},\n  "paths": {"/a": {}, "/b": {}}\n}\n', [['api.openapi-files', 2, 'OpenAPI 3.1.0 document with 2 paths']]],
    ['docs/swagger.yaml', 'swagger: "2.0"\ninfo:\n  title: x\npaths:\n  /health:\n    get: {}\n', [['api.openapi-files', 1, 'Swagger 2.0 document with 1 path']]],
    ['docs/partial.yaml', 'openapi: 3.0.3\ncomponents: {}\n', []],
    ['config/app.yaml', 'server:\n  openapi: true\n', []],
    ['api/broken.yaml', 'openapi: 3.0.0\ninfo: [\n', [['parse.errors', 3, expect.stringMatching(/^invalid YAML in what looks like an OpenAPI document/)]]],
  ];
  it.each(cases)('%s', (path, text, expected) => {
    const file = describeFile(path);
    expect(apiDocs.wants(file) ? brief(apiDocs.collect(file, text)) : []).toEqual(expected);
  });

  it('data records spec, version, format and path count', () => {
    const [finding] = apiDocs.collect(describeFile('openapi.yaml'), 'openapi: 3.0.0\ninfo: {title: t}\n');
    expect(finding?.data).toEqual({ spec: 'openapi', version: '3.0.0', format: 'yaml', paths: 0 });
  });
});

describe('deployment files and project docs (paths only)', () => {
  const files = [
    'README.md', 'docs/README.rst', 'lib/README.md', '.github/SECURITY.md', 'security.py', 'CHANGELOG.md', 'history.js',
    'LICENSE-MIT', 'COPYING', 'docs/runbooks/db-failover.md', 'ops/RUNBOOK.md', 'charts/api/Chart.yaml',
    'charts/api/templates/deployment.yaml', 'infra/main.tf', 'infra/.terraform/modules/x.tf', 'Procfile', 'web/vercel.json',
    'fly.toml', 'app.yaml', 'tests/fixtures/Procfile',
  ].map(describeFile);

  it('project docs by name and place', () => {
    expect(projectDocs.collect(files).map((f) => [f.kind, f.file])).toEqual([
      ['docs.readme', 'README.md'],
      ['docs.readme', 'docs/README.rst'],
      ['docs.security-policy', '.github/SECURITY.md'],
      ['docs.changelog', 'CHANGELOG.md'],
      ['docs.license', 'LICENSE-MIT'],
      ['docs.license', 'COPYING'],
      ['docs.runbooks', 'docs/runbooks/db-failover.md'],
      ['docs.runbooks', 'ops/RUNBOOK.md'],
    ]);
  });

  it('runbooks: a folder so named at any depth, in any case, or a file name that starts with runbook', () => {
    const paths = ['ops/Runbook/restart.md', 'a/b/c/runbooks/x.yml', 'runbooks', 'RUNBOOKS/x', 'my-runbooks/x.md', 'runbooksx/y.md', 'docs/runbook-db.md', 'src/notrunbook.md', 'x/RunBook'];
    expect(projectDocs.collect(paths.map(describeFile)).map((f) => f.file)).toEqual([
      'ops/Runbook/restart.md',
      'a/b/c/runbooks/x.yml',
      'runbooks',
      'RUNBOOKS/x',
      'docs/runbook-db.md',
      'x/RunBook',
    ]);
  });

  it('Helm charts, Terraform and platform files', () => {
    expect(deploymentFiles.collect(files).map((f) => [f.kind, f.file, f.data ?? null])).toEqual([
      ['deploy.helm-charts', 'charts/api/Chart.yaml', { chart: 'charts/api' }],
      ['deploy.terraform-files', 'infra/main.tf', null],
      ['deploy.platform-files', 'Procfile', { platform: 'procfile' }],
      ['deploy.platform-files', 'web/vercel.json', { platform: 'vercel' }],
      ['deploy.platform-files', 'fly.toml', { platform: 'fly' }],
    ]);
  });
});
