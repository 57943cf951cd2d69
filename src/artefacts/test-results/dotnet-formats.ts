// .NET test report formats. Each test is one element whose attribute names the outcome; values not listed
// below count as skipped: the test did not reach a verdict this tool knows, so it is neither a pass nor a
// failure.
import { type FormatCounter, type Outcome, attributeCounter, noOutcomes } from './outcomes.js';

// Visual Studio TRX (`dotnet test --logger trx`): <UnitTestResult outcome=…>. Data-driven tests nest their
// rows as <UnitTestResult>s inside <InnerResults>; only results without inner results count, so each row is
// one test and the parent that sums them is not counted again.
const TRX_OUTCOMES: ReadonlyMap<string, Outcome> = new Map([
  ['Passed', 'passed'],
  ['PassedButRunAborted', 'passed'],
  ['Warning', 'passed'],
  ['Failed', 'failed'],
  ['Timeout', 'failed'],
  ['Error', 'errors'],
  ['Aborted', 'errors'],
  ['Disconnected', 'errors'],
]);

export function trxCounter(): FormatCounter {
  const counts = noOutcomes();
  const open: Array<{ depth: number; outcome: Outcome; hasInner: boolean }> = [];
  return {
    counts,
    open(name, attributes, depth) {
      if (name !== 'UnitTestResult') return;
      const parent = open[open.length - 1];
      if (parent) parent.hasInner = true;
      open.push({ depth, outcome: TRX_OUTCOMES.get(attributes.get('outcome') ?? '') ?? 'skipped', hasInner: false });
    },
    close(name, depth) {
      const current = open[open.length - 1];
      if (name !== 'UnitTestResult' || current?.depth !== depth) return;
      open.pop();
      if (!current.hasInner) counts[current.outcome] += 1;
    },
  };
}

// NUnit 3 (<test-run>): result Passed|Failed|Skipped|Inconclusive|Warning. A failure labelled Error (an
// exception), Invalid (the test could not run) or Cancelled counts as an error. Warning is a pass (NUnit
// does not fail the run for it).
export function nunit3Counter(): FormatCounter {
  return attributeCounter('test-case', (attributes) => {
    const result = attributes.get('result');
    if (result === 'Passed' || result === 'Warning') return 'passed';
    if (result !== 'Failed') return 'skipped';
    const label = attributes.get('label');
    return label === 'Error' || label === 'Invalid' || label === 'Cancelled' ? 'errors' : 'failed';
  });
}

// NUnit 2 (<test-results>): result Success|Failure|Error|Cancelled|NotRunnable|Ignored|Skipped|Inconclusive.
const NUNIT2_OUTCOMES: ReadonlyMap<string, Outcome> = new Map([
  ['Success', 'passed'],
  ['Failure', 'failed'],
  ['Error', 'errors'],
  ['Cancelled', 'errors'],
  ['NotRunnable', 'errors'],
]);

export function nunit2Counter(): FormatCounter {
  return attributeCounter('test-case', (attributes) => NUNIT2_OUTCOMES.get(attributes.get('result') ?? '') ?? 'skipped');
}

// xUnit.net v2 XML (<assemblies>): <test result="Pass|Fail|Skip|NotRun">.
export function xunit2Counter(): FormatCounter {
  return attributeCounter('test', (attributes) => {
    const result = attributes.get('result');
    if (result === 'Pass') return 'passed';
    return result === 'Fail' ? 'failed' : 'skipped';
  });
}
