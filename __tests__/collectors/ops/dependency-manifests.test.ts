import { describe, expect, it } from 'vitest';
import { dependencyLockfiles } from '../../../src/collectors/dependency-lockfiles.js';
import { dependencyManifests } from '../../../src/collectors/dependency-manifests.js';
import type { Finding } from '../../../src/evidence.js';
import { describeFile } from '../../../src/inventory/classify.js';

function collect(path: string, text: string): Finding[] {
  const file = describeFile(path);
  return dependencyManifests.wants(file) ? dependencyManifests.collect(file, text) : [];
}

function brief(findings: Finding[]): Array<[string, number, string]> {
  return findings
    .filter((f) => f.kind !== 'deps.manifests')
    .sort((a, b) => a.line - b.line || (a.kind < b.kind ? -1 : 1))
    .map((f) => [f.kind, f.line, f.message]);
}

describe('libraries declared in manifests (runtime dependencies, one per library and manifest)', () => {
  const cases: Array<[string, string, Array<[string, number, string]>]> = [
    [
      'package.json',
      '{\n  "dependencies": {\n    "@sentry/node": "^8",\n    "@sentry/profiling-node": "^8",\n    "pino": "^9",\n    "helmet": "^7",\n    "express-rate-limit": "^7"\n  },\n  "devDependencies": { "@nestjs/swagger": "^7" }\n}\n',
      [
        ['ops.monitoring', 3, 'monitoring SDK `sentry` (dependency `@sentry/node`)'],
        ['ops.structured-logging', 5, 'structured logging library `pino` (dependency `pino`)'],
        ['ops.security-headers', 6, 'security headers library `helmet` (dependency `helmet`)'],
        ['ops.rate-limiting', 7, 'rate limiting library `express-rate-limit` (dependency `express-rate-limit`)'],
      ],
    ],
    [
      'requirements.txt',
      '# web\nSentry_SDK[fastapi]==2.1.0\nstructlog>=24\nslowapi==0.1.9 \\\n    --hash=sha256:abc\n-r base.txt\n',
      [
        ['ops.monitoring', 2, 'monitoring SDK `sentry` (dependency `Sentry_SDK`)'],
        ['deps.unpinned-requirements', 3, '`structlog` is not pinned to an exact version (`==`)'],
        ['ops.structured-logging', 3, 'structured logging library `structlog` (dependency `structlog`)'],
        ['ops.rate-limiting', 4, 'rate limiting library `slowapi` (dependency `slowapi`)'],
      ],
    ],
    [
      'pyproject.toml',
      '[project]\nname = "svc"\ndependencies = [\n  "drf-spectacular>=0.27",  # docs\n  "python-json-logger",\n]\n[dependency-groups]\ndev = ["sentry-sdk"]\n',
      [
        ['api.docs-frameworks', 4, 'API docs framework `drf-spectacular` (dependency `drf-spectacular`)'],
        ['ops.structured-logging', 5, 'structured logging library `python-json-logger` (dependency `python-json-logger`)'],
      ],
    ],
    [
      'go.mod',
      'module x\n\nrequire (\n\tgo.uber.org/zap v1.27.0\n\tgolang.org/x/time v0.5.0 // indirect\n)\nrequire github.com/getsentry/sentry-go v0.27.0\n',
      [
        ['ops.structured-logging', 4, 'structured logging library `zap` (dependency `go.uber.org/zap`)'],
        ['ops.monitoring', 7, 'monitoring SDK `sentry` (dependency `github.com/getsentry/sentry-go`)'],
      ],
    ],
    [
      'pom.xml',
      '<dependencies>\n  <!-- <dependency><groupId>io.sentry</groupId><artifactId>sentry</artifactId></dependency> -->\n  <dependency>\n    <groupId>org.springframework.boot</groupId>\n    <artifactId>spring-boot-starter-actuator</artifactId>\n  </dependency>\n  <dependency>\n    <groupId>org.springdoc</groupId>\n    <artifactId>springdoc-openapi-starter-webmvc-ui</artifactId>\n  </dependency>\n</dependencies>\n',
      [
        ['ops.health-endpoints', 5, 'health endpoint from `spring-boot-actuator` (dependency `org.springframework.boot:spring-boot-starter-actuator`)'],
        ['api.docs-frameworks', 9, 'API docs framework `springdoc-openapi` (dependency `org.springdoc:springdoc-openapi-starter-webmvc-ui`)'],
      ],
    ],
    [
      'build.gradle.kts',
      'dependencies {\n    implementation("net.logstash.logback:logstash-logback-encoder:7.4")\n    // implementation("io.sentry:sentry:7")\n    testImplementation("io.opentelemetry:opentelemetry-api:1")\n}\n',
      [['ops.structured-logging', 2, 'structured logging library `logstash-logback-encoder` (dependency `net.logstash.logback:logstash-logback-encoder`)']],
    ],
    ['Api/Api.csproj', '<ItemGroup>\n  <PackageReference Include="Serilog.AspNetCore" Version="8.0.0" />\n  <PackageReference Include="Swashbuckle.AspNetCore" Version="6" />\n</ItemGroup>\n', [
      ['ops.structured-logging', 2, 'structured logging library `serilog` (dependency `Serilog.AspNetCore`)'],
      ['api.docs-frameworks', 3, 'API docs framework `swashbuckle` (dependency `Swashbuckle.AspNetCore`)'],
    ]],
    ['Gemfile', "source 'https://rubygems.org'\ngem 'rack-attack'\ngroup :development, :test do\n  gem 'sentry-ruby'\nend\ngem \"lograge\"\n", [
      ['ops.rate-limiting', 2, 'rate limiting library `rack-attack` (dependency `rack-attack`)'],
      ['ops.structured-logging', 6, 'structured logging library `lograge` (dependency `lograge`)'],
    ]],
    ['Cargo.toml', '[package]\nname = "svc"\n[dependencies]\nsentry = "0.32"\n[dependencies.tracing-subscriber]\nversion = "0.3"\n', [
      ['ops.monitoring', 4, 'monitoring SDK `sentry` (dependency `sentry`)'],
      ['ops.structured-logging', 5, 'structured logging library `tracing-subscriber` (dependency `tracing-subscriber`)'],
    ]],
    ['composer.json', '{"type": "project", "require": {"php": "^8.2", "sentry/sentry-laravel": "^4"}}', [['ops.monitoring', 1, 'monitoring SDK `sentry` (dependency `sentry/sentry-laravel`)']]],
  ];
  it.each(cases)('%s', (path, text, expected) => {
    expect(brief(collect(path, text))).toEqual(expected);
  });

  it('an invalid package.json is one parse error and still a manifest', () => {
    const findings = collect('web/package.json', '{ "dependencies": { "pino": }');
    expect(findings.map((f) => [f.kind, f.line])).toEqual([
      ['deps.manifests', 0],
      ['parse.errors', 1],
    ]);
  });

  it('manifests in test code are not read', () => {
    expect(dependencyManifests.wants(describeFile('tests/fixtures/app/package.json'))).toBe(false);
  });
});

/** Runs the manifest collector over each file, then the lockfile check over all paths. */
function lockfileGaps(files: Record<string, string>, extraPaths: string[] = []): Array<[string, string]> {
  const manifestFindings = Object.entries(files).flatMap(([path, text]) => collect(path, text));
  const paths = [...Object.keys(files), ...extraPaths];
  return dependencyLockfiles
    .collect(paths.map(describeFile), { paths, findings: manifestFindings })
    .map((finding) => [finding.file, finding.message]);
}

describe('deps.no-lockfile', () => {
  const withDeps = '{"dependencies": {"left-pad": "1"}}';
  const cases: Array<[string, Record<string, string>, string[], Array<[string, string]>]> = [
    ['package.json without a lockfile', { 'package.json': withDeps }, [], [['package.json', 'no lockfile (package-lock.json, npm-shrinkwrap.json, yarn.lock, pnpm-lock.yaml, bun.lockb, bun.lock) beside it or in a parent folder: installs are not reproducible']]],
    ['package.json with package-lock.json', { 'package.json': withDeps }, ['package-lock.json'], []],
    ['package.json with a binary bun.lockb', { 'web/package.json': withDeps }, ['web/bun.lockb'], []],
    ['package.json with no dependencies needs none', { 'package.json': '{"name": "x", "scripts": {}}' }, [], []],
    ['a nested package.json uses a parent lockfile', { 'tools/x/package.json': withDeps }, ['yarn.lock'], []],
    [
      'workspace members count once, at the root',
      { 'package.json': '{"workspaces": ["packages/*"]}', 'packages/a/package.json': withDeps, 'packages/b/package.json': withDeps },
      [],
      [['package.json', 'no lockfile (package-lock.json, npm-shrinkwrap.json, yarn.lock, pnpm-lock.yaml, bun.lockb, bun.lock) beside it or in a parent folder: installs are not reproducible']],
    ],
    ['pnpm workspace members are covered by the root', { 'apps/web/package.json': withDeps }, ['pnpm-workspace.yaml', 'package.json'], []],
    ['poetry project without poetry.lock', { 'pyproject.toml': '[tool.poetry]\nname = "x"\n[tool.poetry.dependencies]\npython = "^3.12"\nfastapi = "*"\n' }, [], [['pyproject.toml', 'no lockfile (poetry.lock, uv.lock, pdm.lock) beside it: installs are not reproducible']]],
    ['setuptools pyproject expects no lockfile', { 'pyproject.toml': '[project]\ndependencies = ["requests"]\n' }, [], []],
    ['uv project with uv.lock', { 'pyproject.toml': '[project]\ndependencies = ["requests"]\n[tool.uv]\ndev-dependencies = []\n' }, ['uv.lock'], []],
    ['go.mod with requires and no go.sum', { 'go.mod': 'module x\nrequire go.uber.org/zap v1.27.0\n' }, [], [['go.mod', 'no lockfile (go.sum) beside it: installs are not reproducible']]],
    ['go.mod without requires', { 'go.mod': 'module x\n\ngo 1.22\n' }, [], []],
    ['Cargo binary crate without Cargo.lock', { 'Cargo.toml': '[package]\nname = "x"\n' }, ['src/main.rs'], [['Cargo.toml', 'no lockfile (Cargo.lock) beside it or in a parent folder: installs are not reproducible']]],
    ['Cargo library crate may omit it', { 'Cargo.toml': '[package]\nname = "x"\n' }, ['src/lib.rs'], []],
    ['a nested Cargo crate with binaries in src/bin/', { 'tool/Cargo.toml': '[package]\nname = "x"\n' }, ['tool/src/lib.rs', 'tool/src/bin/cli.rs'], [['tool/Cargo.toml', 'no lockfile (Cargo.lock) beside it or in a parent folder: installs are not reproducible']]],
    ['a nested Cargo crate locked in a parent folder', { 'tool/Cargo.toml': '[package]\nname = "x"\n' }, ['tool/src/main.rs', 'Cargo.lock'], []],
    ['Pipfile without Pipfile.lock', { Pipfile: '[packages]\nflask = "*"\n' }, [], [['Pipfile', 'no lockfile (Pipfile.lock) beside it: installs are not reproducible']]],
    ['a gem’s Gemfile (gemspec) may omit it', { Gemfile: 'source "https://rubygems.org"\ngemspec\n' }, [], []],
    ['Maven, Gradle and requirements files expect none', { 'pom.xml': '<project/>', 'build.gradle': '', 'requirements.txt': 'flask\n' }, [], []],
  ];
  it.each(cases)('%s', (_name, files, extra, expected) => {
    expect(lockfileGaps(files, extra)).toEqual(expected);
  });

  it('reports nothing without the scan facts', () => {
    expect(dependencyLockfiles.collect([describeFile('package.json')])).toEqual([]);
  });
});
