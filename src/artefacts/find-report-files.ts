// Finds the reports CI wrote before the gate ran. They are usually in folders the inventory leaves out on
// purpose (git-ignored, `coverage/`, `build/`, `target/`), so this walks the folder itself instead of using
// the inventory. It never follows a symlink (a link in a pull request could point at any file on the
// runner) and skips `.git` and vendored folders (`node_modules`, `.venv`…), whose packages ship sample reports.
import { type Dirent, lstatSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { matchesAnyGlob } from '../globs.js';
import { skipReasonByName } from '../inventory/skip-by-name.js';
import { readText } from '../scan/read-text.js';
import type { ReportFile, SkippedReport } from './report-file.js';

export interface FindReportOptions {
  /** At most this many reports are read; the rest (in path order) are skipped as `too-many`. */
  maxFiles: number;
  /** Reports larger than this are skipped as `too-large`. */
  maxBytes: number;
  /** Paths matching these globs are never reports (fixture folders); see DEFAULT_REPORT_EXCLUDE_GLOBS. */
  exclude?: readonly string[];
}

export interface ReportDiscovery {
  /** The reports read, in path order. */
  files: ReportFile[];
  /** Matching paths that were not read, and folders that could not be listed (`unreadable`). */
  skipped: SkippedReport[];
}

export async function findReportFiles(root: string, globs: readonly string[], options: FindReportOptions): Promise<ReportDiscovery> {
  const isIncluded = matchesAnyGlob(globs, { dot: true });
  const isExcluded = matchesAnyGlob(options.exclude ?? [], { dot: true });
  const isReport = (relative: string) => isIncluded(relative) && !isExcluded(relative);
  const skipped: SkippedReport[] = [];
  const matches = await walkMatching(root, isReport, skipped);

  const files: ReportFile[] = [];
  for (const { relative, isSymlink } of matches) {
    const reason = isSymlink ? 'symlink' : files.length >= options.maxFiles ? 'too-many' : undefined;
    if (reason) {
      skipped.push({ path: relative, reason });
      continue;
    }
    const absolute = path.join(root, relative);
    const stats = lstatSync(absolute, { throwIfNoEntry: false });
    if (stats === undefined || !stats.isFile()) {
      skipped.push({ path: relative, reason: stats?.isSymbolicLink() ? 'symlink' : 'unreadable' });
      continue;
    }
    if (stats.size > options.maxBytes) {
      skipped.push({ path: relative, reason: 'too-large' });
      continue;
    }
    // readText opens with O_NOFOLLOW, so a file swapped for a link after the lstat is still not followed.
    const outcome = await readText(absolute);
    if ('skipped' in outcome) skipped.push({ path: relative, reason: outcome.skipped });
    else files.push({ path: relative, text: outcome.text, modifiedMs: stats.mtimeMs });
  }
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, skipped };
}

// Folders listed at a time: as many as libuv has threads for file work, so the walk keeps them busy while the
// main thread hands out the scan's batches, and the queue stays short for the scan's own reads.
const CONCURRENT_LISTINGS = 4;

/** Files (and file symlinks) whose relative path matches, sorted; never enters a symlinked folder. */
async function walkMatching(root: string, isReport: (relative: string) => boolean, skipped: SkippedReport[]): Promise<Array<{ relative: string; isSymlink: boolean }>> {
  const found: Array<{ relative: string; isSymlink: boolean }> = [];
  // A queue, not recursion: hostile trees nest hundreds of folders deep.
  const waiting: string[] = [''];
  let listing = 0;
  const take = (folder: string, entries: Dirent[] | undefined) => {
    if (entries === undefined) {
      skipped.push({ path: folder === '' ? '.' : folder, reason: 'unreadable' });
      return;
    }
    for (const entry of entries) {
      const relative = folder === '' ? entry.name : `${folder}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== '.git' && skipReasonByName(`${relative}/_`) !== 'vendored') waiting.push(relative);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && isReport(relative)) {
        found.push({ relative, isSymlink: entry.isSymbolicLink() });
      }
    }
  };
  await new Promise<void>((resolve, reject) => {
    const listMore = () => {
      while (listing < CONCURRENT_LISTINGS && waiting.length > 0) {
        const folder = waiting.pop() as string;
        listing++;
        listFolder(path.join(root, folder)).then((entries) => {
          listing--;
          take(folder, entries);
          listMore();
        }, reject);
      }
      if (listing === 0 && waiting.length === 0) resolve();
    };
    listMore();
  });
  return found.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}

async function listFolder(absolute: string): Promise<Dirent[] | undefined> {
  try {
    return await readdir(absolute, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A folder that vanished or cannot be opened is reported by the caller as `unreadable`.
    if (code === 'EACCES' || code === 'EPERM' || code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}
