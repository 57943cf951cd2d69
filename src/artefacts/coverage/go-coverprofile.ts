// Go coverprofiles (`go test -coverprofile`): a `mode:` line, then one line per block,
// `file:startLine.startCol,endLine.endCol statements count`. Coverage is by statement, as `go test -cover`
// prints it: a block's statements are covered when its count is above 0. A block listed more than once
// (profiles concatenated, or a package covered by several test binaries with -coverpkg) counts once,
// covered when any of its lines has a count above 0, as `go tool cover` merges them.
import { type CoverageRead, invalid } from './totals.js';

const BLOCK = /^(.+:\d+\.\d+,\d+\.\d+) (\d+) (\d+)$/;

export function looksLikeGoCoverprofile(text: string): boolean {
  return /^mode: (set|count|atomic)\s*$/m.test(text.slice(0, 200).split('\n')[0] ?? '');
}

export function readGoCoverprofile(text: string): CoverageRead {
  const blocks = new Map<string, { statements: number; covered: boolean }>();
  const rows = text.split('\n');
  for (let index = 0; index < rows.length; index++) {
    const row = (rows[index] as string).trim();
    if (row === '' || row.startsWith('mode:')) continue;
    const match = BLOCK.exec(row);
    if (match === null) return invalid(`not a coverprofile block \`file:l.c,l.c statements count\`: \`${row.slice(0, 80)}\``, index + 1);
    const [, key, statements, count] = match as unknown as [string, string, string, string];
    // Counts can exceed 2^53 under mode: count; only whether they are zero matters.
    const covered = !/^0+$/.test(count);
    const known = blocks.get(key);
    blocks.set(key, { statements: known?.statements ?? Number(statements), covered: (known?.covered ?? false) || covered });
  }
  const lines = { covered: 0, total: 0 };
  for (const block of blocks.values()) {
    lines.total += block.statements;
    if (block.covered) lines.covered += block.statements;
  }
  return { ok: true, totals: { format: 'Go coverprofile', unit: 'statements', lines } };
}
