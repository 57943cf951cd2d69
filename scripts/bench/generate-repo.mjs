// Writes the benchmark repository and commits it with git: `main` is the base, and `pr` (checked out) adds
// one commit that changes 50 files, for the pull-request measurement. Kept in a cache folder keyed by the
// generator's own source, the file count and the seed, so a run after the first reuses it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { codeText } from './code-text.mjs';
import { seededRandom } from './random.mjs';
import { repositoryFiles } from './repo-files.mjs';

export const PR_FILES = 50;
const here = import.meta.dirname;

// Fixed identity and dates: the same seed gives the same commits.
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
  GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
};

function git(root, ...args) {
  return execFileSync('git', ['-c', 'core.autocrlf=false', ...args], { cwd: root, env: GIT_ENV, encoding: 'utf8', maxBuffer: 1 << 30 });
}

function writeFile(root, relative, content) {
  const absolute = path.join(root, relative);
  mkdirSync(path.dirname(absolute), { recursive: true });
  writeFileSync(absolute, content);
}

/** The cache folder for these settings: any change to the generator's code makes a new one. */
export function cacheFolder(files, seed) {
  const hash = createHash('sha256').update(`${files}:${seed}`);
  for (const name of readdirSync(here).sort()) hash.update(readFileSync(path.join(here, name)));
  return path.join(tmpdir(), `readiness-bench-${hash.digest('hex').slice(0, 12)}`);
}

/** The pull request: 30 edited files (a new TODO, a generic catch, a test), 8 added, 6 removed, 6 renamed. */
function makePullRequest(root, r) {
  const candidates = git(root, 'ls-files', '-z')
    .split('\0')
    .filter((p) => /^services\/[^/]+\/(src|lib|internal|tests|spec)\/.*\.(py|ts|js|go|rb)$/.test(p) && !p.includes('__tests__'));
  const chosen = new Set();
  while (chosen.size < 42) chosen.add(r.pick(candidates));
  const [edited, removed, renamed] = [[...chosen].slice(0, 30), [...chosen].slice(30, 36), [...chosen].slice(36, 42)];
  const languageOf = (p) => ({ py: 'python', ts: 'typescript', js: 'javascript', go: 'go', rb: 'ruby' })[p.split('.').pop()];
  for (const file of edited) {
    const absolute = path.join(root, file);
    const text = readFileSync(absolute, 'utf8');
    writeFileSync(absolute, `${text}${codeText(r, languageOf(file), false, 400)}`);
  }
  git(root, 'rm', '-q', ...removed);
  for (const file of renamed) {
    const target = file.replace(/(\.[a-z]+)$/, '_moved$1');
    git(root, 'mv', file, target);
  }
  for (let n = 0; n < 8; n++) {
    const base = edited[n].replace(/(\.[a-z]+)$/, `_added_${n}$1`);
    writeFile(root, base, codeText(r, languageOf(base), false, 2000));
  }
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', `bench: a ${PR_FILES}-file change`);
}

/** Generates and commits the repository unless the cache already has it; returns its path. */
export function ensureBenchRepository({ files, seed, log }) {
  const folder = cacheFolder(files, seed);
  const root = path.join(folder, 'repo');
  const done = path.join(folder, 'complete');
  if (existsSync(done)) return root;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  log(`generating ${files} files in ${root} (once; reused while the generator is unchanged)`);
  const r = seededRandom(seed);
  let bytes = 0;
  for (const [relative, content] of repositoryFiles(r, files)) {
    writeFile(root, relative, content);
    bytes += content.length;
  }
  log(`committing ${(bytes / 1e6).toFixed(0)} MB with git`);
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'bench: generated repository');
  git(root, 'checkout', '-q', '-b', 'pr');
  makePullRequest(root, r);
  writeFileSync(done, `${new Date().toISOString()}\n`);
  return root;
}
