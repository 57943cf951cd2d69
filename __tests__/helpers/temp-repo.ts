import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

const created: string[] = [];

afterEach(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export interface TempRepoOptions {
  /** Run `git init` and commit the files (default true). */
  git?: boolean;
  /** Symlinks to create after the files: link path → target. */
  symlinks?: Record<string, string>;
  /** Files written after the commit (untracked in a git repository). */
  untracked?: Record<string, string | Buffer>;
}

function writeFiles(root: string, files: Record<string, string | Buffer>): void {
  for (const [relative, content] of Object.entries(files)) {
    const absolute = path.join(root, relative);
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, content);
  }
}

export function git(root: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    },
  });
}

/** Makes a fixture repository in a fresh temp folder, removed after the test. */
export function makeTempRepo(files: Record<string, string | Buffer>, options: TempRepoOptions = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'readiness-fixture-'));
  created.push(root);
  writeFiles(root, files);
  for (const [link, target] of Object.entries(options.symlinks ?? {})) {
    mkdirSync(path.dirname(path.join(root, link)), { recursive: true });
    symlinkSync(target, path.join(root, link));
  }
  if (options.git !== false) {
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '--allow-empty', '-m', 'fixture');
  }
  writeFiles(root, options.untracked ?? {});
  return root;
}
