import { describe, expect, it } from 'vitest';
import { pathCollectors, textCollectors } from '../../src/collectors/index.js';
import type { Finding, SourceFile, TextCollector } from '../../src/evidence.js';
import { type ScanOptions, scanRepository } from '../../src/scan/scan-repository.js';
import { makeTempRepo } from '../helpers/temp-repo.js';

// The real worker entry run from source (see source-scan-worker.mjs).
const workerScript = new URL('./source-scan-worker.mjs', import.meta.url);
const serial: ScanOptions = { maxFileBytes: 64 * 1024, textCollectors, pathCollectors };
const parallel: ScanOptions = { ...serial, parallel: { workerScript, threads: 1, minFiles: 0 } };

/** About 400 files in several languages, with findings of many kinds and files skipped for each reason. */
function fixtureFiles(): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer> = {
    '.github/workflows/ci.yml': 'on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n',
    Dockerfile: 'FROM node:20\nUSER node\nCMD ["node", "app.js"]\n',
    'package.json': '{"name":"x","scripts":{"test":"vitest"},"dependencies":{"express":"^4.0.0"}}\n',
    'README.md': '# x\n\nTODO: document\n',
    'logo.bin': Buffer.from([0x00, 0x01, 0x02]),
    'web/bundle.js': `var a=${'1+'.repeat(800)}1;\n`,
    'big.py': `# TODO too big\n${'x = 1\n'.repeat(20_000)}`,
    'migrations/0001_init.sql': 'create table t (id int);\n',
  };
  for (let n = 0; n < 80; n++) {
    files[`app/module_${n}.py`] = `# TODO(${n}) tidy\ntry:\n    run(${n})\nexcept Exception:\n    pass\n\n@app.get("/healthz")\ndef health():\n    raise NotImplementedError\n`;
    files[`tests/test_module_${n}.py`] = `import pytest\n\n@pytest.mark.skip\ndef test_a_${n}():\n    assert 1\n\ndef test_b_${n}():\n    assert 2\n`;
    files[`src/part_${n}.ts`] = `// FIXME ${n}\nexport function f${n}() {\n  try { g(); } catch (e) {}\n}\n`;
    files[`src/__tests__/part_${n}.test.ts`] = `describe('p${n}', () => {\n  it('works', () => {});\n  it.skip('later', () => {});\n});\n`;
    files[`go/pkg_${n}_test.go`] = `package pkg\n\nimport "testing"\n\nfunc TestThing${n}(t *testing.T) {\n\tt.Skip("slow")\n}\n`;
  }
  return files;
}

describe('scanRepository on worker threads', () => {
  it('finds exactly what a scan on one thread finds, in the same order', async () => {
    const root = makeTempRepo(fixtureFiles());
    const one = await scanRepository(root, serial);
    const two = await scanRepository(root, parallel);
    expect(one.findings.length).toBeGreaterThan(700);
    expect(one.skipped).toEqual({ binary: 1, minified: 1, 'too-large': 1 });
    expect(two).toEqual(one);
  });

  it('fails the scan when the worker serves other collectors than the scan was given', async () => {
    // Two files: this thread reads the first itself before it starts the workers.
    const root = makeTempRepo({ 'a.py': 'x = 1\n', 'b.py': 'y = 2\n' });
    const other: TextCollector = { id: 'other', wants: () => true, collect: (): Finding[] => [] };
    await expect(scanRepository(root, { ...parallel, textCollectors: [other] })).rejects.toThrow(
      /the scan worker's collectors \(.*\) are not the scan's \(other\)/,
    );
  });
});

describe('scanRepository with a deadline', () => {
  const files = { 'a.py': '# TODO a\n', 'b.ts': '// TODO b\n', 'yarn.lock': '# yarn lockfile v1\n' };

  it.each([
    ['one thread', serial],
    ['worker threads', parallel],
  ])('on %s, reads nothing once the deadline has passed and says how many files were left out', async (_, options) => {
    const root = makeTempRepo(files);
    const scan = await scanRepository(root, { ...options, deadline: Date.now() - 1 });
    expect(scan.incomplete).toEqual({ reason: 'time budget', unscanned: 2 });
    // No text collector reads a lockfile: it is judged by its name alone, so it is still scanned.
    expect(scan.files.map((file: SourceFile) => file.path)).toEqual(['yarn.lock']);
    expect(scan.findings.filter((finding) => finding.kind === 'todo.comments')).toEqual([]);
    expect(scan.listed).toBe(3);
  });

  it.each([
    ['one thread', serial],
    ['worker threads', parallel],
  ])('on %s, reads nothing once stopped by its signal', async (_, options) => {
    const root = makeTempRepo(files);
    const scan = await scanRepository(root, { ...options, signal: AbortSignal.abort() });
    expect(scan.incomplete?.unscanned).toBe(2);
    expect(scan.findings.filter((finding) => finding.kind === 'todo.comments')).toEqual([]);
  });

  it('is complete, with no `incomplete`, when the deadline is far away', async () => {
    const root = makeTempRepo(files);
    const scan = await scanRepository(root, { ...serial, deadline: Date.now() + 3_600_000 });
    expect(scan.incomplete).toBeUndefined();
    expect(scan.findings.filter((finding) => finding.kind === 'todo.comments').map((f) => f.file)).toEqual(['a.py', 'b.ts']);
  });
});
