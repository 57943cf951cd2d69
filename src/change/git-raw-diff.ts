// `git diff-tree -r -z --raw` records: exact paths (NUL-separated, never quoted) and the modes that tell a
// file from a symlink or a submodule.

export interface RawDiffEntry {
  oldMode: string;
  newMode: string;
  /** Git's status letter: A, C, D, M, R, T (a score such as R087 is dropped). */
  status: string;
  /** The head path; for a deletion the removed path. */
  path: string;
  /** The source path of a rename or copy. */
  previousPath?: string;
}

export const SYMLINK_MODE = '120000';
export const GITLINK_MODE = '160000';

export function parseRawDiff(output: string): RawDiffEntry[] {
  const fields = output.split('\0');
  const entries: RawDiffEntry[] = [];
  let index = 0;
  while (index < fields.length) {
    const header = fields[index] as string;
    if (header === '' && index === fields.length - 1) break;
    // ":<old mode> <new mode> <old oid> <new oid> <status>[score]"
    const match = /^:(\d{6}) (\d{6}) [0-9a-f]+ [0-9a-f]+ ([A-Z])\d*$/.exec(header);
    if (match === null) throw new Error(`unexpected git raw diff record: ${JSON.stringify(header)}`);
    const [, oldMode, newMode, status] = match as unknown as [string, string, string, string];
    const twoPaths = status === 'R' || status === 'C';
    const first = fields[index + 1];
    const second = twoPaths ? fields[index + 2] : undefined;
    if (first === undefined || (twoPaths && second === undefined)) {
      throw new Error(`git raw diff record without its path: ${JSON.stringify(header)}`);
    }
    entries.push(
      second === undefined
        ? { oldMode, newMode, status, path: first }
        : { oldMode, newMode, status, path: second, previousPath: first },
    );
    index += twoPaths ? 3 : 2;
  }
  return entries;
}
