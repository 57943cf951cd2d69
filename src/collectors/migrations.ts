// Database migration files, recognised by the layout each framework's tooling creates. The path is
// enough; contents are not read. Test code is skipped (fixtures often hold sample migrations).
import type { Finding, PathCollector, ScanFacts, SourceFile } from '../evidence.js';

interface Framework {
  framework: string;
  message: string;
  /** `parts` is the path split on `/`; `paths` holds every listed path, for sibling checks. */
  matches(parts: readonly string[], paths: ReadonlySet<string>): boolean;
}

// Checked in this order; a file counts once, for the first framework that matches.
const FRAMEWORKS: readonly Framework[] = [
  {
    framework: 'alembic',
    message: 'Alembic migration',
    // `<dir>/versions/*.py` beside the `<dir>/env.py` Alembic (and Flask-Migrate) generate.
    matches: (parts, paths) =>
      parent(parts) === 'versions' &&
      basename(parts).endsWith('.py') &&
      basename(parts) !== '__init__.py' &&
      paths.has([...parts.slice(0, -2), 'env.py'].join('/')),
  },
  {
    framework: 'django',
    message: 'Django migration',
    // Django names migrations `0001_initial.py`, `0002_…`; `__init__.py` sits beside them.
    matches: (parts) => parent(parts) === 'migrations' && /^0.*\.py$/.test(basename(parts)),
  },
  {
    framework: 'prisma',
    message: 'Prisma migration',
    matches: (parts) =>
      basename(parts) === 'migration.sql' && parts[parts.length - 3] === 'migrations' && parts[parts.length - 4] === 'prisma',
  },
  {
    framework: 'rails',
    message: 'Rails migration',
    matches: (parts) => parent(parts) === 'migrate' && parts[parts.length - 3] === 'db' && basename(parts).endsWith('.rb'),
  },
  {
    framework: 'flyway',
    message: 'Flyway migration',
    // Flyway's versioned migrations: `V1__init.sql`, `V1.2__add_index.sql`, `V2024_01_05__seed.sql`.
    matches: (parts) => /^V\d[\d._]*__[^/]*\.sql$/.test(basename(parts)),
  },
  {
    framework: 'knex/typeorm/sequelize',
    message: 'Knex/TypeORM/Sequelize migration',
    // These three share the layout, so the path cannot tell them apart.
    matches: (parts) =>
      parent(parts) === 'migrations' && /\.(js|ts|mjs|cjs)$/.test(basename(parts)) && !basename(parts).endsWith('.d.ts'),
  },
  {
    framework: 'golang-migrate',
    message: 'golang-migrate migration',
    matches: (parts) => basename(parts).endsWith('.up.sql'),
  },
];

// Every layout above puts the file in a `versions`, `migrations` or `migrate` folder or names it `*.sql`: a
// file that is neither is passed over without splitting its path, as almost every file of a large repository is.
const MAYBE_MIGRATION = /(?:^|\/)(?:versions|migrations|migrate)\/[^/]*$|\.sql$/;

export const migrations: PathCollector = {
  id: 'migrations',

  collect(files: readonly SourceFile[], scan?: ScanFacts): Finding[] {
    let paths: Set<string> | undefined;
    const findings: Finding[] = [];
    for (const file of files) {
      if (file.isTest || !MAYBE_MIGRATION.test(file.path)) continue;
      paths ??= new Set(scan?.paths ?? files.map((each) => each.path));
      const parts = file.path.split('/');
      const match = FRAMEWORKS.find((framework) => framework.matches(parts, paths as Set<string>));
      if (match) {
        findings.push({ kind: 'migrations.files', file: file.path, line: 0, message: match.message, data: { framework: match.framework } });
      }
    }
    return findings;
  },
};

function basename(parts: readonly string[]): string {
  return parts[parts.length - 1] ?? '';
}

function parent(parts: readonly string[]): string | undefined {
  return parts[parts.length - 2];
}
