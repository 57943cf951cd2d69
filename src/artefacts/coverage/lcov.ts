// lcov tracefiles (`lcov.info`): one record per source file, from `SF:` to `end_of_record`. A record's
// lines are its LF (found) and LH (hit) summary; a record without LF is counted from its DA lines (each
// line number once, covered when a DA for it has a count above 0). Branches likewise: BRF/BRH, else BRDA
// lines (a branch is taken when its count is a number above 0; `-` means its block never ran).
// Records are summed as written: a file that lists the same source file twice counts it twice.
import { type CoverageCount, type CoverageRead, countFrom, invalid } from './totals.js';

interface LcovRecord {
  lf?: number;
  lh?: number;
  brf?: number;
  brh?: number;
  daLines: Map<number, boolean>;
  branches: { total: number; taken: number };
}

function newRecord(): LcovRecord {
  return { daLines: new Map(), branches: { total: 0, taken: 0 } };
}

const SUMMARY_FIELDS = { LF: 'lf', LH: 'lh', BRF: 'brf', BRH: 'brh' } as const;

export function looksLikeLcov(text: string): boolean {
  return /^(TN|SF):/m.test(text) && text.includes('end_of_record');
}

export function readLcov(text: string): CoverageRead {
  const lines: CoverageCount = { covered: 0, total: 0 };
  const branches: CoverageCount = { covered: 0, total: 0 };
  let hasBranches = false;
  let record = newRecord();
  const finish = () => {
    const daHits = [...record.daLines.values()];
    lines.total += record.lf ?? daHits.length;
    lines.covered += record.lf !== undefined ? (record.lh ?? 0) : daHits.filter(Boolean).length;
    if (record.brf !== undefined || record.branches.total > 0) hasBranches = true;
    branches.total += record.brf ?? record.branches.total;
    branches.covered += record.brf !== undefined ? (record.brh ?? 0) : record.branches.taken;
    record = newRecord();
  };
  const rows = text.split('\n');
  for (let index = 0; index < rows.length; index++) {
    const row = (rows[index] as string).trim();
    const colon = row.indexOf(':');
    const tag = colon === -1 ? row : row.slice(0, colon);
    const value = row.slice(colon + 1);
    if (tag === 'end_of_record') {
      finish();
    } else if (tag === 'LF' || tag === 'LH' || tag === 'BRF' || tag === 'BRH') {
      const count = countFrom(value);
      if (count === undefined) return invalid(`lcov ${tag} is not a count: \`${value}\``, index + 1);
      record[SUMMARY_FIELDS[tag]] = count;
    } else if (tag === 'DA') {
      const [lineNumber, hits] = value.split(',');
      const lineCount = countFrom(lineNumber);
      // Hit counts can exceed 2^53 (a wrapped counter, 18446744073709551615), so only their sign matters.
      if (lineCount === undefined || hits === undefined || !/^-?\d+$/.test(hits.trim())) {
        return invalid(`lcov DA line is not \`line,count\`: \`${value}\``, index + 1);
      }
      const hit = !/^-|^0+$/.test(hits.trim());
      record.daLines.set(lineCount, (record.daLines.get(lineCount) ?? false) || hit);
    } else if (tag === 'BRDA') {
      const taken = value.split(',')[3]?.trim();
      if (taken === undefined) return invalid(`lcov BRDA line is not \`line,block,branch,taken\`: \`${value}\``, index + 1);
      record.branches.total += 1;
      if (/^\d+$/.test(taken) && !/^0+$/.test(taken)) record.branches.taken += 1;
    }
  }
  if (record.lf !== undefined || record.daLines.size > 0 || record.brf !== undefined || record.branches.total > 0) finish();
  if (lines.covered > lines.total || branches.covered > branches.total) return invalid('lcov hit counts exceed found counts');
  return { ok: true, totals: { format: 'lcov', unit: 'lines', lines, ...(hasBranches ? { branches } : {}) } };
}
