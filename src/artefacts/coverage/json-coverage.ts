// Coverage reports in JSON, told apart by shape (several tools name theirs coverage.json):
// - coverage.py (`coverage json`): totals.covered_lines / num_statements (statements, not lines), and
//   covered_branches / num_branches when it measured branches (meta.branch_coverage).
// - Istanbul coverage-summary.json (`json-summary` reporter): total.lines and total.branches {covered,total}.
// - Istanbul coverage-final.json (`json` reporter): per file, a line is covered when a statement starting on
//   it ran (how Istanbul itself derives line coverage); every entry of every `b` array is one branch.
// - SimpleCov .resultset.json: per test command, per file, a `lines` array (null = not code); the commands are
//   merged per file and line like SimpleCov does (a line is covered when any command ran it). No branches.
import { type CoverageCount, type CoverageRead, type CoverageTotals, countFrom, coverageCount, invalid } from './totals.js';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readJsonCoverage(text: string): CoverageRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return invalid(`not valid JSON: ${(error as Error).message}`);
  }
  if (!isObject(parsed)) return unrecognised('the JSON is not an object');
  if (isObject(parsed.totals) && 'num_statements' in parsed.totals) return coveragePy(parsed);
  if (isObject(parsed.total) && isObject(parsed.total.lines)) return istanbulSummary(parsed.total);
  const values = Object.values(parsed);
  if (values.length > 0 && values.every((file) => isObject(file) && isObject(file.statementMap))) return istanbulFinal(values as Json[]);
  if (values.length > 0 && values.every((run) => isObject(run) && isObject(run.coverage))) return simpleCov(values as Json[]);
  return unrecognised('the JSON has none of the shapes of coverage.py, Istanbul or SimpleCov reports');
}

function unrecognised(message: string): CoverageRead {
  return { ok: false, reason: 'unrecognised', message };
}

function coveragePy(report: Json): CoverageRead {
  const totals = report.totals as Json;
  const lines = coverageCount(totals.covered_lines, totals.num_statements);
  if (lines === undefined) return invalid('coverage.py totals.covered_lines/num_statements are not counts');
  const result: CoverageTotals = { format: 'coverage.py JSON', unit: 'statements', lines };
  const measuredBranches = isObject(report.meta) ? report.meta.branch_coverage === true : 'num_branches' in totals;
  if (measuredBranches) {
    const branches = coverageCount(totals.covered_branches, totals.num_branches);
    if (branches === undefined) return invalid('coverage.py totals.covered_branches/num_branches are not counts');
    result.branches = branches;
  }
  return { ok: true, totals: result };
}

function istanbulSummary(total: Json): CoverageRead {
  const pair = (metric: unknown) => (isObject(metric) ? coverageCount(metric.covered, metric.total) : undefined);
  const lines = pair(total.lines);
  if (lines === undefined) return invalid('Istanbul total.lines has no covered/total counts');
  const result: CoverageTotals = { format: 'Istanbul summary JSON', unit: 'lines', lines };
  if (total.branches !== undefined) {
    const branches = pair(total.branches);
    if (branches === undefined) return invalid('Istanbul total.branches has no covered/total counts');
    result.branches = branches;
  }
  return { ok: true, totals: result };
}

function istanbulFinal(files: readonly Json[]): CoverageRead {
  const lines: CoverageCount = { covered: 0, total: 0 };
  const branches: CoverageCount = { covered: 0, total: 0 };
  for (const file of files) {
    const statements = file.statementMap as Json;
    const hits = isObject(file.s) ? file.s : {};
    const lineRan = new Map<number, boolean>();
    for (const [id, statement] of Object.entries(statements)) {
      const start = isObject(statement) && isObject(statement.start) ? countFrom(statement.start.line) : undefined;
      if (start === undefined) return invalid(`Istanbul statement ${id} has no start line`);
      lineRan.set(start, (lineRan.get(start) ?? false) || (countFrom(hits[id]) ?? 0) > 0);
    }
    lines.total += lineRan.size;
    for (const ran of lineRan.values()) if (ran) lines.covered += 1;
    for (const counts of Object.values(isObject(file.b) ? file.b : {})) {
      if (!Array.isArray(counts)) return invalid('Istanbul branch counts are not arrays');
      branches.total += counts.length;
      for (const count of counts) if ((countFrom(count) ?? 0) > 0) branches.covered += 1;
    }
  }
  return { ok: true, totals: { format: 'Istanbul JSON', unit: 'lines', lines, branches } };
}

function simpleCov(runs: readonly Json[]): CoverageRead {
  const byFile = new Map<string, Array<boolean | undefined>>();
  for (const run of runs) {
    for (const [file, entry] of Object.entries(run.coverage as Json)) {
      // SimpleCov < 0.18 stores the lines array itself; later versions wrap it as { lines, branches }.
      const counts = Array.isArray(entry) ? entry : isObject(entry) ? entry.lines : undefined;
      if (!Array.isArray(counts)) return invalid(`SimpleCov coverage of \`${file}\` has no lines array`);
      const merged = byFile.get(file) ?? [];
      counts.forEach((count, index) => {
        // null (not code) and "ignored" (a :nocov: block) are not relevant lines.
        if (typeof count === 'number') merged[index] = (merged[index] ?? false) || count > 0;
      });
      byFile.set(file, merged);
    }
  }
  const lines: CoverageCount = { covered: 0, total: 0 };
  for (const merged of byFile.values()) {
    for (const ran of merged) {
      if (ran === undefined) continue;
      lines.total += 1;
      if (ran) lines.covered += 1;
    }
  }
  return { ok: true, totals: { format: 'SimpleCov JSON', unit: 'lines', lines } };
}
