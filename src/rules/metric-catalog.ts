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
  metric('ci.workflows', 'GitHub Actions workflow files under .github/workflows/.'),
  metric('ci.jobs', 'Jobs across GitHub Actions workflows.'),
  metric('ci.test-jobs', 'GitHub Actions jobs that run tests.'),
  metric('ci.other', 'Configuration files of other CI systems (GitLab CI, CircleCI, Jenkinsfile, Azure Pipelines…).'),
  metric('ci.pipelines', 'ci.workflows + ci.other.', computed),
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
