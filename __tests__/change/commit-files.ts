import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { git } from '../helpers/temp-repo.js';

/** A change to commit: new contents, `null` to delete, or `{ symlink }` for a link. */
export type FileChange = string | Buffer | null | { symlink: string };

/** Applies the changes to the work tree, commits them all and returns the new commit's SHA. */
export function commitFiles(root: string, changes: Record<string, FileChange>): string {
  for (const [relative, change] of Object.entries(changes)) {
    const absolute = path.join(root, relative);
    rmSync(absolute, { force: true, recursive: true });
    if (change === null) continue;
    mkdirSync(path.dirname(absolute), { recursive: true });
    if (typeof change === 'object' && !Buffer.isBuffer(change)) symlinkSync(change.symlink, absolute);
    else writeFileSync(absolute, change);
  }
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '--allow-empty', '-m', 'change');
  return headSha(root);
}

export function headSha(root: string): string {
  return git(root, 'rev-parse', 'HEAD').trim();
}

/** `count` numbered lines, each ending in a newline. */
export function numberedLines(count: number, prefix = 'line'): string {
  return Array.from({ length: count }, (_, i) => `${prefix} ${i + 1}\n`).join('');
}
