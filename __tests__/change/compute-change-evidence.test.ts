import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../src/change/change-set.js';
import { computeChangeEvidence, relativeToScannedFolder } from '../../src/change/compute-change-evidence.js';
import { pathCollectors, textCollectors } from '../../src/collectors/index.js';
import { scanRepository } from '../../src/scan/scan-repository.js';
import { makeTempRepo } from '../helpers/temp-repo.js';

const BASE_SERVICE = 'def handler(event):\n    try:\n        return event["x"]\n    except Exception:\n        return None\n';
const HEAD_SERVICE =
  'def handler(event):\n    try:\n        return event["x"]\n    except Exception:\n        return None\n\n\ndef other():\n    try:\n        return 1\n    except Exception:\n        pass\n';

async function changeEvidence(change: ChangeSet, baseTexts: Record<string, string>) {
  const root = makeTempRepo({
    'src/service.py': HEAD_SERVICE,
    'tests/test_service.py': 'def test_one():\n    pass\n',
    'db/migrations/0002_add.py': 'x = 1\n',
  });
  const scan = await scanRepository(root, { maxFileBytes: 1 << 20, textCollectors, pathCollectors });
  return computeChangeEvidence({
    change,
    scan,
    baseTexts: new Map(Object.entries(baseTexts)),
    textCollectors,
    pathCollectors,
    event: 'pull_request',
    baseRef: 'main',
    pullRequest: 7,
  });
}

describe('computeChangeEvidence', () => {
  it('finds what the added lines bring and how the changed files moved each metric', async () => {
    const change: ChangeSet = {
      baseSha: 'b'.repeat(40),
      headSha: 'h'.repeat(40),
      source: 'git',
      truncated: false,
      files: [
        { path: 'src/service.py', status: 'modified', binary: false, addedLines: [6, 7, 8, 9, 10, 11, 12] },
        { path: 'tests/test_service.py', status: 'modified', binary: false, addedLines: [] },
        { path: 'db/migrations/0002_add.py', status: 'added', binary: false, addedLines: [1] },
        { path: 'tests/test_old.py', status: 'removed', binary: false, addedLines: [] },
      ],
    };
    const evidence = await changeEvidence(change, {
      'src/service.py': BASE_SERVICE,
      'tests/test_service.py': 'def test_one():\n    pass\n\ndef test_two():\n    pass\n',
      'tests/test_old.py': 'def test_a():\n    pass\n',
    });
    expect(evidence.newFindings.map((f) => `${f.kind} ${f.file}:${f.line}`)).toEqual([
      'migrations.files db/migrations/0002_add.py:0',
      'catch.empty src/service.py:11',
      'catch.generic src/service.py:11',
    ]);
    expect(evidence.deltas).toEqual({
      'catch.empty': { base: 0, head: 1, delta: 1 },
      'catch.generic': { base: 1, head: 2, delta: 1 },
      'migrations.files': { base: 0, head: 1, delta: 1 },
      'source.files': { base: 1, head: 2, delta: 1 },
      'tests.cases': { base: 3, head: 1, delta: -2 },
      'tests.files': { base: 2, head: 1, delta: -1 },
    });
    expect(evidence.files).toEqual({ changed: 4, added: 1, removed: 1, renamed: 0, binary: 0 });
    expect([evidence.event, evidence.baseRef, evidence.pullRequest]).toEqual(['pull_request', 'main', 7]);
  });

  it('judges the base of a changed file by its unchanged neighbours (an Alembic migration beside env.py)', async () => {
    const root = makeTempRepo({
      'alembic/env.py': 'config = 1\n',
      'alembic/versions/1_a.py': 'revision = "1"\nx = 2\n',
      'alembic/versions/2_b.py': 'revision = "2"\n',
      'docs/README.md': '# notes\n',
    });
    const scan = await scanRepository(root, { maxFileBytes: 1 << 20, textCollectors, pathCollectors });
    const evidence = computeChangeEvidence({
      change: {
        baseSha: 'b'.repeat(40),
        headSha: 'h'.repeat(40),
        source: 'git',
        truncated: false,
        files: [
          { path: 'alembic/versions/1_a.py', status: 'modified', binary: false, addedLines: [2] },
          { path: 'alembic/versions/2_b.py', status: 'added', binary: false, addedLines: [1] },
        ],
      },
      scan,
      baseTexts: new Map([['alembic/versions/1_a.py', 'revision = "1"\n']]),
      textCollectors,
      pathCollectors,
      event: 'pull_request',
    });
    expect(evidence.deltas['migrations.files']).toEqual({ base: 1, head: 2, delta: 1 });
  });

  it('keeps only the changed files inside a scanned sub-folder, relative to it', () => {
    const change: ChangeSet = {
      baseSha: 'b',
      headSha: 'h',
      source: 'git',
      truncated: false,
      files: [
        { path: 'api/app.py', status: 'renamed', previousPath: 'api/old.py', binary: false, addedLines: [2] },
        { path: 'web/app.ts', status: 'modified', binary: false, addedLines: [1] },
        { path: 'api/moved.py', status: 'renamed', previousPath: 'elsewhere/moved.py', binary: false, addedLines: [] },
      ],
    };
    expect(relativeToScannedFolder(change, 'api/').files).toEqual([
      { path: 'app.py', status: 'renamed', previousPath: 'old.py', binary: false, addedLines: [2] },
      { path: 'moved.py', status: 'added', binary: false, addedLines: [] },
    ]);
  });
});
