// Unified-diff hunks, shared by the git patch reader and the pull-request files API (whose `patch` is the same
// hunk list without file headers). Only the head line numbers of `+` lines are kept, never their text.

/** Where the reader is inside one hunk: how many base and head lines are still to come. */
export interface HunkCursor {
  oldLeft: number;
  newLeft: number;
  /** Head line number of the next `+` or context line. */
  nextNewLine: number;
}

// `@@ -a,b +c,d @@`: a count left out means 1; `+c,0` adds nothing (c is then the line before the gap).
const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

export function parseHunkHeader(line: string): HunkCursor | undefined {
  const match = HUNK_HEADER.exec(line);
  if (match === null) return undefined;
  return {
    oldLeft: match[2] === undefined ? 1 : Number(match[2]),
    newLeft: match[4] === undefined ? 1 : Number(match[4]),
    nextNewLine: Number(match[3]),
  };
}

export function hunkFinished(cursor: HunkCursor): boolean {
  return cursor.oldLeft <= 0 && cursor.newLeft <= 0;
}

/**
 * Consumes one line of a hunk body, pushing the head line number of an added line onto `addedLines`.
 * Returns false for a line that cannot be in a hunk body, so the caller can say where the patch is malformed.
 */
export function consumeHunkLine(cursor: HunkCursor, line: string, addedLines: number[]): boolean {
  switch (line[0]) {
    case '+':
      addedLines.push(cursor.nextNewLine);
      cursor.nextNewLine++;
      cursor.newLeft--;
      return true;
    case '-':
      cursor.oldLeft--;
      return true;
    // Some tools strip the single space of an empty context line; `git apply` accepts that too.
    case ' ':
    case undefined:
      cursor.oldLeft--;
      cursor.newLeft--;
      cursor.nextNewLine++;
      return true;
    // "\ No newline at end of file" describes the line before it; it is not a line of the file.
    case '\\':
      return true;
    default:
      return false;
  }
}

/** Head line numbers added by a hunk list such as the files API's `patch`; throws on a malformed patch. */
export function addedLinesOfPatch(patch: string): number[] {
  const addedLines: number[] = [];
  let cursor: HunkCursor | undefined;
  const lines = patch.split('\n');
  // A patch that ends with a newline leaves one empty string after the split; it is not a line.
  if (lines[lines.length - 1] === '') lines.pop();
  lines.forEach((line, index) => {
    if (cursor !== undefined && !hunkFinished(cursor)) {
      if (consumeHunkLine(cursor, line, addedLines)) return;
      throw new Error(`malformed patch, line ${index + 1}: not a hunk line`);
    }
    if (line.startsWith('\\')) return;
    cursor = parseHunkHeader(line);
    if (cursor === undefined) throw new Error(`malformed patch, line ${index + 1}: expected a hunk header`);
  });
  return addedLines;
}
