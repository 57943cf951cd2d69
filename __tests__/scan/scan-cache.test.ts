import { constants, isAscii } from 'node:buffer';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { pathCollectors, textCollectors } from '../../src/collectors/index.js';
import type { Finding, SourceFile, TextCollector } from '../../src/evidence.js';
import { cacheIdentity, loadScanCache, saveScanCache } from '../../src/scan/scan-cache.js';
import { type ScanOptions, scanRepository } from '../../src/scan/scan-repository.js';
import { git, makeTempRepo } from '../helpers/temp-repo.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A cache file in a fresh folder outside any repository. */
function cacheFileOutside(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'readiness-cache-'));
  folders.push(folder);
  return path.join(folder, 'nested', 'scan-cache.json');
}

// A collector that records which files were read; every scan here runs it, so all share one cache identity.
const read: string[] = [];
const collectors: TextCollector[] = [
  ...textCollectors,
  {
    id: 'read-recorder',
    wants: () => true,
    collect: (file: SourceFile): Finding[] => {
      read.push(file.path);
      return [];
    },
  },
];

/** The files read by `scan`, in the order they were read. */
async function filesRead(scan: () => Promise<unknown>): Promise<string[]> {
  read.length = 0;
  await scan();
  return [...read];
}

function scanOptions(cache?: { file: string; identity?: string }): ScanOptions {
  const identity = cacheIdentity('test code', 4096, collectors.map((collector) => collector.id));
  return {
    maxFileBytes: 4096,
    textCollectors: collectors,
    pathCollectors,
    ...(cache === undefined ? {} : { cache: { file: cache.file, identity: cache.identity ?? identity } }),
  };
}

const FILES = {
  'app/service.py': 'def run():\n    try:\n        work()\n    except Exception:\n        pass  # TODO: handle\n',
  'app/test_service.py': 'import pytest\n\n@pytest.mark.skip(reason="later")\ndef test_run():\n    assert True\n',
  'web/index.ts': 'export function load() {\n  try { go(); } catch (e) {}\n  // FIXME: retry\n}\n',
  'README.md': '# demo\n',
  'big.txt': 'x'.repeat(5000),
};

describe('the scan cache', () => {
  it('gives the same scan as a fresh read, and a second run reads no unchanged tracked file', async () => {
    const nonAscii = { 'docs/naïve 😀.py': '# TODO: café… “quoted” 😀\n' };
    const root = makeTempRepo({ ...FILES, ...nonAscii }, { untracked: { 'notes.py': '# TODO: untracked\n' } });
    const file = cacheFileOutside();
    const fresh = await scanRepository(root, scanOptions());
    const firstScan = await scanRepository(root, scanOptions({ file }));
    expect(firstScan.cache).toEqual({ reused: 0 });
    expect(existsSync(file)).toBe(true);

    let secondScan = fresh;
    // Only the untracked file is read: git has no blob id for it.
    expect(await filesRead(async () => (secondScan = await scanRepository(root, scanOptions({ file }))))).toEqual(['notes.py']);
    expect(secondScan.cache).toEqual({ reused: 6 });
    expect(isAscii(readFileSync(file))).toBe(true);
    expect(secondScan.findings.some((finding) => finding.file === 'docs/naïve 😀.py' && finding.message.includes('café… “quoted” 😀'))).toBe(true);
    // Byte-identical findings (key order included), the same inventory.
    expect(JSON.stringify(secondScan.findings)).toBe(JSON.stringify(fresh.findings));
    expect(JSON.stringify(firstScan.findings)).toBe(JSON.stringify(fresh.findings));
    expect({ ...secondScan, cache: undefined }).toEqual({ ...fresh, cache: undefined });
    expect(secondScan.skipped).toEqual({ 'too-large': 1 });
  });

  it('lists the skip reasons in one order, whether the cache served the files or not', async () => {
    // Skipped once read (binary), before a file skipped without reading (too large, and no collector wants
    // it): a fresh scan meets the two reasons in the other order than a scan served by the cache.
    const root = makeTempRepo({ 'a-data.py': Buffer.from([0, 1, 2, 0, 0]), 'z/uv.lock': 'x'.repeat(5000) });
    const options = { maxFileBytes: 4096, textCollectors, pathCollectors };
    const cache = { file: cacheFileOutside(), identity: cacheIdentity('test code', 4096, textCollectors.map((collector) => collector.id)) };
    const fresh = await scanRepository(root, options);
    await scanRepository(root, { ...options, cache });
    const cached = await scanRepository(root, { ...options, cache });
    expect(cached.cache).toEqual({ reused: 2 });
    expect(JSON.stringify(cached.skipped)).toBe('{"binary":1,"too-large":1}');
    expect(JSON.stringify(fresh.skipped)).toBe('{"binary":1,"too-large":1}');
  });

  it('reads again a tracked file edited in the work tree, and a file whose commit changed', async () => {
    const root = makeTempRepo(FILES);
    const file = cacheFileOutside();
    await scanRepository(root, scanOptions({ file }));

    writeFileSync(path.join(root, 'app/service.py'), 'def run():\n    work()  # TODO: edited, not committed\n');
    writeFileSync(path.join(root, 'web/index.ts'), 'export const load = () => 1; // TODO: committed\n');
    git(root, 'commit', '-q', '-m', 'change', '--', 'web/index.ts');
    let scan = await scanRepository(root, scanOptions());
    expect((await filesRead(async () => (scan = await scanRepository(root, scanOptions({ file }))))).sort()).toEqual([
      'app/service.py',
      'web/index.ts',
    ]);
    const fresh = await scanRepository(root, scanOptions());
    expect(JSON.stringify(scan.findings)).toBe(JSON.stringify(fresh.findings));
    expect(scan.findings.filter((finding) => finding.kind === 'todo.comments').map((finding) => finding.file)).toEqual([
      'app/service.py',
      'web/index.ts',
    ]);
    // The edited file is not kept (the work-tree text is not its blob's); the committed one is.
    expect(await filesRead(() => scanRepository(root, scanOptions({ file })))).toEqual(['app/service.py']);
  });

  it('writes back the lines it reused as they were, and the changed file anew', async () => {
    const root = makeTempRepo(FILES);
    const file = cacheFileOutside();
    await scanRepository(root, scanOptions({ file }));
    const before = readFileSync(file, 'utf8').split('\n');
    writeFileSync(path.join(root, 'README.md'), '# demo\n\nTODO: more\n');
    git(root, 'commit', '-q', '-am', 'docs');
    await scanRepository(root, scanOptions({ file }));
    const after = readFileSync(file, 'utf8').split('\n');
    const changed = after.filter((line) => !before.includes(line));
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/^\["README\.md","[0-9a-f]{40}","",\[/);
    expect(after.length).toBe(before.length);
  });

  it('does not serve a cached file that now lies behind a symlinked folder', async () => {
    const root = makeTempRepo(FILES);
    const file = cacheFileOutside();
    await scanRepository(root, scanOptions({ file }));
    const elsewhere = path.join(path.dirname(file), 'app');
    renameSync(path.join(root, 'app'), elsewhere);
    symlinkSync(elsewhere, path.join(root, 'app'));
    const scan = await scanRepository(root, scanOptions({ file }));
    // The two files under app/, and the link itself (untracked).
    expect(scan.skipped.symlink).toBe(3);
    expect(scan.findings.filter((finding) => finding.file.startsWith('app/'))).toEqual([]);
    expect({ ...scan, cache: undefined }).toEqual({ ...(await scanRepository(root, scanOptions())), cache: undefined });
  });

  it('skips a cached file that .gitattributes now marks as generated', async () => {
    const root = makeTempRepo(FILES);
    const file = cacheFileOutside();
    await scanRepository(root, scanOptions({ file }));
    writeFileSync(path.join(root, '.gitattributes'), 'app/service.py linguist-generated\n');
    git(root, 'add', '.gitattributes');
    git(root, 'commit', '-q', '-m', 'generated');
    const scan = await scanRepository(root, scanOptions({ file }));
    expect(scan.skipped.generated).toBe(1);
    expect(scan.findings.filter((finding) => finding.file === 'app/service.py')).toEqual([]);
    expect(scan.cache).toEqual({ reused: 4 });
  });

  it('starts no threads for files it will not read: cached, or generated by .gitattributes', async () => {
    const generated = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`gen/api_${i}.py`, '# TODO: generated\n']));
    const root = makeTempRepo({ ...FILES, ...generated, '.gitattributes': 'gen/** linguist-generated\n' });
    const file = cacheFileOutside();
    await scanRepository(root, scanOptions({ file }));
    writeFileSync(path.join(root, 'app/service.py'), '# FIXME: edited\n');
    writeFileSync(path.join(root, 'web/index.ts'), '// FIXME: edited too\n');
    // A worker that cannot start: the scan fails if one is started.
    const folder = mkdtempSync(path.join(tmpdir(), 'readiness-worker-'));
    folders.push(folder);
    const workerScript = pathToFileURL(path.join(folder, 'worker.mjs'));
    writeFileSync(workerScript, "throw new Error('no worker was expected');\n");
    const parallel = { workerScript, threads: 1, minFiles: 3 };
    const scan = await scanRepository(root, { ...scanOptions({ file }), parallel });
    expect(scan.skipped.generated).toBe(5);
    expect(scan.findings.some((finding) => finding.file === 'app/service.py' && finding.message.includes('edited'))).toBe(true);
    await expect(scanRepository(root, { ...scanOptions(), parallel })).rejects.toThrow('no worker was expected');
  });

  it('reads again a file edited in the work tree when the scanned folder is a subfolder', async () => {
    const repository = makeTempRepo({ 'service/app/service.py': FILES['app/service.py'], 'other.py': '' });
    const root = path.join(repository, 'service');
    const file = cacheFileOutside();
    await scanRepository(root, scanOptions({ file }));
    writeFileSync(path.join(root, 'app/service.py'), 'x = 1  # TODO: edited\n');
    let scan = await scanRepository(root, scanOptions());
    expect(await filesRead(async () => (scan = await scanRepository(root, scanOptions({ file }))))).toEqual(['app/service.py']);
    expect(JSON.stringify(scan.findings)).toBe(JSON.stringify((await scanRepository(root, scanOptions())).findings));
  });

  it('ignores a cache made by other code or options, without a note', async () => {
    const root = makeTempRepo(FILES);
    const file = cacheFileOutside();
    await scanRepository(root, scanOptions({ file, identity: 'older code' }));
    let scan = await scanRepository(root, scanOptions());
    expect(await filesRead(async () => (scan = await scanRepository(root, scanOptions({ file, identity: 'newer code' }))))).toHaveLength(4);
    expect(scan.cache).toEqual({ reused: 0 });
    expect(scan.notes).toEqual([]);
    expect((await loadScanCache(file, 'newer code')).entries.size).toBe(5);
  });

  it('never serves what it cannot trust: a damaged or foreign file is reported, not used, and written anew', async () => {
    const root = makeTempRepo(FILES);
    const file = cacheFileOutside();
    const options = scanOptions({ file });
    const identity = options.cache?.identity as string;
    await scanRepository(root, options);
    const valid = readFileSync(file, 'utf8');
    const lineOf = (text: string, at: string) => text.slice(0, text.indexOf(at)).split('\n').length;
    const half = valid.slice(0, valid.length / 2);
    const broken = [
      [half, `line ${half.split('\n').length} is damaged`],
      ['{"files": []}', 'it is not a readiness-gate scan cache'],
      ['', 'it is not a readiness-gate scan cache'],
      [valid.replace('"kind":', '"kind":42,"ignored":'), `line ${lineOf(valid, '"kind":')} is damaged`],
      [valid.replace('"line":', '"extra":1,"line":'), `line ${lineOf(valid, '"line":')} is damaged`],
      [valid.replace('"language":"python"', '"language":"cobol"'), `line ${lineOf(valid, '"language":"python"')} is damaged`],
      [valid.replace('"line":', '"line":"1","old":'), `line ${lineOf(valid, '"line":')} is damaged`],
      [valid.replace('""', '"missing"'), `line ${lineOf(valid, '""')} is damaged`],
      [`${valid}[]\n`, `line ${valid.split('\n').length} is damaged`],
    ];
    for (const [text, why] of broken) {
      expect(text).not.toBe(valid);
      writeFileSync(file, text as string);
      let scan = await scanRepository(root, scanOptions());
      expect(await filesRead(async () => (scan = await scanRepository(root, options)))).toHaveLength(4);
      expect(scan.notes).toEqual([`the scan cache ${file} was not used: ${why}; every file was read, and the cache is written anew`]);
      expect(await loadScanCache(file, identity)).toEqual({ entries: expect.any(Map) });
      expect((await loadScanCache(file, identity)).entries.size).toBe(5);
    }
  });

  it('reads a cache of many lines whole, pausing as it goes, and still names a damaged line far into it', async () => {
    const file = path.join(path.dirname(path.dirname(cacheFileOutside())), 'scan-cache.json');
    const header = JSON.stringify({ format: 'readiness-gate scan cache 1', identity: 'code' });
    const lines = Array.from({ length: 1000 }, (_, index) => JSON.stringify([`src/f${index}.py`, 'a'.repeat(40), '', []]));
    writeFileSync(file, `${[header, ...lines].join('\n')}\n`);
    // Other work (git's output coming in) gets turns while the lines are read.
    let finished = false;
    let turnTakenMeanwhile = false;
    const loading = loadScanCache(file, 'code').finally(() => (finished = true));
    setImmediate(() => (turnTakenMeanwhile = !finished));
    const loaded = await loading;
    expect(turnTakenMeanwhile).toBe(true);
    expect(loaded.entries.size).toBe(1000);
    expect(loaded.entries.get('src/f999.py')?.objectId).toBe('a'.repeat(40));
    lines[800] = '["src/f800.py"]';
    writeFileSync(file, `${[header, ...lines].join('\n')}\n`);
    expect(await loadScanCache(file, 'code')).toEqual({
      entries: new Map(),
      note: `the scan cache ${file} was not used: line 802 is damaged; every file was read, and the cache is written anew`,
    });
  });

  it('reports a cache too large to read as one text instead of failing the scan', async () => {
    const file = path.join(path.dirname(path.dirname(cacheFileOutside())), 'scan-cache.json');
    // Sparse: it takes no disk space, and is never read.
    writeFileSync(file, '');
    truncateSync(file, constants.MAX_STRING_LENGTH + 1);
    expect(await loadScanCache(file, 'code')).toEqual({
      entries: new Map(),
      note: `the scan cache ${file} was not used: it is larger than ${constants.MAX_STRING_LENGTH} bytes; every file was read, and the cache is written anew`,
    });
  });

  it('refuses a cache file that git tracks, since a commit could forge it', async () => {
    const root = makeTempRepo(FILES);
    const options = scanOptions({ file: path.join(root, 'scan-cache.json') });
    const { file, identity } = options.cache as { file: string; identity: string };
    // A forged cache that says the service has no findings at all.
    const forged = new Map([['app/service.py', { objectId: git(root, 'rev-parse', 'HEAD:app/service.py').trim(), outcome: { findings: [] } }]]);
    expect(saveScanCache(file, identity, forged)).toBeUndefined();
    git(root, 'add', 'scan-cache.json');
    git(root, 'commit', '-q', '-m', 'forge');
    const forgedText = readFileSync(file, 'utf8');

    const scan = await scanRepository(root, options);
    expect(scan.notes).toEqual([
      'the scan cache scan-cache.json was not used: git tracks it, so a commit could forge it; keep it outside the repository or ignored',
    ]);
    expect(scan.cache).toBeUndefined();
    expect(scan.findings.some((finding) => finding.file === 'app/service.py' && finding.kind === 'todo.comments')).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(forgedText);
  });

  it('leaves an untracked cache file inside the repository out of the scan', async () => {
    const root = makeTempRepo(FILES);
    const file = path.join(root, '.cache', 'scan-cache.json');
    const first = await scanRepository(root, scanOptions({ file }));
    const second = await scanRepository(root, scanOptions({ file }));
    expect(second.cache).toEqual({ reused: 5 });
    expect(second.paths).toEqual(first.paths);
    expect(second.paths).not.toContain('.cache/scan-cache.json');
  });

  it('does not follow a symbolic link at the cache path, and replaces the link rather than its target', async () => {
    const root = makeTempRepo(FILES);
    const folder = path.dirname(path.dirname(cacheFileOutside()));
    const target = path.join(folder, 'target.txt');
    const link = path.join(folder, 'link.json');
    writeFileSync(target, 'precious');
    symlinkSync(target, link);
    const options = scanOptions({ file: link });
    const scan = await scanRepository(root, options);
    expect(scan.notes).toEqual([`the scan cache ${link} was not used: it is not a regular file (a symbolic link is never followed)`]);
    expect(readFileSync(target, 'utf8')).toBe('precious');
    expect((await loadScanCache(link, options.cache?.identity as string)).entries.size).toBe(5);
  });

  it('says so, and still scans, when the cache cannot be read or written', async () => {
    const root = makeTempRepo(FILES);
    const file = cacheFileOutside();
    writeFileSync(path.dirname(file), 'a file where the folder should be');
    const scan = await scanRepository(root, scanOptions({ file }));
    expect(scan.notes).toEqual([
      `the scan cache ${file} was not used: it could not be read (ENOTDIR); every file was read, and the cache is written anew`,
      `the scan cache could not be written to ${file} (EEXIST); the next run reads every file again`,
    ]);
    expect(scan.findings.some((finding) => finding.kind === 'todo.comments')).toBe(true);
  });

  it('does nothing outside git: there are no blob ids to trust', async () => {
    const root = makeTempRepo(FILES, { git: false });
    const file = cacheFileOutside();
    const scan = await scanRepository(root, scanOptions({ file }));
    expect(scan.cache).toBeUndefined();
    expect(existsSync(file)).toBe(false);
  });
});
