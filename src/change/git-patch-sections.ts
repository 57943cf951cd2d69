// Streams `git diff-tree -p` output one line at a time, so memory holds one line and the added line numbers
// of one file, never the whole patch (a change to a large generated file can make it hundreds of MB).
import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
import { GIT_SAFETY, firstStderrLine } from './run-git.js';
import { consumeHunkLine, type HunkCursor, hunkFinished, parseHunkHeader } from './unified-diff.js';
import { pathOfSameNameHeader, unquoteGitPath } from './git-quoted-path.js';

/** One `diff --git` section. A change of file type is printed as two: a deletion, then a creation. */
export interface PatchSection {
  /** The head path (the removed path for a deletion). */
  path: string;
  deletion: boolean;
  binary: boolean;
  addedLines: number[];
}

interface OpenSection {
  names: string;
  newName?: string;
  deletion: boolean;
  binary: boolean;
  addedLines: number[];
  cursor?: HunkCursor;
}

const DIFF_HEADER = 'diff --git ';
// Kept from stderr for the error message; git's own messages are short.
const STDERR_KEPT = 64 * 1024;

function closeSection(open: OpenSection): PatchSection {
  return {
    path: open.newName ?? pathOfSameNameHeader(open.names),
    deletion: open.deletion,
    binary: open.binary,
    addedLines: open.addedLines,
  };
}

/** Applies one line of the patch to the section being read; returns the section it closes, if any. */
function readLine(state: { open?: OpenSection }, line: string): PatchSection | undefined {
  const open = state.open;
  if (open?.cursor !== undefined && !hunkFinished(open.cursor)) {
    if (consumeHunkLine(open.cursor, line, open.addedLines)) return undefined;
    throw new Error(`unexpected line in a git patch hunk: ${JSON.stringify(line.slice(0, 200))}`);
  }
  if (line.startsWith(DIFF_HEADER)) {
    state.open = { names: line.slice(DIFF_HEADER.length), deletion: false, binary: false, addedLines: [] };
    return open === undefined ? undefined : closeSection(open);
  }
  if (open === undefined) throw new Error(`git patch does not start with a diff header: ${line.slice(0, 200)}`);
  if (line.startsWith('@@')) {
    open.cursor = parseHunkHeader(line);
    if (open.cursor === undefined) throw new Error(`malformed hunk header in a git patch: ${line.slice(0, 200)}`);
  } else if (line.startsWith('rename to ')) {
    open.newName = unquoteGitPath(line.slice('rename to '.length));
  } else if (line.startsWith('copy to ')) {
    open.newName = unquoteGitPath(line.slice('copy to '.length));
  } else if (line.startsWith('deleted file mode ')) {
    open.deletion = true;
  } else if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
    open.binary = true;
  }
  // Other extended headers (index, modes, similarity, ---/+++, "\ No newline…") say nothing we need.
  return undefined;
}

/**
 * Runs git with `args` (a patch-producing diff) in `root` and calls `onSection` for each file section, in
 * git's order. Rejects when git fails or prints something that is not a patch.
 */
export function readPatchSections(
  root: string,
  args: string[],
  onSection: (section: PatchSection) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...GIT_SAFETY, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const state: { open?: OpenSection } = {};
    const decoder = new StringDecoder('utf8');
    let partial: string[] = [];
    let stderr = '';
    let failure: Error | undefined;

    const fail = (error: Error): void => {
      failure ??= error;
      child.kill();
    };
    const handleLine = (line: string): void => {
      const closed = readLine(state, line);
      if (closed !== undefined) onSection(closed);
    };
    child.stdout.on('data', (chunk: Buffer) => {
      if (failure !== undefined) return;
      try {
        const text = decoder.write(chunk);
        let start = 0;
        for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
          partial.push(text.slice(start, newline));
          handleLine(partial.join(''));
          partial = [];
          start = newline + 1;
        }
        if (start < text.length) partial.push(text.slice(start));
      } catch (error) {
        fail(error as Error);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < STDERR_KEPT) stderr += chunk.toString('utf8');
    });
    // Node may not emit 'close' after a failed spawn, so settle here; a later settle is ignored.
    child.on('error', (error: NodeJS.ErrnoException) => {
      fail(error.code === 'ENOENT' ? new Error('git is not installed') : error);
      reject(failure);
    });
    child.on('close', (code, signal) => {
      if (failure !== undefined) return reject(failure);
      if (code !== 0) {
        const reason = firstStderrLine(stderr) ?? (signal ? `stopped by ${signal}` : `exit status ${code}`);
        return reject(new Error(`git ${args[0]} failed: ${reason}`));
      }
      try {
        const rest = partial.join('') + decoder.end();
        if (rest !== '') handleLine(rest);
        if (state.open !== undefined) onSection(closeSection(state.open));
        resolve();
      } catch (error) {
        reject(error as Error);
      }
    });
  });
}
