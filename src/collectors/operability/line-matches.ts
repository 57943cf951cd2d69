/**
 * The matches of a global regex in one line, as `line.matchAll(regex)` gives them, without the copy of the
 * regex that matchAll makes on every call: run on every line of every source file, those copies were the
 * operability collector's largest cost (see scripts/bench.mjs).
 */
export function lineMatches(regex: RegExp, line: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(line); match !== null; match = regex.exec(line)) {
    matches.push(match);
    // As matchAll does, step over an empty match so the search moves on.
    if (match[0] === '') regex.lastIndex += 1;
  }
  return matches;
}
