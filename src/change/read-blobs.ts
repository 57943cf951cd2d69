// File contents at a commit, read from git's object store rather than the work tree: the work tree may hold
// another commit, and a symlink there could point anywhere (/proc/self/environ holds the token). A tree
// entry's mode is checked first, so only regular-file blobs are ever returned.
import { GITLINK_MODE, SYMLINK_MODE } from './git-raw-diff.js';
import { assertCommitSha, runGitBufferLater, runGitTextLater } from './run-git.js';

export type BlobRead =
  | { content: Buffer }
  | { skipped: 'missing' | 'symlink' | 'submodule' }
  | { skipped: 'too-large'; size: number };

export interface ReadBlobsOptions {
  /** Blobs larger than this are not read (default: no limit). */
  maxBytes?: number;
}

interface TreeEntry {
  mode: string;
  type: string;
  oid: string;
  size: number;
}

// Keeps each ls-tree command line well under Windows' 32,767-character limit.
const ARGUMENT_CHARS_PER_CALL = 24_000;

function chunkPaths(paths: readonly string[]): string[][] {
  const chunks: string[][] = [];
  let chunk: string[] = [];
  let chars = 0;
  for (const path of paths) {
    if (chunk.length > 0 && chars + path.length + 1 > ARGUMENT_CHARS_PER_CALL) {
      chunks.push(chunk);
      chunk = [];
      chars = 0;
    }
    chunk.push(path);
    chars += path.length + 1;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** Tree entries of `paths` at `sha`; ls-tree takes any path (newlines too) and reports mode, type and size. */
async function listTreeEntries(root: string, sha: string, paths: readonly string[]): Promise<Map<string, TreeEntry>> {
  const entries = new Map<string, TreeEntry>();
  for (const chunk of chunkPaths(paths)) {
    // --literal-pathspecs: a path such as `*.ts` or `:(glob)x` names that file, not a pattern.
    const output = await runGitTextLater(root, ['ls-tree', '-z', '--long', '--full-tree', sha, '--', ...chunk], {
      globalOptions: ['--literal-pathspecs'],
    });
    for (const record of output.split('\0')) {
      if (record === '') continue;
      // "<mode> <type> <oid> <size, right-aligned or '-'>\t<path>"
      const tab = record.indexOf('\t');
      const match = /^(\d{6}) (\w+) ([0-9a-f]+) +(\d+|-)$/.exec(record.slice(0, tab));
      if (tab === -1 || match === null) throw new Error(`unexpected git ls-tree record: ${JSON.stringify(record)}`);
      const [, mode, type, oid, size] = match as unknown as [string, string, string, string, string];
      entries.set(record.slice(tab + 1), { mode, type, oid, size: size === '-' ? 0 : Number(size) });
    }
  }
  return entries;
}

/** Splits `git cat-file --batch` output into contents by object id. */
function parseBatchFrames(output: Buffer): Map<string, Buffer> {
  const contents = new Map<string, Buffer>();
  let offset = 0;
  while (offset < output.length) {
    const headerEnd = output.indexOf(0x0a, offset);
    if (headerEnd === -1) throw new Error('git cat-file --batch output ends inside a header');
    const header = output.toString('utf8', offset, headerEnd);
    offset = headerEnd + 1;
    // "<oid> missing" and similar one-line answers have no content frame.
    const match = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
    if (match === null) continue;
    const size = Number(match[3]);
    contents.set(match[1] as string, output.subarray(offset, offset + size));
    offset += size + 1;
  }
  return contents;
}

/**
 * Contents of `paths` (relative to the repository root) at commit `sha`, read through one `git cat-file
 * --batch` process, without blocking this thread. Symlinks, submodules and folders are never returned as
 * content. Contents are slices of one buffer, so keeping any of them keeps that buffer.
 */
export async function readBlobs(
  root: string,
  sha: string,
  paths: readonly string[],
  options: ReadBlobsOptions = {},
): Promise<Map<string, BlobRead>> {
  assertCommitSha(sha);
  const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
  const unique = [...new Set(paths)].filter((path) => path !== '');
  const entries = await listTreeEntries(root, sha, unique);
  const results = new Map<string, BlobRead>();
  const wanted = new Map<string, TreeEntry>();
  for (const path of paths) {
    const entry = entries.get(path);
    // A folder is no file: `missing`, as ls-tree leaves a folder out anyway when another path lies inside it.
    if (entry === undefined || entry.type === 'tree') results.set(path, { skipped: 'missing' });
    else if (entry.mode === SYMLINK_MODE) results.set(path, { skipped: 'symlink' });
    else if (entry.mode === GITLINK_MODE) results.set(path, { skipped: 'submodule' });
    else if (entry.type !== 'blob') throw new Error(`git ls-tree lists ${path} as a ${entry.type}`);
    else if (entry.size > maxBytes) results.set(path, { skipped: 'too-large', size: entry.size });
    else wanted.set(path, entry);
  }
  if (wanted.size === 0) return results;
  // Object ids, not `<sha>:<path>` lines, go to --batch: a path may contain a newline, an id cannot.
  const oids = [...new Set([...wanted.values()].map((entry) => entry.oid))];
  const expectedBytes = [...wanted.values()].reduce((sum, entry) => sum + entry.size + 100, 1024);
  const output = await runGitBufferLater(root, ['cat-file', '--batch'], {
    input: `${oids.join('\n')}\n`,
    maxBuffer: expectedBytes + oids.length * 100,
  });
  const contents = parseBatchFrames(output);
  for (const [path, entry] of wanted) {
    const content = contents.get(entry.oid);
    results.set(path, content === undefined ? { skipped: 'missing' } : { content });
  }
  return results;
}
