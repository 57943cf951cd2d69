// Offsets to 1-based lines and columns. Line starts are found once with indexOf, then each finding's
// line is a binary search, so lexing never has to count newlines.

export type LineStarts = readonly number[];

export function indexLines(text: string): LineStarts {
  const starts = [0];
  let newline = text.indexOf('\n');
  while (newline !== -1) {
    starts.push(newline + 1);
    newline = text.indexOf('\n', newline + 1);
  }
  return starts;
}

export function lineAt(starts: LineStarts, offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

export function columnAt(starts: LineStarts, offset: number): number {
  return offset - (starts[lineAt(starts, offset) - 1] ?? 0) + 1;
}
