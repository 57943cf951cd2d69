// Reads one test report: picks the format from the root element, counts its test cases.
import { localName, readXml } from '../../collectors/xml/read-xml.js';
import { nunit2Counter, nunit3Counter, trxCounter, xunit2Counter } from './dotnet-formats.js';
import { JUNIT_ROOTS, junitCounter } from './junit.js';
import type { FormatCounter, OutcomeCounts } from './outcomes.js';

export type TestReportFormat = 'JUnit XML' | 'TRX' | 'NUnit 3 XML' | 'NUnit 2 XML' | 'xUnit.net XML';

export type TestReportRead =
  | { ok: true; format: TestReportFormat; counts: OutcomeCounts }
  | { ok: false; reason: 'invalid'; message: string; line: number }
  | { ok: false; reason: 'unrecognised'; message: string };

function counterForRoot(root: string): { format: TestReportFormat; counter: FormatCounter } | undefined {
  if (JUNIT_ROOTS.has(root)) return { format: 'JUnit XML', counter: junitCounter() };
  if (root === 'TestRun') return { format: 'TRX', counter: trxCounter() };
  if (root === 'test-run') return { format: 'NUnit 3 XML', counter: nunit3Counter() };
  if (root === 'test-results') return { format: 'NUnit 2 XML', counter: nunit2Counter() };
  if (root === 'assemblies') return { format: 'xUnit.net XML', counter: xunit2Counter() };
  return undefined;
}

export function readTestReport(text: string): TestReportRead {
  let root: string | undefined;
  let chosen: ReturnType<typeof counterForRoot>;
  let depth = 0;
  const outcome = readXml(text, {
    open(name, attributes) {
      const local = localName(name);
      if (depth === 0) {
        root = local;
        chosen = counterForRoot(local);
      }
      chosen?.counter.open(local, attributes, depth);
      depth += 1;
    },
    close(name) {
      depth -= 1;
      chosen?.counter.close(localName(name), depth);
    },
  });
  if (!outcome.ok) return { ok: false, reason: 'invalid', message: outcome.message, line: outcome.line };
  if (chosen === undefined) {
    return { ok: false, reason: 'unrecognised', message: `root element <${root ?? ''}> is not a test report format this tool reads` };
  }
  return { ok: true, format: chosen.format, counts: chosen.counter.counts };
}
