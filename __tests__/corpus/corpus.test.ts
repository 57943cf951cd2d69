// Runs the file-evidence collectors over real third-party files in ../shared/corpus (see its
// README.md and PROVENANCE.md). The corpus is not part of the project, so the suite skips without it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ciWorkflows } from '../../src/collectors/ci-workflows.js';
import { composeServices } from '../../src/collectors/compose-services.js';
import { dockerfiles, isDockerfileName } from '../../src/collectors/dockerfiles.js';
import { describeFile } from '../../src/inventory/classify.js';
import type { Finding, TextCollector } from '../../src/evidence.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');
const exists = existsSync(corpus);

/** Corpus files are named `<owner>__<repo>__<path with / as __>`; collectors get a path they want. */
function syntheticPath(folder: string, name: string): string {
  if (folder === 'workflows') return `.github/workflows/${name}`;
  if (folder === 'compose') return 'docker-compose.yml';
  const basename = name.slice(name.lastIndexOf('__') + 2);
  return isDockerfileName(basename) ? basename : 'Dockerfile';
}

const SUITES: Array<{ folder: string; collector: TextCollector }> = [
  { folder: 'workflows', collector: ciWorkflows },
  { folder: 'dockerfiles', collector: dockerfiles },
  { folder: 'compose', collector: composeServices },
];

function run(folder: string, name: string): Finding[] {
  const suite = SUITES.find((entry) => entry.folder === folder);
  if (!suite) throw new Error(`no collector for ${folder}`);
  const file = describeFile(syntheticPath(folder, name));
  return suite.collector.collect(file, readFileSync(path.join(corpus, folder, name), 'utf8'));
}

function lines(findings: Finding[], kind: string): Array<[number, string]> {
  return findings.filter((finding) => finding.kind === kind).map((finding) => [finding.line, finding.message]);
}

function dataOf(findings: Finding[], kind: string, key: string): unknown[] {
  return findings.filter((finding) => finding.kind === kind).map((finding) => finding.data?.[key]);
}

describe.skipIf(!exists)('corpus: every file', () => {
  for (const { folder, collector } of SUITES) {
    it(`${folder}: wanted, read without throwing, findings well formed`, () => {
      const names = exists ? readdirSync(path.join(corpus, folder)) : [];
      expect(names.length).toBeGreaterThan(10);
      for (const name of names) {
        const filePath = syntheticPath(folder, name);
        expect(collector.wants(describeFile(filePath)), name).toBe(true);
        const findings = run(folder, name);
        for (const finding of findings) {
          expect(finding.file, name).toBe(filePath);
          expect(Number.isInteger(finding.line) && finding.line >= 0, name).toBe(true);
          expect(finding.message.length, name).toBeGreaterThan(0);
        }
      }
    });
  }

  it('reports parse errors exactly for the known-bad workflows', () => {
    const withErrors = readdirSync(path.join(corpus, 'workflows')).filter((name) =>
      run('workflows', name).some((finding) => finding.kind === 'parse.errors'),
    );
    expect(withErrors).toEqual(['Clairty-Digital-Twin__clarity-loop-backend__ci.yml', 'ConvoSphere__ConvoSphere__lint-only.yml']);
  });

  it('reads no Dockerfile or compose file as broken except the one without FROM', () => {
    const broken = [
      ...readdirSync(path.join(corpus, 'dockerfiles')).filter((name) => run('dockerfiles', name).some((f) => f.kind === 'parse.errors')),
      ...readdirSync(path.join(corpus, 'compose')).filter((name) => run('compose', name).some((f) => f.kind === 'parse.errors')),
    ];
    // buildkit's json testfile holds only CMD lines.
    expect(broken).toEqual(['moby__buildkit__frontend__dockerfile__parser__testfiles__json__Dockerfile']);
  });
});

describe.skipIf(!exists)('corpus: workflows', () => {
  it('express ci.yml: three jobs, one runs `npm run test-ci`', () => {
    const findings = run('workflows', 'expressjs__express__ci.yml');
    expect(lines(findings, 'ci.workflows')).toEqual([[1, 'GitHub Actions workflow `ci`']]);
    expect(lines(findings, 'ci.jobs')).toEqual([[26, 'job `lint`'], [44, 'job `test`'], [89, 'job `coverage`']]);
    expect(lines(findings, 'ci.test-jobs')).toEqual([[80, 'job `test` runs tests: `npm run test-ci`']]);
  });

  it('the redacted `***REMOVED***` value is an alias with no anchor, reported at its line', () => {
    expect(lines(run('workflows', 'Clairty-Digital-Twin__clarity-loop-backend__ci.yml'), 'parse.errors')).toEqual([
      [364, 'invalid YAML: alias `***REMOVED***` names no anchor before it'],
    ]);
  });

  it('CRLF line endings keep line numbers right', () => {
    const findings = run('workflows', 'irongut__CodeCoverageSummary__release-build.yml');
    expect(lines(findings, 'ci.workflows')).toEqual([[1, 'GitHub Actions workflow `Build + Deploy to GHCR`']]);
    expect(lines(findings, 'ci.jobs')).toEqual([[18, 'job `build`'], [53, 'job `deploy`']]);
  });

  it('an all-comment workflow counts as a workflow with no jobs and no error', () => {
    const findings = run('workflows', 'medusajs__medusa__codegen-test.yml');
    expect(findings.map((finding) => finding.kind)).toEqual(['ci.workflows']);
  });

  it('gson: maven verify/test jobs count, a build with -Dmaven.test.skip does not', () => {
    const findings = run('workflows', 'google__gson__build.yml');
    expect(dataOf(findings, 'ci.test-jobs', 'job')).toEqual(['build', 'build-gson-subset', 'native-image-test']);
    expect(lines(findings, 'ci.test-jobs')[0]).toEqual([50, "job `build` runs tests: `mvn verify javadoc:jar ${{ matrix.extra-mvn-args || '' }}`"]);
  });

  it('spring-petclinic: `./gradlew build` is a test run', () => {
    expect(lines(run('workflows', 'spring-projects__spring-petclinic__gradle-build.yml'), 'ci.test-jobs')).toEqual([
      [31, 'job `build` runs tests: `./gradlew build`'],
    ]);
  });

  it('ripgrep: `${{ env.CARGO }} test` reads the workflow env', () => {
    expect(dataOf(run('workflows', 'BurntSushi__ripgrep__ci.yml'), 'ci.test-jobs', 'job')).toEqual(['test']);
  });

  it('flask: tox behind `uv run` flags', () => {
    expect(lines(run('workflows', 'pallets__flask__tests.yaml'), 'ci.test-jobs')).toEqual([
      [42, 'job `tests` runs tests: `uv run --locked --no-default-groups --group dev tox run`'],
      [63, 'job `typing` runs tests: `uv run --locked --no-default-groups --group dev tox run -e typing`'],
    ]);
  });

  it('tokio: 45 jobs, 20 of them run tests (cargo test, nextest, hack, miri, wasm-pack)', () => {
    const findings = run('workflows', 'tokio-rs__tokio__ci.yml');
    expect(lines(findings, 'ci.jobs')).toHaveLength(45);
    expect(lines(findings, 'ci.test-jobs')).toHaveLength(20);
    expect(dataOf(findings, 'ci.test-jobs', 'job')).not.toContain('loom-compile');
  });
});

describe.skipIf(!exists)('corpus: Dockerfiles', () => {
  it('Windows image with `# escape=`` and `HEALTHCHECK NONE`', () => {
    const findings = run('dockerfiles', 'LacledesLAN__gamesvr-tf2-blindfrag__linux.Dockerfile');
    expect(findings.map((finding) => `${finding.kind}@${finding.line}`)).toEqual([
      'docker.files@1',
      'docker.nonroot@37',
      'docker.no-healthcheck@2',
      'docker.unpinned-base@2',
    ]);
    expect(lines(findings, 'docker.unpinned-base')).toEqual([
      [2, 'base image `lacledeslan/gamesvr-tf2:latest` is not pinned: use a version tag or a digest'],
    ]);
  });

  it('distroless `:nonroot` base without a USER line runs as the image\'s non-root user', () => {
    const findings = run('dockerfiles', 'miniflux__v2__packaging__docker__distroless__Dockerfile');
    expect(findings.map((finding) => `${finding.kind}@${finding.line}`)).toEqual([
      'docker.files@1',
      'docker.multistage@6',
      'docker.nonroot@6',
      'docker.no-healthcheck@6',
    ]);
  });

  it('scratch final stage with `USER 65532:65532`', () => {
    expect(lines(run('dockerfiles', 'preflightsh__preflight__Dockerfile'), 'docker.nonroot')).toEqual([
      [8, 'the final stage runs as `65532:65532`'],
    ]);
  });

  it('healthchecks: USER hc and a HEALTHCHECK with flags in the final stage', () => {
    const findings = run('dockerfiles', 'healthchecks__healthchecks__docker__Dockerfile');
    expect(findings.map((finding) => `${finding.kind}@${finding.line}`)).toEqual([
      'docker.files@1',
      'docker.multistage@22',
      'docker.nonroot@48',
      'docker.healthcheck@51',
    ]);
  });

  it('heredocs whose bodies create users are not instructions; the final stage is scratch', () => {
    const findings = run('dockerfiles', 'docker__awesome-compose__nginx-golang__backend__Dockerfile');
    expect(findings[0]?.data).toEqual({ stages: 3 });
    expect(lines(findings, 'docker.root-user').map(([line]) => line)).toEqual([39]);
  });

  it('pinned digests and build-arg images are not unpinned; a bare distroless image is', () => {
    expect(lines(run('dockerfiles', 'GoogleCloudPlatform__microservices-demo__src__frontend__Dockerfile'), 'docker.unpinned-base')).toEqual([
      [32, 'base image `gcr.io/distroless/static` is not pinned: use a version tag or a digest'],
    ]);
    expect(lines(run('dockerfiles', 'PowerShell__PowerShell-Docker__release__7-3__nanoserver2022__docker__Dockerfile'), 'docker.unpinned-base')).toEqual([]);
  });

  it('PowerShell nanoserver: the last USER of the final stage wins', () => {
    expect(lines(run('dockerfiles', 'PowerShell__PowerShell-Docker__release__7-3__nanoserver2022__docker__Dockerfile'), 'docker.nonroot')).toEqual([
      [70, 'the final stage runs as `ContainerUser`'],
    ]);
  });
});

describe.skipIf(!exists)('corpus: compose files', () => {
  it('CTFd: five services at their lines', () => {
    const findings = run('compose', 'CTFd__CTFd__docker-compose.yml');
    expect(findings.map((finding) => `${finding.data?.service}@${finding.line}`)).toEqual([
      'ctfd@2',
      'permissions@32',
      'nginx@40',
      'db@50',
      'cache@66',
    ]);
  });

  it('go-clean-template: x- anchors merged into services are not services', () => {
    expect(dataOf(run('compose', 'evrone__go-clean-template__docker-compose.yml'), 'compose.services', 'service')).toEqual([
      'db',
      'rabbitmq',
      'nats',
      'jaeger',
      'app',
      'nginx',
    ]);
  });

  it('piggymetrics: fourteen services', () => {
    expect(run('compose', 'sqshq__piggymetrics__docker-compose.yml')).toHaveLength(14);
  });
});
