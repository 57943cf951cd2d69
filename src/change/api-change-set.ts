// What a pull request changed, from the pull-request files API: the fallback when git cannot reach the base
// commit. https://docs.github.com/en/rest/pulls/pulls#list-pull-requests-files
import type { ApiPullRequestFile } from '../github/types.js';
import type { ChangedFile, ChangeSet, ChangeStatus } from './change-set.js';
import { addedLinesOfPatch } from './unified-diff.js';

/** The API lists at most this many files of a pull request. */
export const API_FILE_LIMIT = 3000;

const STATUSES: Record<Exclude<ApiPullRequestFile['status'], 'unchanged'>, ChangeStatus> = {
  added: 'added',
  removed: 'removed',
  modified: 'modified',
  // `changed` is a mode-only change; a copy is a new file at the new path.
  changed: 'modified',
  renamed: 'renamed',
  copied: 'added',
};

function changedFileOf(file: ApiPullRequestFile & { status: keyof typeof STATUSES }): ChangedFile {
  const status = STATUSES[file.status];
  // Without a patch the API shows no text diff; a file with no changes at all (a pure rename, an empty new
  // file, a mode change) simply has none to show.
  const binary = file.patch === undefined && (file.changes === undefined || file.changes > 0);
  let addedLines: number[] = [];
  if (file.patch !== undefined && status !== 'removed') {
    try {
      addedLines = addedLinesOfPatch(file.patch);
    } catch (error) {
      throw new Error(`pull-request file ${file.filename}: ${(error as Error).message}`, { cause: error });
    }
  }
  const changed: ChangedFile = { path: file.filename, status, binary, addedLines };
  if (status === 'renamed' && file.previous_filename !== undefined) changed.previousPath = file.previous_filename;
  return changed;
}

/**
 * The change set the API describes. The API cannot tell a symlink from a file (a link shows as a one-line
 * file holding its target), so contents must still be read through git after a mode check (readBlobs).
 */
export function apiChangeSet(files: readonly ApiPullRequestFile[], baseSha: string, headSha: string): ChangeSet {
  const changed = files
    .filter((file): file is ApiPullRequestFile & { status: keyof typeof STATUSES } => file.status !== 'unchanged')
    .map(changedFileOf)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { baseSha, headSha, source: 'api', files: changed, truncated: files.length >= API_FILE_LIMIT };
}
