// What changed between two commits, from git. On pull_request the head is GitHub's test merge commit, whose
// first parent is the base tip, so the two-tree diff base..head is exactly what the pull request changes.
import type { ChangedFile, ChangeStatus, ChangeSet } from './change-set.js';
import { GITLINK_MODE, parseRawDiff, type RawDiffEntry, SYMLINK_MODE } from './git-raw-diff.js';
import { type PatchSection, readPatchSections } from './git-patch-sections.js';
import { decodeText } from '../scan/read-text.js';
import { readBlobs } from './read-blobs.js';
import { assertCommitSha, runGitTextLater } from './run-git.js';
import { addedLinesOfPatch } from './unified-diff.js';

// Plumbing `diff-tree` runs the same diff engine as `git diff` but reads only the basic diff config, so user
// settings that reshape the output (diff.noprefix, diff.mnemonicPrefix, diff.relative, diff.external, colour)
// cannot break the parser. The options are spelled out anyway: they are what the parser relies on.
const DIFF_OPTIONS = ['-r', '--find-renames', '--no-color', '--no-ext-diff', '--no-textconv'];

function changedFile(path: string, status: ChangeStatus, mode: string): ChangedFile {
  // A symlink's "content" is its target; it is reported as binary so that nothing ever reads through it.
  return { path, status, binary: mode === SYMLINK_MODE, addedLines: [] };
}

/** The file a raw record describes, or undefined for a submodule (a commit pointer, not a file). */
function fileOfEntry(entry: RawDiffEntry): ChangedFile | undefined {
  const { oldMode, newMode, path } = entry;
  // A file-type change to or from a submodule: only the file side exists as a file.
  if (entry.status === 'T' && oldMode === GITLINK_MODE) return changedFile(path, 'added', newMode);
  if (entry.status === 'T' && newMode === GITLINK_MODE) return changedFile(path, 'removed', oldMode);
  if (oldMode === GITLINK_MODE || newMode === GITLINK_MODE) return undefined;
  switch (entry.status) {
    case 'A':
    case 'C':
      return changedFile(path, 'added', newMode);
    case 'D':
      return changedFile(path, 'removed', oldMode);
    case 'M':
    case 'T':
      return changedFile(path, 'modified', newMode);
    case 'R':
      return { ...changedFile(path, 'renamed', newMode), previousPath: entry.previousPath };
    default:
      throw new Error(`unexpected git diff status ${entry.status} for ${path}`);
  }
}

function applySection(files: Map<string, ChangedFile | undefined>, section: PatchSection): void {
  if (!files.has(section.path)) {
    throw new Error(`git patch has a section for ${JSON.stringify(section.path)}, which its file list lacks`);
  }
  const file = files.get(section.path);
  if (file === undefined) return;
  if (file.status === 'removed') {
    if (section.deletion) file.binary ||= section.binary;
    return;
  }
  // The deletion half of a file-type change (e.g. symlink → file) belongs to the base; a symlink head is
  // never read, so its target line is not an added line.
  if (section.deletion || file.binary) return;
  if (section.binary) file.binary = true;
  else file.addedLines = file.addedLines.length === 0 ? section.addedLines : file.addedLines.concat(section.addedLines);
}

/**
 * Files changed from `baseSha` to `headSha` in the repository at `root` (its top level), with the head lines
 * each adds. Both commits must be present (see ensureCommit). Submodules are left out; symlinks and files git
 * calls binary (by content or by a `-diff`/`binary` attribute) come with no added lines.
 */
export async function gitChangeSet(root: string, baseSha: string, headSha: string): Promise<ChangeSet> {
  assertCommitSha(baseSha);
  assertCommitSha(headSha);
  const raw = await runGitTextLater(root, ['diff-tree', '-z', '--raw', ...DIFF_OPTIONS, baseSha, headSha]);
  const files = new Map<string, ChangedFile | undefined>();
  for (const entry of parseRawDiff(raw)) files.set(entry.path, fileOfEntry(entry));
  await readPatchSections(root, ['diff-tree', '-p', '-U0', ...DIFF_OPTIONS, baseSha, headSha], (section) =>
    applySection(files, section),
  );
  const changed = [...files.values()].filter((file): file is ChangedFile => file !== undefined);
  const symlinks = new Set(parseRawDiff(raw).filter((entry) => entry.newMode === SYMLINK_MODE).map((entry) => entry.path));
  await rediffTextCalledBinary(root, baseSha, headSha, changed.filter((file) => !symlinks.has(file.path)));
  changed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { baseSha, headSha, source: 'git', files: changed, truncated: false };
}

// Files larger than this keep git's word that they are binary: a real text file this big is rare, and
// re-diffing it would cost more than the change set's other work.
const REDIFF_MAX_BYTES = 8 * 1024 * 1024;

/**
 * A `-diff` or `binary` attribute — which a pull request can add in its own .gitattributes — makes git call
 * text files binary and print no lines, which would hide everything they add from the new-findings rules.
 * Files git calls binary whose head content is text are diffed again with `--text`.
 */
async function rediffTextCalledBinary(root: string, baseSha: string, headSha: string, files: ChangedFile[]): Promise<void> {
  const candidates = files.filter((file) => file.binary && file.status !== 'removed');
  if (candidates.length === 0) return;
  const blobs = await readBlobs(root, headSha, candidates.map((file) => file.path), { maxBytes: REDIFF_MAX_BYTES });
  for (const file of candidates) {
    const read = blobs.get(file.path);
    if (read === undefined || !('content' in read) || decodeText(read.content) === undefined) continue;
    const paths = file.previousPath === undefined ? [file.path] : [file.previousPath, file.path];
    const patch = await runGitTextLater(root, ['diff-tree', '-p', '-U0', '--text', ...DIFF_OPTIONS, baseSha, headSha, '--', ...paths]);
    const hunks = patch.slice(Math.max(0, patch.indexOf('\n@@') + 1));
    file.addedLines = patch.includes('\n@@') ? addedLinesOfPatch(hunks) : [];
    file.binary = false;
  }
}
