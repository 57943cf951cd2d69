// JUnit XML, as written by jest-junit, pytest --junitxml, Maven Surefire, Gradle, Ant, go-junit-report,
// gotestsum, PHPUnit, mocha-junit-reporter, cargo-nextest, Catch2, Bazel and googletest.
//
// Every <testcase> element counts once, at any depth (PHPUnit and others nest <testsuite>s). The counts on
// <testsuite tests= failures=…> are not used: writers disagree on whether skipped tests count in `tests`
// and whether `failures` includes errors, and some write numbers that do not match their own test cases.
//
// A test case is, by its direct children: failed with <failure>, an error with <error>, skipped with
// <skipped>; otherwise passed. Surefire's <flakyFailure>/<flakyError> mean the test passed on a rerun and
// <rerunFailure>/<rerunError> sit next to the final <failure>/<error>, so none of the four changes the
// outcome. googletest marks tests it did not run with status="notrun" or result="skipped"/"suppressed".
import { type FormatCounter, type Outcome, moreSevere, noOutcomes } from './outcomes.js';

const CHILD_OUTCOMES: ReadonlyMap<string, Outcome> = new Map([
  ['failure', 'failed'],
  ['error', 'errors'],
  ['skipped', 'skipped'],
]);

const NOT_RUN_STATUSES = new Set(['notrun']);
const NOT_RUN_RESULTS = new Set(['skipped', 'suppressed']);

export const JUNIT_ROOTS = new Set(['testsuites', 'testsuite']);

export function junitCounter(): FormatCounter {
  const counts = noOutcomes();
  // Open test cases, innermost last (a <testcase> inside a <testcase> is not a real report, but counts).
  const open: Array<{ depth: number; outcome: Outcome }> = [];
  return {
    counts,
    open(name, attributes, depth) {
      if (name === 'testcase') {
        open.push({ depth, outcome: outcomeFromAttributes(attributes) });
        return;
      }
      const current = open[open.length - 1];
      const childOutcome = CHILD_OUTCOMES.get(name);
      if (current && childOutcome && depth === current.depth + 1) current.outcome = moreSevere(current.outcome, childOutcome);
    },
    close(name, depth) {
      const current = open[open.length - 1];
      if (name === 'testcase' && current?.depth === depth) {
        counts[current.outcome] += 1;
        open.pop();
      }
    },
  };
}

function outcomeFromAttributes(attributes: ReadonlyMap<string, string>): Outcome {
  const status = attributes.get('status')?.toLowerCase();
  const result = attributes.get('result')?.toLowerCase();
  if ((status !== undefined && NOT_RUN_STATUSES.has(status)) || (result !== undefined && NOT_RUN_RESULTS.has(result))) {
    return 'skipped';
  }
  return 'passed';
}
