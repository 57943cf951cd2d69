// Coverage reports in XML: Cobertura and Clover (both with a <coverage> root) and JaCoCo (<report>).
//
// Cobertura: the root's lines-covered/lines-valid and branches-covered/branches-valid. Old writers (coverage.py
// before 5.0) give only line-rate; then the <line> elements of each <class>'s <lines> are counted (covered
// when hits > 0; a <method>'s lines repeat its class's and are not counted), and branches from each line's
// condition-coverage="50% (1/2)". A rate alone is never used: it cannot be added to another report's counts.
// Clover: the <metrics> of <project>: statements/coveredstatements, conditionals/coveredconditionals.
// JaCoCo: the report-level <counter type="LINE"> and type="BRANCH" (missed + covered = total; JaCoCo omits
// a counter whose total is 0); the counters inside packages and classes are subtotals of these.
import { localName, readXml } from '../../collectors/xml/read-xml.js';
import { type CoverageCount, type CoverageRead, type CoverageTotals, countFrom, coverageCount, invalid } from './totals.js';

interface Collected {
  root?: string;
  rootAttributes?: ReadonlyMap<string, string>;
  cloverMetrics?: ReadonlyMap<string, string>;
  jacoco: Map<string, ReadonlyMap<string, string>>;
  classLines: CoverageCount;
  classBranches: CoverageCount;
  hasClassBranches: boolean;
  malformedCondition?: string;
}

export function readXmlCoverage(text: string): CoverageRead {
  const collected: Collected = {
    jacoco: new Map(),
    classLines: { covered: 0, total: 0 },
    classBranches: { covered: 0, total: 0 },
    hasClassBranches: false,
  };
  const path: string[] = [];
  const outcome = readXml(text, {
    open(name, attributes) {
      const local = localName(name);
      if (path.length === 0) {
        collected.root = local;
        collected.rootAttributes = attributes;
      }
      const parent = path[path.length - 1];
      const grandparent = path[path.length - 2];
      if (local === 'metrics' && parent === 'project' && path.length === 2) collected.cloverMetrics = attributes;
      if (local === 'counter' && path.length === 1) collected.jacoco.set(attributes.get('type') ?? '', attributes);
      if (local === 'line' && parent === 'lines' && grandparent === 'class') countClassLine(attributes, collected);
      path.push(local);
    },
    close() {
      path.pop();
    },
  });
  if (!outcome.ok) return { ok: false, reason: 'invalid', message: outcome.message, line: outcome.line };
  if (collected.root === 'report') return jacocoTotals(collected);
  if (collected.root !== 'coverage') {
    return { ok: false, reason: 'unrecognised', message: `root element <${collected.root ?? ''}> is not a coverage format this tool reads` };
  }
  return collected.cloverMetrics ? cloverTotals(collected.cloverMetrics) : coberturaTotals(collected);
}

function countClassLine(attributes: ReadonlyMap<string, string>, collected: Collected): void {
  collected.classLines.total += 1;
  if ((countFrom(attributes.get('hits')) ?? 0) > 0) collected.classLines.covered += 1;
  const condition = attributes.get('condition-coverage');
  if (attributes.get('branch') !== 'true' || condition === undefined) return;
  const match = /\((\d+)\/(\d+)\)/.exec(condition);
  const count = match ? coverageCount(match[1], match[2]) : undefined;
  if (count === undefined) {
    collected.malformedCondition ??= condition;
    return;
  }
  collected.hasClassBranches = true;
  collected.classBranches.covered += count.covered;
  collected.classBranches.total += count.total;
}

function coberturaTotals(collected: Collected): CoverageRead {
  const root = collected.rootAttributes ?? new Map<string, string>();
  const lines = root.has('lines-valid') ? coverageCount(root.get('lines-covered'), root.get('lines-valid')) : collected.classLines;
  if (lines === undefined) return invalid('Cobertura lines-covered/lines-valid are not counts (covered ≤ valid)');
  const totals: CoverageTotals = { format: 'Cobertura XML', unit: 'lines', lines };
  if (root.has('branches-valid')) {
    const branches = coverageCount(root.get('branches-covered'), root.get('branches-valid'));
    if (branches === undefined) return invalid('Cobertura branches-covered/branches-valid are not counts (covered ≤ valid)');
    totals.branches = branches;
  } else if (collected.malformedCondition !== undefined) {
    return invalid(`Cobertura condition-coverage is not \`N% (covered/total)\`: \`${collected.malformedCondition}\``);
  } else if (collected.hasClassBranches) {
    totals.branches = collected.classBranches;
  }
  return { ok: true, totals };
}

function cloverTotals(metrics: ReadonlyMap<string, string>): CoverageRead {
  const lines = coverageCount(metrics.get('coveredstatements'), metrics.get('statements'));
  if (lines === undefined) return invalid('Clover project metrics have no statements/coveredstatements counts');
  const branches = coverageCount(metrics.get('coveredconditionals'), metrics.get('conditionals'));
  const totals: CoverageTotals = { format: 'Clover XML', unit: 'statements', lines };
  if (branches) totals.branches = branches;
  return { ok: true, totals };
}

function jacocoTotals(collected: Collected): CoverageRead {
  // JaCoCo writes a counter only when its total is above 0, so a missing one means none of that kind.
  const counter = (type: string): CoverageCount | undefined => {
    const attributes = collected.jacoco.get(type);
    if (attributes === undefined) return { covered: 0, total: 0 };
    const missed = countFrom(attributes.get('missed'));
    const covered = countFrom(attributes.get('covered'));
    return missed === undefined || covered === undefined ? undefined : { covered, total: missed + covered };
  };
  const lines = counter('LINE');
  const branches = counter('BRANCH');
  if (lines === undefined || branches === undefined) return invalid('JaCoCo report-level <counter> has no missed/covered counts');
  return { ok: true, totals: { format: 'JaCoCo XML', unit: 'lines', lines, branches } };
}
