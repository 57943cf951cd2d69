// Broken or odd files: each is scanned or skipped with a counted reason; none crashes or hangs.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempRepo } from '../helpers/temp-repo.js';
import { cli } from './helpers.js';

interface Report {
  inventory: { listed: number; scanned: number; skipped: Record<string, number> };
  findings: Array<{ kind: string; file: string; line: number }>;
}

async function scan(root: string, extra: string[] = []): Promise<Report> {
  const run = await cli(['check', root, '--format', 'json', '--fail-on', 'never', ...extra]);
  expect(run.stderr.replace('note: files listed by walking the folder: not inside a git work tree\n', '')).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as Report;
}

const at = (report: Report, kind: string) => report.findings.filter((f) => f.kind === kind).map((f) => `${f.file}:${f.line}`);

describe('file contents', () => {
  it('skips a file with NUL bytes as binary', async () => {
    const report = await scan(makeTempRepo({ 'blob.py': Buffer.from([0x23, 0x20, 0x00, 0xff, 0x54, 0x4f, 0x44, 0x4f]) }));
    expect(report.inventory).toMatchObject({ listed: 1, scanned: 0, skipped: { binary: 1 } });
  });

  it('scans invalid UTF-8 with the bad bytes replaced', async () => {
    const report = await scan(makeTempRepo({ 'latin1.py': Buffer.from('x = 1  # TODO caf\xe9\n', 'latin1') }));
    expect(report.inventory).toMatchObject({ scanned: 1, skipped: {} });
    expect(at(report, 'todo.comments')).toEqual(['latin1.py:1']);
  });

  it('scans UTF-16 with a BOM, both byte orders', async () => {
    const text = 'x = 1\n# TODO utf16\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    const report = await scan(makeTempRepo({ 'le.py': le, 'be.py': be }));
    expect(report.inventory).toMatchObject({ scanned: 2, skipped: {} });
    expect(at(report, 'todo.comments')).toEqual(['be.py:2', 'le.py:2']);
  });

  it('counts lines the same with CRLF and with lone CR', async () => {
    const lines = ['# TODO one', 'try:', '    pass', 'except Exception:', '    pass', ''];
    const report = await scan(makeTempRepo({ 'crlf.py': lines.join('\r\n'), 'cr.py': lines.join('\r') }));
    expect(at(report, 'todo.comments')).toEqual(['cr.py:1', 'crlf.py:1']);
    expect(at(report, 'catch.generic')).toEqual(['cr.py:4', 'crlf.py:4']);
  });

  it('skips a 200 MB file as too-large without reading it', async () => {
    const root = makeTempRepo({ 'small.py': 'x = 1\n' });
    // Sparse: 200 MB on paper, no blocks on disk.
    writeFileSync(path.join(root, 'huge.py'), '');
    const { truncateSync } = await import('node:fs');
    truncateSync(path.join(root, 'huge.py'), 200 * 1024 * 1024);
    const report = await scan(root);
    expect(report.inventory).toMatchObject({ listed: 2, scanned: 1, skipped: { 'too-large': 1 } });
  });

  it('scans a 10 MB line when the size limit allows it, and skips it as minified JavaScript', async () => {
    const line = 'a'.repeat(10 * 1024 * 1024);
    const root = makeTempRepo({ 'long.py': `x = "${line}"  # TODO end\n`, 'long.js': `var x = "${line}";\n` });
    const report = await scan(root, ['--max-file-size', String(20 * 1024 * 1024)]);
    expect(report.inventory).toMatchObject({ listed: 2, scanned: 1, skipped: { minified: 1 } });
    expect(at(report, 'todo.comments')).toEqual(['long.py:1']);
  });

  it('scans an empty file', async () => {
    const report = await scan(makeTempRepo({ 'empty.py': '', 'empty.ts': '' }));
    expect(report.inventory).toMatchObject({ scanned: 2, skipped: {} });
    expect(report.findings).toEqual([]);
  });

  it('skips an unreadable file as unreadable (not checkable as root, where chmod 000 does not stop reads)', async (context) => {
    if (process.getuid?.() === 0) context.skip('running as root: chmod 000 does not stop root from reading');
    const root = makeTempRepo({ 'locked.py': '# TODO\n', 'open.py': 'x = 1\n' });
    chmodSync(path.join(root, 'locked.py'), 0o000);
    const report = await scan(root);
    expect(report.inventory).toMatchObject({ listed: 2, scanned: 1, skipped: { unreadable: 1 } });
  });

  it('skips an unreadable folder as unreadable in a walk (not checkable as root)', async (context) => {
    if (process.getuid?.() === 0) context.skip('running as root: chmod 000 does not stop root from reading');
    const root = makeTempRepo({ 'locked/a.py': '# TODO\n', 'open.py': 'x = 1\n' }, { git: false });
    chmodSync(path.join(root, 'locked'), 0o000);
    try {
      const run = await cli(['check', root, '--format', 'json', '--fail-on', 'never']);
      expect(JSON.parse(run.stdout).inventory).toMatchObject({ listed: 2, scanned: 1, skipped: { unreadable: 1 } });
    } finally {
      chmodSync(path.join(root, 'locked'), 0o755);
    }
  });
});

describe('file names and trees', () => {
  it('scans names with spaces, newlines, %, : and , and reports them exactly', async () => {
    const names = ['with space.py', 'new\nline.py', '100%.py', 'a:b.py', 'a,b.py', '%0A::error::x.py'];
    const root = makeTempRepo(Object.fromEntries(names.map((name) => [name, '# TODO\n'])));
    const report = await scan(root);
    expect(report.inventory).toMatchObject({ listed: 6, scanned: 6, skipped: {} });
    expect(at(report, 'todo.comments').sort()).toEqual(names.map((name) => `${name}:1`).sort());
  });

  it('scans a tree 500 folders deep, in git and by walking', async () => {
    const deep = `${Array.from({ length: 500 }, () => 'd').join('/')}/deep.py`;
    for (const useGit of [true, false]) {
      const report = await scan(makeTempRepo({ [deep]: '# TODO deep\n' }, { git: useGit }));
      expect(at(report, 'todo.comments')).toEqual([`${deep}:1`]);
    }
  });

  it('lists a named pipe in a walked folder as not-a-file without opening it', async () => {
    const root = makeTempRepo({ 'a.py': 'x = 1\n' }, { git: false });
    const { mkfifoSync } = await import('./mkfifo.js');
    mkdirSync(path.join(root, 'pipes'));
    mkfifoSync(path.join(root, 'pipes/p.py'));
    const report = await scan(root);
    expect(report.inventory).toMatchObject({ listed: 2, scanned: 1, skipped: { 'not-a-file': 1 } });
  });
});
