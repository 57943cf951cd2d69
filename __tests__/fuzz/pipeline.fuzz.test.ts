// The whole pipeline (runCli in-process, JSON, SARIF and Markdown) on random repositories and rule files.
// Properties: no throw, exit 0/1/2, no byte of a secret planted outside the repository in any output,
// valid JSON and SARIF, located rule-file messages, inert Markdown. Long mode: FUZZ_RUNS=10000.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fc, it } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { Report } from '../../src/report.js';
import { renderMarkdown } from '../../src/reporters/render-markdown.js';
import { cli, expectInertMarkdown } from '../hostile/helpers.js';
import { ruleFileText, treeEntry, type TreeEntry } from './arbitraries.js';
import { runsFor, timeoutFor } from './fuzz-runs.js';

let scratch: string;
let secret: { file: string; folder: string; text: string };

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'readiness-fuzz-'));
  const folder = path.join(scratch, 'secret');
  mkdirSync(folder);
  const text = `PLANTED-SECRET-${randomBytes(12).toString('hex')}`;
  const file = path.join(folder, 'secret.py');
  writeFileSync(file, `# TODO ${text}\ntry:\n    pass\nexcept Exception:\n    pass\n`);
  writeFileSync(path.join(folder, 'readiness.yml'), `rules:\n  ${text}: 1\n`);
  secret = { file, folder, text };
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** Drops entries that cannot coexist on disk (a file where another entry needs a folder) or in git. */
function placeable(entries: readonly TreeEntry[]): TreeEntry[] {
  const kept: TreeEntry[] = [];
  const files = new Set<string>();
  const folders = new Set<string>();
  for (const entry of entries) {
    const parts = entry.path.split('/');
    const parents = parts.slice(0, -1).map((_, index) => parts.slice(0, index + 1).join('/'));
    if (files.has(entry.path) || folders.has(entry.path) || parents.some((parent) => files.has(parent))) continue;
    files.add(entry.path);
    for (const parent of parents) folders.add(parent);
    kept.push(entry);
  }
  return kept;
}

const LINK_TARGETS = { 'secret-file': () => secret.file, 'secret-folder': () => secret.folder, up: () => '../../..', environ: () => '/proc/self/environ' };

function makeRepository(entries: readonly TreeEntry[], ruleFile: string | undefined, useGit: boolean): string {
  const root = mkdtempSync(path.join(scratch, 'repo-'));
  for (const entry of placeable(entries)) {
    const absolute = path.join(root, entry.path);
    mkdirSync(path.dirname(absolute), { recursive: true });
    if (entry.kind === 'file') writeFileSync(absolute, entry.content);
    else symlinkSync(LINK_TARGETS[entry.target](), absolute);
  }
  if (ruleFile !== undefined && !entries.some((entry) => entry.path === '.github' || entry.path.startsWith('.github/readiness.yml'))) {
    mkdirSync(path.join(root, '.github'), { recursive: true });
    writeFileSync(path.join(root, '.github/readiness.yml'), ruleFile);
  }
  if (useGit) {
    const run = (...args: string[]) => execFileSync('git', ['-c', 'user.name=f', '-c', 'user.email=f@example.com', ...args], { cwd: root, stdio: 'pipe' });
    run('init', '-q', '-b', 'main');
    run('add', '-A');
    run('commit', '-q', '--allow-empty', '-m', 'fuzz');
  }
  return root;
}

const RUNS = runsFor(12);

describe('the pipeline on random repositories', () => {
  it.prop(
    [fc.array(treeEntry, { maxLength: 12 }), fc.option(ruleFileText, { nil: undefined }), fc.boolean()],
    { numRuns: RUNS },
  )('never throws, leaks, or writes invalid JSON/SARIF', async (entries, ruleFile, useGit) => {
    const root = makeRepository(entries, ruleFile, useGit);
    try {
      const json = await cli(['check', root, '--format', 'json']);
      const sarif = await cli(['check', root, '--format', 'sarif']);
      for (const run of [json, sarif]) {
        expect([0, 1, 2]).toContain(run.status);
        expect(run.stdout + run.stderr).not.toContain(secret.text);
      }
      expect(sarif.status).toBe(json.status);
      if (json.status === 2) {
        const [heading, ...problems] = json.stderr.trimEnd().split('\n');
        expect(heading).toBe('readiness-gate: the rule file has problems:');
        for (const problem of problems) expect(problem).toMatch(/^\.github\/readiness\.yml(:\d+:\d+)? /);
        return;
      }
      const report = JSON.parse(json.stdout) as Report;
      expect(['pass', 'fail']).toContain(report.verdict);
      expect(report.inventory.scanned + Object.values(report.inventory.skipped).reduce((sum, n) => sum + (n ?? 0), 0)).toBe(report.inventory.listed);
      const log = JSON.parse(sarif.stdout) as { version: string; runs: Array<{ results: unknown[] }> };
      expect(log.version).toBe('2.1.0');
      expect(log.runs).toHaveLength(1);
      const markdown = renderMarkdown(report, { linkBase: 'https://github.com/o/r/blob/abc/' });
      expect(markdown).not.toContain(secret.text);
      expectInertMarkdown(markdown);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, timeoutFor(RUNS, 3_000));
});
