import { describe, expect, it } from 'vitest';
import { migrations } from '../../../src/collectors/migrations.js';
import { describeFile } from '../../../src/inventory/classify.js';

function frameworks(paths: string[]): Array<[string, string | number | boolean | undefined]> {
  return migrations.collect(paths.map(describeFile)).map((finding) => [finding.file, finding.data?.framework]);
}

describe('migrations', () => {
  it('recognises each framework', () => {
    expect(
      frameworks([
        'alembic/env.py',
        'alembic/versions/3f2a_add_users.py',
        'app/orders/migrations/__init__.py',
        'app/orders/migrations/0001_initial.py',
        'prisma/migrations/20240101000000_init/migration.sql',
        'db/migrate/20240101000000_create_users.rb',
        'src/main/resources/db/migration/V1.2__add_index.sql',
        'sql/V2024_01_05__seed.sql',
        'server/migrations/20240101_create_users.ts',
        'migrations/001_init.cjs',
        'db/migrations/000001_create_users.up.sql',
      ]),
    ).toEqual([
      ['alembic/versions/3f2a_add_users.py', 'alembic'],
      ['app/orders/migrations/0001_initial.py', 'django'],
      ['prisma/migrations/20240101000000_init/migration.sql', 'prisma'],
      ['db/migrate/20240101000000_create_users.rb', 'rails'],
      ['src/main/resources/db/migration/V1.2__add_index.sql', 'flyway'],
      ['sql/V2024_01_05__seed.sql', 'flyway'],
      ['server/migrations/20240101_create_users.ts', 'knex/typeorm/sequelize'],
      ['migrations/001_init.cjs', 'knex/typeorm/sequelize'],
      ['db/migrations/000001_create_users.up.sql', 'golang-migrate'],
    ]);
  });

  it('writes the framework into the message, at line 0', () => {
    expect(migrations.collect([describeFile('db/migrate/1_a.rb')])).toEqual([
      { kind: 'migrations.files', file: 'db/migrate/1_a.rb', line: 0, message: 'Rails migration', data: { framework: 'rails' } },
    ]);
  });

  it('counts a Flask-Migrate file once, as Alembic, though its folder is named migrations', () => {
    expect(frameworks(['migrations/env.py', 'migrations/versions/0001_init.py'])).toEqual([['migrations/versions/0001_init.py', 'alembic']]);
  });

  it('ignores near misses', () => {
    expect(
      frameworks([
        'pkg/versions/v1.py',
        'app/migrations/helpers/0001_x.py',
        'app/migrations/README.md',
        'prisma/schema.prisma',
        'prisma/migrations/migration_lock.toml',
        'other/migrations/x/migration.sql',
        'db/migrate/README.md',
        'lib/migrate/1_a.rb',
        'V1_init.sql',
        'v1__init.sql',
        'migrations/types.d.ts',
        'db/000001_create_users.down.sql',
      ]),
    ).toEqual([]);
  });

  it('skips test code', () => {
    expect(frameworks(['tests/fixtures/db/migrate/1_a.rb', 'tests/migrations/0001_initial.py'])).toEqual([]);
  });
});
