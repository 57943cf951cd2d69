// What a pull request (or a push) changed: files and the lines it adds. Built from git, or from the
// pull-request files API when git cannot reach the base commit.

export type ChangeStatus = 'added' | 'modified' | 'removed' | 'renamed';

export interface ChangedFile {
  /** POSIX path in the head, relative to the repository root (for `removed`, the path that was removed). */
  path: string;
  /** The base path of a renamed file. */
  previousPath?: string;
  status: ChangeStatus;
  /** Git (or the API) reports no text diff for it. */
  binary: boolean;
  /** 1-based head line numbers this change adds, ascending. Empty for removed and binary files. */
  addedLines: number[];
}

export interface ChangeSet {
  baseSha: string;
  headSha: string;
  /** `git` when git computed the diff, `api` when it came from the pull-request files API. */
  source: 'git' | 'api';
  files: ChangedFile[];
  /** The API stops at 3,000 files; true when the list was cut there. */
  truncated: boolean;
}
