#!/usr/bin/env node
// `npm run bench`: how fast the bundled CLI scans a large repository, against the floor (a plain read of
// every tracked file) and ripgrep looking for the same kinds of patterns. See scripts/bench/ for the parts.
//
//   npm run build && npm run bench -- [--files 50000] [--runs 3] [--seed 1] [--repo PATH [--base REF]] [--dist DIR]
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureBenchRepository, PR_FILES } from './bench/generate-repo.mjs';
import { measure, memorySource, median, runOnce } from './bench/measure.mjs';

const project = path.resolve(import.meta.dirname, '..');
const probe = path.join(project, 'scripts/bench/first-read-probe.mjs');

const { values } = parseArgs({
  options: {
    // Another build of the bundles (e.g. one made in a copy of the tree), for before/after comparisons.
    dist: { type: 'string', default: path.join(project, 'dist') },
    repo: { type: 'string' },
    base: { type: 'string' },
    files: { type: 'string', default: '50000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
  },
});
const runs = Number(values.runs);
const cli = path.resolve(values.dist, 'cli.js');
const action = path.resolve(values.dist, 'index.js');
const log = (line) => process.stderr.write(`bench: ${line}\n`);
if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first`);

const git = (root, ...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 }).trim();

/** An ancestor of HEAD far enough back that the change touches about PR_FILES files (a real-sized PR). */
function baseWithChangedFiles(root) {
  const commits = git(root, 'rev-list', '--first-parent', '--max-count=400', 'HEAD').split('\n').slice(1);
  for (const commit of commits) {
    const changed = git(root, 'diff', '--name-only', commit, 'HEAD').split('\n').filter(Boolean).length;
    if (changed >= PR_FILES) return { base: commit, changed };
  }
  return undefined;
}

const root = values.repo
  ? path.resolve(values.repo)
  : ensureBenchRepository({ files: Number(values.files), seed: Number(values.seed), log });
const generated = values.repo === undefined;
const pr = values.base ? { base: values.base, changed: git(root, 'diff', '--name-only', values.base, 'HEAD').split('\n').filter(Boolean).length }
  : generated ? { base: 'main', changed: PR_FILES } : baseWithChangedFiles(root);

const floor = measure({ label: 'read floor', node: true, args: [path.join(project, 'scripts/bench/read-floor.mjs'), root] }, runs);
const tree = JSON.parse(readFileSync(floor.last.stdoutPath, 'utf8'));

const hasRipgrep = spawnSync('rg', ['--version']).status === 0;
// The same kinds of patterns the scan looks for: TODO tags, catch/except/rescue forms, test declarations.
const RG_PATTERNS = ['\\b(TODO|FIXME|HACK|XXX)\\b', '\\bcatch\\s*[({]|\\bexcept\\b|\\brescue\\b', '\\b(it|test|describe)\\s*\\(|def test_|func Test|@Test'];
const ripgrep = hasRipgrep
  ? measure({ label: 'ripgrep', command: 'rg', args: ['--count-matches', '--hidden', '-g', '!.git', ...RG_PATTERNS.flatMap((p) => ['-e', p]), root] }, runs, [0, 1])
  : undefined;

const checkArgs = [cli, 'check', root, '--format', 'json', '--no-reports'];
// Exit 1 is a failed gate, a normal outcome here; 2 would be a usage or rule-file error.
const scan = measure({ label: 'full scan', node: true, args: checkArgs }, runs, [0, 1]);
const report = JSON.parse(readFileSync(scan.last.stdoutPath, 'utf8'));
const prMode = pr ? measure({ label: 'PR mode', node: true, args: [...checkArgs, '--base', pr.base] }, runs, [0, 1]) : undefined;
const prReport = prMode ? JSON.parse(readFileSync(prMode.last.stdoutPath, 'utf8')) : undefined;

/**
 * PR mode as CI runs it with a restored scan cache: the base commit is checked out in a temporary worktree and
 * scanned once with --cache (as the base branch's own run would), then each PR run starts from a copy of that
 * cache, so it reads only the changed files. Its report must equal the run without a cache.
 */
function measureWarmPrMode() {
  const folder = mkdtempSync(path.join(tmpdir(), 'readiness-bench-cache-'));
  const worktree = path.join(folder, 'base');
  const warm = path.join(folder, 'base-cache.jsonl');
  const cache = path.join(folder, 'cache.jsonl');
  git(root, 'worktree', 'add', '--quiet', '--detach', worktree, pr.base);
  try {
    runOnce({ node: true, args: [cli, 'check', worktree, '--format', 'json', '--no-reports', '--cache', warm] });
    const spec = { label: 'PR mode, warm cache', node: true, args: [...checkArgs, '--base', pr.base, '--cache', cache, '--debug'], before: () => copyFileSync(warm, cache) };
    const result = measure(spec, runs, [0, 1]);
    const reused = /scan cache: the findings of (\d+) of/.exec(result.last.stderr)?.[1];
    const sameReport = readFileSync(result.last.stdoutPath, 'utf8') === readFileSync(prMode.last.stdoutPath, 'utf8');
    return { ...result, reused: Number(reused), sameReport };
  } finally {
    git(root, 'worktree', 'remove', '--force', worktree);
    rmSync(folder, { recursive: true, force: true });
  }
}
const warmPrMode = prMode ? measureWarmPrMode() : undefined;

const version = measure({ label: '--version', node: true, args: [cli, '--version'] }, Math.max(runs, 5));

/** Wall time from spawning to the first read of a repository file; the probe ends the process there. */
function firstRead(label, args, env = {}) {
  const times = [];
  for (let i = 0; i < Math.max(runs, 5); i++) {
    const logFile = path.join(tmpdir(), `readiness-bench-first-read-${process.pid}-${i}`);
    const run = runOnce({ node: true, preload: [probe], args, env: { ...env, BENCH_REPO: root, BENCH_FIRST_READ_LOG: logFile, BENCH_STOP_AT_FIRST_READ: '1' } });
    if (!existsSync(logFile)) throw new Error(`${label} read no repository file:\n${run.stderr.slice(-2000)}`);
    times.push(Number(readFileSync(logFile, 'utf8').split('\n')[0]) - run.startedAt);
    execFileSync('rm', ['-f', logFile]);
  }
  return median(times);
}
const cliFirstRead = firstRead('the CLI', checkArgs);
const actionFirstRead = firstRead('the action', [action], { GITHUB_WORKSPACE: root, RUNNER_TEMP: tmpdir(), INPUT_TOKEN: '', GITHUB_EVENT_NAME: '' });

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
// A difference of medians: noise can make it negative, which reads "+-0.23 s" without its own sign.
const signedSeconds = (ms) => `${ms < 0 ? '-' : '+'}${seconds(Math.abs(ms))}`;
const mb = (kb) => (kb === undefined ? 'n/a' : `${Math.round(kb / 1024)} MB`);
const times = (ms, over) => `${(ms / over).toFixed(2)}×`;
const row = (label, result, extra = '') => `  ${label.padEnd(30)} ${seconds(result.ms).padStart(8)}   ${mb(result.rssKb).padStart(7)}   ${extra}`;

const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
console.log(`readiness-gate benchmark (${new Date().toISOString().slice(0, 10)})`);
console.log(`  repository   ${root}${generated ? ` (generated, seed ${values.seed})` : ''}`);
console.log(`  tracked      ${tree.files} files, ${(tree.bytes / 1e6).toFixed(0)} MB`);
console.log(`  machine      ${availableParallelism()} cores (${cpu}), ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`);
console.log(`  method       median of ${runs} runs each; peak memory from ${memorySource}`);
console.log('');
console.log(`  ${'run'.padEnd(30)} ${'time'.padStart(8)}   ${'peak'.padStart(7)}   ratios`);
console.log(row('read floor (node, 1 thread)', floor));
if (ripgrep) console.log(row('ripgrep, 3 pattern kinds', ripgrep));
else console.log('  ripgrep                        not installed; ratio against it skipped');
console.log(row('full scan (dist/cli.js)', scan, `${times(scan.ms, floor.ms)} floor${ripgrep ? `, ${times(scan.ms, ripgrep.ms)} ripgrep` : ''}`));
if (prMode) console.log(row(`PR mode, ${pr.changed}-file change`, prMode, `${signedSeconds(prMode.ms - scan.ms)} over the full scan`));
else console.log('  PR mode                        skipped: no ancestor of HEAD changes enough files (give --base REF)');
if (warmPrMode) {
  const sameness = warmPrMode.sameReport ? 'same report' : 'REPORT DIFFERS from the run without a cache';
  console.log(row('PR mode, warm scan cache', warmPrMode, `${signedSeconds(warmPrMode.ms - cliFirstRead)} over the CLI's first read; ${warmPrMode.reused} files from the cache; ${sameness}`));
}
console.log('');
console.log(`  start-up      --version ${Math.round(version.ms)} ms; first file read: CLI ${Math.round(cliFirstRead)} ms, action ${Math.round(actionFirstRead)} ms`);
const { inventory } = report;
console.log(`  scan          listed ${inventory.listed}, scanned ${inventory.scanned}, skipped ${JSON.stringify(inventory.skipped)}, ${report.findings.length} findings`);
if (prReport?.change) console.log(`  PR            ${prReport.change.files.changed} files changed, ${prReport.change.newFindings.length} new findings, ${Object.keys(prReport.change.deltas).length} metric deltas`);
console.log(`  all runs (s)  floor ${floor.all.map((ms) => (ms / 1000).toFixed(2)).join(' ')}${ripgrep ? ` | rg ${ripgrep.all.map((ms) => (ms / 1000).toFixed(2)).join(' ')}` : ''} | scan ${scan.all.map((ms) => (ms / 1000).toFixed(2)).join(' ')}${prMode ? ` | PR ${prMode.all.map((ms) => (ms / 1000).toFixed(2)).join(' ')}` : ''}${warmPrMode ? ` | PR warm ${warmPrMode.all.map((ms) => (ms / 1000).toFixed(2)).join(' ')}` : ''}`);
