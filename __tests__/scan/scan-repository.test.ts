import { rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Finding, PathCollector, SourceFile, TextCollector } from '../../src/evidence.js';
import { scanRepository } from '../../src/scan/scan-repository.js';
import { makeTempRepo } from '../helpers/temp-repo.js';

// For the memory test: a gc() to call, so what is measured is what is still referenced.
setFlagsFromString('--expose-gc');

/** Records which files it was given and their text, so tests can see exactly what was read. */
function recordingCollector(): TextCollector & { seen: Map<string, string> } {
  const seen = new Map<string, string>();
  return {
    id: 'recorder',
    seen,
    wants: () => true,
    collect(file: SourceFile, text: string): Finding[] {
      seen.set(file.path, text);
      return [];
    },
  };
}

const options = (text: TextCollector, paths: PathCollector[] = []) => ({
  maxFileBytes: 4096,
  textCollectors: [text],
  pathCollectors: paths,
});

describe('scanRepository', () => {
  it('lists tracked and untracked files from git, honouring .gitignore', async () => {
    const root = makeTempRepo(
      { 'app.py': 'x = 1\n', '.gitignore': 'secret.txt\nbuild-output/\n' },
      { untracked: { 'new.py': 'y = 2\n', 'secret.txt': 'ignored', 'build-output/a.js': 'ignored' } },
    );
    const recorder = recordingCollector();
    const scan = await scanRepository(root, options(recorder));
    expect(scan.source).toBe('git');
    expect(scan.paths).toEqual(['.gitignore', 'app.py', 'new.py']);
    expect([...recorder.seen.keys()].sort()).toEqual(['.gitignore', 'app.py', 'new.py']);
  });

  it('walks the folder with .gitignore rules when it is not a git work tree', async () => {
    const root = makeTempRepo(
      {
        'src/app.py': 'x = 1\n',
        '.gitignore': '*.log\n/out/\n',
        'debug.log': 'no',
        'out/a.py': 'no',
        'src/.gitignore': 'local.py\n',
        'src/local.py': 'no',
        'src/out/kept.py': 'anchored /out/ applies to the root only',
      },
      { git: false },
    );
    const scan = await scanRepository(root, options(recordingCollector()));
    expect(scan.source).toBe('walk');
    expect(scan.paths).toEqual(['.gitignore', 'src/.gitignore', 'src/app.py', 'src/out/kept.py']);
    expect(scan.notes).toEqual(['files listed by walking the folder: not inside a git work tree']);
  });

  it('skips vendored, generated, binary, minified, oversized and symlinked files and counts each reason', async () => {
    const root = makeTempRepo(
      {
        'app.js': 'let a = 1;\n',
        'node_modules/lib/index.js': 'vendored',
        'vendor/x.py': 'vendored',
        'dist/app.js': 'generated',
        'static/app.min.js': 'generated',
        'generated/api.py': 'marked generated',
        'third/x.py': 'marked vendored',
        '.gitattributes': 'generated/** linguist-generated\nthird/** linguist-vendored=true\n',
        'logo.png': 'not opened',
        'data.txt': Buffer.from([0x61, 0x00, 0x62]),
        'bundle.js': `var a=${'1+'.repeat(600)}1;\n`,
        'big.py': 'x'.repeat(5000),
      },
      { symlinks: { 'leak.py': '/etc/passwd', 'linked-dir': '/etc' } },
    );
    const recorder = recordingCollector();
    const scan = await scanRepository(root, options(recorder));
    expect(scan.skipped).toEqual({
      vendored: 3,
      generated: 3,
      binary: 2,
      minified: 1,
      'too-large': 1,
      symlink: 2,
    });
    expect([...recorder.seen.keys()].sort()).toEqual(['.gitattributes', 'app.js']);
    expect(scan.listed).toBe(scan.files.length + 12);
  });

  it('never reads a tracked file through a folder that was replaced by a symlink', async () => {
    const outside = makeTempRepo({ 'inner.py': 'OUTSIDE' }, { git: false });
    const root = makeTempRepo({ 'sub/inner.py': 'inside\n', 'ok.py': 'x = 1\n' });
    rmSync(path.join(root, 'sub'), { recursive: true });
    symlinkSync(outside, path.join(root, 'sub'));
    const recorder = recordingCollector();
    const scan = await scanRepository(root, options(recorder));
    expect(scan.paths).toContain('sub/inner.py');
    // git lists both the tracked file under the link and the untracked link itself.
    expect(scan.skipped).toEqual({ symlink: 2 });
    expect([...recorder.seen.values()].join('')).not.toContain('OUTSIDE');
  });

  it('decodes UTF-16 with a BOM and drops a UTF-8 BOM', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# TODO\n', 'utf16le')]);
    const root = makeTempRepo({ 'a.py': utf16, 'b.py': Buffer.from('\uFEFFx = 1\n', 'utf8') });
    const recorder = recordingCollector();
    await scanRepository(root, options(recorder));
    expect(recorder.seen.get('a.py')).toBe('# TODO\n');
    expect(recorder.seen.get('b.py')).toBe('x = 1\n');
  });

  it('turns a collector crash into a visible problem on that file and keeps scanning', async () => {
    const root = makeTempRepo({ 'a.py': 'x\n', 'b.py': 'y\n' });
    const crashing: TextCollector = {
      id: 'crashy',
      wants: () => true,
      collect(file) {
        if (file.path === 'a.py') throw new Error('boom');
        return [{ kind: 'todo.comments', file: file.path, line: 1, message: 'ok' }];
      },
    };
    const debug: string[] = [];
    const scan = await scanRepository(root, { ...options(crashing), debug: (m) => debug.push(m) });
    expect(scan.findings).toEqual([
      {
        kind: 'parse.errors',
        file: 'a.py',
        line: 0,
        message: 'readiness-gate could not analyse this file (crashy: boom); please report it',
      },
      { kind: 'todo.comments', file: 'b.py', line: 1, message: 'ok' },
    ]);
    expect(debug[0]).toMatch(/^crashy failed on a\.py: Error: boom/);
  });

  it('gives path collectors every scanned file, test code marked', async () => {
    const root = makeTempRepo({ 'src/app.py': '', 'tests/test_app.py': '', 'README.md': '' });
    let given: SourceFile[] = [];
    const pathCollector: PathCollector = {
      id: 'paths',
      collect(files) {
        given = [...files];
        return [];
      },
    };
    await scanRepository(root, options(recordingCollector(), [pathCollector]));
    expect(given.map((f) => [f.path, f.language, f.isTest, f.isTestFile])).toEqual([
      ['README.md', undefined, false, false],
      ['src/app.py', 'python', false, false],
      ['tests/test_app.py', 'python', true, true],
    ]);
  });

  it('scans untracked files after the tracked ones and lists both in path order', async () => {
    const root = makeTempRepo(
      { 'b.py': 'x = 1\n', 'd/e.py': 'x = 2\n' },
      { untracked: { 'a.py': 'y = 1\n', 'c.py': 'y = 2\n', 'd/f.py': 'y = 3\n' } },
    );
    const recorder = recordingCollector();
    let given: SourceFile[] = [];
    const pathCollector: PathCollector = {
      id: 'paths',
      collect(files) {
        given = [...files];
        return [];
      },
    };
    const scan = await scanRepository(root, options(recorder, [pathCollector]));
    expect([...recorder.seen.keys()]).toEqual(['b.py', 'd/e.py', 'a.py', 'c.py', 'd/f.py']);
    expect(scan.paths).toEqual(['a.py', 'b.py', 'c.py', 'd/e.py', 'd/f.py']);
    expect(scan.files.map((f) => f.path)).toEqual(scan.paths);
    expect(given.map((f) => f.path)).toEqual(scan.paths);
    expect(scan.listed).toBe(5);
  });

  it('keeps no file text alive through the findings made on this thread', async () => {
    const texts = Object.fromEntries(
      Array.from({ length: 24 }, (_, i) => [`f${i}.py`, `${'#'.repeat(1 << 20)}\nname_of_a_test_number_${i}\n`]),
    );
    const root = makeTempRepo(texts);
    const quoting: TextCollector = {
      id: 'quoting',
      wants: () => true,
      collect: (file, text) => [
        { kind: 'tests.cases', file: file.path, line: 2, message: `test \`${text.slice((1 << 20) + 1, -1)}\``, data: { name: text.slice((1 << 20) + 1) } },
      ],
    };
    const gc = runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    const scan = await scanRepository(root, { maxFileBytes: 2 << 20, textCollectors: [quoting], pathCollectors: [] });
    gc();
    // The 24 files are 24 MB of text; their 24 findings are a few kilobytes.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(8 << 20);
    expect(scan.findings.map((f) => f.message)).toContain('test `name_of_a_test_number_7`');
    expect(scan.findings.find((f) => f.file === 'f3.py')?.data).toEqual({ name: 'name_of_a_test_number_3\n' });
  });
});
