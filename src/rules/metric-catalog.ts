// The metric names rules may use. Collectors emit these; a rule naming anything else is a typo,
// so the rule file is rejected with a suggestion instead of silently comparing against 0.

export interface MetricInfo {
  name: string;
  /** One line a rule author reads in the README and in editor hovers. */
  description: string;
  /**
   * True when the metric counts findings of the same kind, so `findings:` budgets can use it.
   * False for values computed from other metrics or from the inventory.
   */
  findingKind: boolean;
  /** True when `Evidence.byLanguage` splits it per language. */
  perLanguage: boolean;
}

function metric(name: string, description: string, options: Partial<MetricInfo> = {}): MetricInfo {
  return { name, description, findingKind: true, perLanguage: false, ...options };
}

const code = { perLanguage: true };
/** Counted from the inventory or from other metrics, never from findings. */
const computed = { findingKind: false };
/** Amounts read from reports (one finding per report carries the amount): use `metric:` rules on them. */
const amount = { findingKind: false };

export const METRIC_CATALOG: readonly MetricInfo[] = [
  metric('tests.files', 'Test files, by name (test_*.py, *_test.py, *.test.ts, *.spec.js, __tests__/…).', { ...code, ...computed }),
  metric('tests.cases', 'Test cases found in test files (def test_…, it(…), test(…)).', code),
  metric('tests.skipped', 'Skipped or disabled tests (@skip, it.skip, xit, test.todo…).', code),
  metric('source.files', 'Source files that are not test code.', { ...code, ...computed }),
  metric('tests.ratio', 'tests.files / source.files; 0 when there are no source files.', { ...code, ...computed }),
  metric('catch.generic', 'Catches that take every error (bare except, except Exception, catch-all blocks).', code),
  metric('catch.empty', 'Catch blocks that do nothing with the error.', code),
  metric('todo.comments', 'TODO, FIXME, XXX and HACK comments.', code),
  metric('stubs.placeholder', 'Placeholder bodies: raise NotImplementedError, throw new Error("not implemented"), pass-only functions.', code),
  metric('stubs.mock-data', 'Hard-coded mock or fake data, or test/mock modules, shipped in production code.', code),
  metric('tests.pending', 'Ruby: skip/pending statements inside tests.', code),
  metric('tests.benchmarks', 'Benchmark functions (Go Benchmark…, Rust #[bench]).', code),
  metric('tests.fuzz', 'Go fuzz tests (func Fuzz…).', code),
  metric('tests.examples', 'Go example functions (func Example…).', code),
  metric('tests.subtests', 'Go t.Run subtests.', code),
  metric('tests.skip-calls', 'Go t.Skip / t.Skipf / t.SkipNow calls.', code),
  metric('tests.templates', 'JUnit repeated tests, test factories and templates.', code),
  metric('tests.skipped-classes', 'Test classes disabled as a whole (@Disabled, @Ignore, [Ignore]).', code),
  metric('catch.rescue-modifier', 'Ruby `expr rescue fallback` modifiers, which swallow every StandardError.', code),
  metric('code.panics', 'panic( in Go and panic! in Rust, in non-test code.', code),
  metric('tests.reported.files', 'Test report files read (JUnit XML, TRX, NUnit, xUnit.net).', amount),
  metric('tests.reported.passed', 'Test cases that passed in the test reports.', amount),
  metric('tests.reported.failed', 'Test cases that failed in the test reports.', amount),
  metric('tests.reported.errors', 'Test cases that errored in the test reports.', amount),
  metric('tests.reported.skipped', 'Test cases skipped in the test reports.', amount),
  metric('coverage.reports', 'Coverage report files read (lcov, Cobertura, JaCoCo, coverage.py, Istanbul, Go).', amount),
  metric('coverage.lines.covered', 'Covered lines (statements for Go, coverage.py and Clover), summed over reports.', amount),
  metric('coverage.lines.total', 'Coverable lines, summed over reports.', amount),
  metric('coverage.branches.covered', 'Covered branches, summed over reports that have them.', amount),
  metric('coverage.branches.total', 'Branches, summed over reports that have them.', amount),
  metric('coverage.lines', 'Line coverage in percent: 100 × covered / total, truncated to one decimal; absent without reports.', computed),
  metric('coverage.branches', 'Branch coverage in percent, like coverage.lines.', computed),
  metric('reports.ignored', 'Report files found but not used (stale, duplicate format, unrecognised, too large…).'),
  metric('secrets.exposed', 'Credentials committed in files: private keys, cloud and API tokens, signed JWTs.'),
  metric('secrets.env-files', 'Committed .env files (not .env.example/.sample/.template/.dist).'),
  metric('ops.health-endpoints', 'Health, liveness and readiness routes (FastAPI, Flask, Django, Express, Nest, Spring, Go, Rails, ASP.NET…).'),
  metric('ops.monitoring', 'Monitoring SDKs (Sentry, Prometheus, OpenTelemetry, Datadog, New Relic) in manifests or imports.'),
  metric('ops.structured-logging', 'Structured logging libraries (structlog, pino, winston, zap, zerolog, slog, Serilog…).'),
  metric('ops.rate-limiting', 'Rate-limiting libraries (slowapi, express-rate-limit, @nestjs/throttler, rack-attack…).'),
  metric('ops.security-headers', 'Security-header middleware (helmet, flask-talisman, secure, SecurityMiddleware…).'),
  metric('ops.graceful-shutdown', 'SIGTERM handlers and graceful server shutdown hooks.'),
  metric('api.openapi-files', 'OpenAPI 3 / Swagger 2 files.'),
  metric('api.docs-frameworks', 'Frameworks that serve API docs (FastAPI, @nestjs/swagger, springdoc, drf-spectacular…).'),
  metric('k8s.workloads', 'Kubernetes workloads (Deployment, StatefulSet, DaemonSet, Job, CronJob, Pod…).'),
  metric('k8s.containers', 'Containers in Kubernetes pod specs (not init containers).'),
  metric('k8s.no-liveness-probe', 'Kubernetes containers without a livenessProbe (not Jobs/CronJobs).'),
  metric('k8s.no-readiness-probe', 'Kubernetes containers without a readinessProbe (not Jobs/CronJobs).'),
  metric('k8s.no-resource-limits', 'Kubernetes containers without a memory limit.'),
  metric('deploy.helm-charts', 'Helm charts (Chart.yaml).'),
  metric('deploy.terraform-files', 'Terraform files (*.tf).'),
  metric('deploy.platform-files', 'Platform deployment files (render.yaml, Procfile, fly.toml, vercel.json, netlify.toml…).'),
  metric('deps.manifests', 'Dependency manifests (package.json, pyproject.toml, go.mod, Cargo.toml, pom.xml…).'),
  metric('deps.no-lockfile', 'Manifests whose tool writes a lockfile, with none committed.'),
  metric('deps.unpinned-requirements', 'Requirement lines without an exact == version.'),
  metric('docs.readme', 'README files at the root, .github/ or docs/.'),
  metric('docs.security-policy', 'SECURITY policy files at the root, .github/ or docs/.'),
  metric('docs.changelog', 'CHANGELOG / CHANGES / HISTORY / NEWS at the root.'),
  metric('docs.license', 'LICENSE / LICENCE / COPYING / UNLICENSE at the root.'),
  metric('docs.runbooks', 'Runbooks: files under runbooks/ or named RUNBOOK*.'),
  metric('ci.workflows', 'GitHub Actions workflow files under .github/workflows/.'),
  metric('ci.jobs', 'Jobs across GitHub Actions workflows.'),
  metric('ci.test-jobs', 'GitHub Actions jobs that run tests.'),
  metric('ci.other', 'Configuration files of other CI systems (GitLab CI, CircleCI, Jenkinsfile, Azure Pipelines…).'),
  metric('ci.pipelines', 'ci.workflows + ci.other.', computed),
  metric('ci.pr-workflows', 'Workflows triggered by pull_request or pull_request_target.'),
  metric('ci.lint-jobs', 'Jobs that lint, check formatting or type-check.'),
  metric('ci.build-jobs', 'Jobs that build the project, a package or an image.'),
  metric('ci.security-scan-jobs', 'Jobs that run a security scanner (CodeQL, dependency review, Trivy, audits…).'),
  metric('ci.deploy-jobs', 'Jobs that deploy or publish (an environment, deploy actions or commands).'),
  metric('ci.security-scans-on-pr', 'Security-scan jobs in workflows triggered by pull requests or a merge queue.'),
  metric('ci.deploy-without-tests', 'Deploy jobs with no test job before them (via needs:) in their workflow.'),
  metric('docker.files', 'Dockerfiles (Dockerfile, *.Dockerfile, Dockerfile.*).'),
  metric('docker.multistage', 'Dockerfiles with more than one FROM stage.'),
  metric('docker.nonroot', 'Dockerfiles whose final stage switches to a non-root USER.'),
  metric('docker.root-user', 'Dockerfiles whose final stage runs as root.'),
  metric('docker.healthcheck', 'Dockerfiles with a HEALTHCHECK.'),
  metric('docker.no-healthcheck', 'Dockerfiles without a HEALTHCHECK.'),
  metric('docker.unpinned-base', 'FROM lines whose base image has no tag or uses :latest.'),
  metric('compose.services', 'Services defined in Docker Compose files.'),
  metric('migrations.files', 'Database migration files (Alembic, Django, Prisma, Knex, Flyway…).'),
  metric('parse.errors', 'Files that could not be read or parsed; their evidence is missing.'),
  metric('files.scanned', 'Files whose text or name was used.', computed),
  metric('files.skipped', 'Files skipped as vendored, generated, minified, binary, too large or links.', computed),
];

export const METRIC_NAMES: readonly string[] = METRIC_CATALOG.map((entry) => entry.name);

export const FINDING_KINDS: readonly string[] = METRIC_CATALOG.filter((entry) => entry.findingKind).map(
  (entry) => entry.name,
);
