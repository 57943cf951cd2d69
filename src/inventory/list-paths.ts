import { execFile, execFileSync } from 'node:child_process';
import { type Dirent, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

export interface PathListing {
  source: 'git' | 'walk';
  /** POSIX paths relative to the root, sorted, without duplicates. */
  paths: string[];
  /**
   * From git: the untracked, not ignored files, sorted, none of them in `paths`. Listing them walks the
   * whole work tree (slow on a large one), so they come later, while the tracked files are being read.
   */
  untracked?: Promise<UntrackedListing>;
  /**
   * With `objectIds`: the blob id of each tracked regular file whose work-tree copy matches the index, by
   * path. Rejects when git cannot compare the work tree with the index.
   */
  objectIds?: Promise<Map<string, string>>;
  /** Why git was not used, when it was not. */
  note?: string;
  /** Folders the walk could not open (permissions). */
  unreadableFolders: string[];
}

// `core.fsmonitor` can name a program to run; a scanned repository's config must never make us run code.
const GIT_SAFETY = ['-c', 'core.fsmonitor=false', '-c', 'core.untrackedCache=false'];

const GIT_OPTIONS = { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 } as const;

/** git's output; on failure the error carries git's `stderr` (see gitFailureReason). */
function runGitNow(root: string, args: string[]): string {
  return execFileSync('git', [...GIT_SAFETY, ...args], { ...GIT_OPTIONS, cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** runGitNow without blocking this thread. */
function runGit(root: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', [...GIT_SAFETY, ...args], { ...GIT_OPTIONS, cwd: root }, (error, stdout, stderr) => {
      if (error === null) resolve(stdout);
      else reject(Object.assign(error, { stderr }));
    });
  });
}

/** runGit, failing with git's first line as the message. */
function runGitLater(root: string, args: string[]): Promise<string> {
  return runGit(root, args).catch((error: Error & { stderr: string }) => {
    throw new Error(error.stderr.trim().split('\n')[0]?.replace(/^fatal: /, '') || error.message);
  });
}

/** NUL-separated paths from git, sorted and without duplicates. */
const pathsOf = (output: string): string[] => sortedUnique(output.split('\0'));

/** Paths as git lists them, sorted and without duplicates (an unmerged file is listed once per stage). */
function sortedUnique(listed: string[]): string[] {
  if (listed[listed.length - 1] === '') listed.pop();
  // git lists in byte order, which is this order unless a path has characters beyond U+FFFF: sort only then.
  for (let i = 1; i < listed.length; i++) {
    if ((listed[i - 1] as string) > (listed[i] as string)) {
      listed.sort();
      break;
    }
  }
  return listed.filter((p, i) => p !== '' && p !== listed[i - 1]);
}

/** Why git could not list this root, from the error of its `ls-files`. */
function gitFailureReason(error: unknown): string {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'git is not installed';
  const stderr = (error as { stderr?: string }).stderr?.trim().split('\n')[0];
  // Inside a .git folder or a bare repository git "must be run in a work tree".
  if (stderr?.startsWith('fatal: not a git repository') || stderr?.includes('must be run in a work tree')) return 'not inside a git work tree';
  return stderr?.replace(/^fatal: /, '') || 'git could not read the repository';
}

/**
 * Paths and blob ids from `git ls-files --stage -v -z`, whose records read `<tag> <mode> <object id>
 * <stage>\t<path>`. Ids are kept for regular files (mode 100644 or 100755) at stage 0 (not in a merge
 * conflict) tagged `H`: git compares those with the work tree, where it skips a file marked assume-unchanged
 * (tag `h`) or skip-worktree (`S`), which may differ from its blob or be absent.
 */
function stagedEntriesOf(output: string): { paths: string[]; objectIds: Map<string, string> } {
  const objectIds = new Map<string, string>();
  const listed: string[] = [];
  // Read in place rather than split into records first: this runs on every listed file of every cached run.
  for (let start = 0, end = 0; start < output.length; start = end + 1) {
    end = output.indexOf('\0', start);
    if (end === -1) end = output.length;
    const tab = output.indexOf('\t', start);
    if (tab === -1 || tab > end) continue;
    const relative = output.slice(tab + 1, end);
    listed.push(relative);
    const comparable = output.startsWith('H 100644 ', start) || output.startsWith('H 100755 ', start);
    if (comparable && output.charCodeAt(tab - 1) === 48 /* 0 */ && output.charCodeAt(tab - 2) === 32) objectIds.set(relative, output.slice(start + 9, tab - 2));
  }
  return { paths: sortedUnique(listed), objectIds };
}

/**
 * Blob ids of the tracked files whose work-tree copy is the one in the index, by path: `git diff-files`
 * names the others (edited, deleted, made a symlink, or with stale stat data, which only costs a read).
 */
async function unchangedObjectIds(staged: Map<string, string>, changed: Promise<string>): Promise<Map<string, string>> {
  for (const relative of (await changed).split('\0')) staged.delete(relative);
  return staged;
}

export interface ListingOptions {
  /** Also give the blob ids of the tracked files that are unchanged in the work tree (`objectIds`). */
  objectIds?: boolean;
}

/**
 * Files of the repository: tracked plus untracked-but-not-ignored from `git ls-files` when the root is in a
 * git work tree (so .gitignore holds and a developer's new file counts), else from a walk that honours every
 * .gitignore it meets and never follows a symlinked folder.
 */
export async function listRepositoryPaths(root: string, options: ListingOptions = {}): Promise<PathListing> {
  let tracked: string;
  try {
    // With a cache to read meanwhile, git lists without blocking this thread. Without one there is nothing to
    // do meanwhile, and waiting gets the first file read before the rest of the start-up (loading the rules).
    tracked = options.objectIds ? await runGit(root, ['ls-files', '-z', '--stage', '-v']) : runGitNow(root, ['ls-files', '-z', '--cached']);
  } catch (error) {
    const unreadableFolders: string[] = [];
    return { source: 'walk', paths: walkPaths(root, unreadableFolders), note: gitFailureReason(error), unreadableFolders };
  }
  const untracked = runGitLater(root, ['ls-files', '-z', '--others', '--exclude-standard']).then(
    (output): UntrackedListing => ({ paths: pathsOf(output) }),
    (error: Error): UntrackedListing => ({ paths: [], note: `only tracked files were scanned: git could not list the others (${error.message})` }),
  );
  if (!options.objectIds) return { source: 'git', paths: pathsOf(tracked), untracked, unreadableFolders: [] };
  // --relative: paths relative to the root, as ls-files gives them, when the root is a subfolder.
  const changed = runGitLater(root, ['diff-files', '-z', '--name-only', '--relative']);
  const staged = stagedEntriesOf(tracked);
  return { source: 'git', paths: staged.paths, untracked, objectIds: unchangedObjectIds(staged.objectIds, changed), unreadableFolders: [] };
}

export interface UntrackedListing {
  paths: string[];
  /** Why they could not be listed, when they could not (the scan goes on with the tracked files). */
  note?: string;
}

interface PendingFolder {
  relative: string;
  ignores: { base: string; matcher: Ignore }[];
}

function walkPaths(root: string, unreadableFolders: string[]): string[] {
  const paths: string[] = [];
  // An explicit stack, not recursion: hostile trees nest hundreds of folders deep.
  const stack: PendingFolder[] = [{ relative: '', ignores: [] }];
  while (stack.length > 0) {
    const folder = stack.pop() as PendingFolder;
    const absolute = path.join(root, folder.relative);
    const entries = readFolder(absolute);
    if (entries === undefined) {
      unreadableFolders.push(folder.relative);
      continue;
    }
    const ignores = [...folder.ignores];
    if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      const matcher = ignore().add(readFileSync(path.join(absolute, '.gitignore'), 'utf8'));
      ignores.push({ base: folder.relative, matcher });
    }
    for (const entry of entries) {
      if (entry.name === '.git') continue;
      const relative = folder.relative === '' ? entry.name : `${folder.relative}/${entry.name}`;
      const isFolder = entry.isDirectory();
      if (isIgnored(ignores, relative, isFolder)) continue;
      if (isFolder) stack.push({ relative, ignores });
      else paths.push(relative);
    }
  }
  return paths.sort();
}

function readFolder(absolute: string): Dirent[] | undefined {
  try {
    return readdirSync(absolute, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') return undefined;
    throw error;
  }
}

function isIgnored(ignores: PendingFolder['ignores'], relative: string, isFolder: boolean): boolean {
  return ignores.some(({ base, matcher }) => {
    const inside = base === '' ? relative : relative.slice(base.length + 1);
    return matcher.ignores(isFolder ? `${inside}/` : inside);
  });
}
