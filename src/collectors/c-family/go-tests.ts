// Go test evidence, read the way `go test` finds tests: top-level functions in `_test.go` files named
// Test/Benchmark/Fuzz/Example + a suffix that does not start with a lower-case letter, with the
// signature the tool requires. Methods (`func (s *Suite) TestX()`) are never run by `go test` directly.
import type { Finding } from '../../evidence.js';
import { findingAtToken, type ScanContext } from './context.js';
import {
  CLOSE_BRACE,
  CLOSE_PAREN,
  COMMA,
  DOT,
  IDENT,
  isKind,
  isPunct,
  isWord,
  OPEN_BRACE,
  OPEN_PAREN,
  PUNCT,
  STAR,
  tokensSpelled,
  tokenText,
} from './tokens.js';

interface TestKind {
  prefix: string;
  metric: string;
  noun: string;
  /** The `testing` type of the one parameter, or undefined for no parameters (examples). */
  parameterType: string | undefined;
}

const TEST_KINDS: readonly TestKind[] = [
  { prefix: 'Test', metric: 'tests.cases', noun: 'test', parameterType: 'T' },
  { prefix: 'Benchmark', metric: 'tests.benchmarks', noun: 'benchmark', parameterType: 'B' },
  { prefix: 'Fuzz', metric: 'tests.fuzz', noun: 'fuzz test', parameterType: 'F' },
  { prefix: 'Example', metric: 'tests.examples', noun: 'example', parameterType: undefined },
];

const SKIP_METHODS = new Set(['Skip', 'Skipf', 'SkipNow']);

export function collectGoTests(context: ScanContext): Finding[] {
  if (!context.file.isTestFile) return [];
  const { tokens, text } = context;
  const testingT = testingTNames(context);
  const findings: Finding[] = [];
  let depth = 0;
  for (let index = 0; index < tokens.count; index++) {
    if (tokens.kinds[index] === PUNCT) {
      const value = tokens.values[index];
      if (value === OPEN_BRACE) depth++;
      else if (value === CLOSE_BRACE && depth > 0) depth--;
      continue;
    }
    if (tokens.kinds[index] !== IDENT) continue;
    if (depth === 0 && isWord(text, tokens, index, 'func')) {
      const finding = testFunction(context, index + 1);
      if (finding !== undefined) findings.push(finding);
    } else if (isPunct(tokens, index - 1, DOT) && isPunct(tokens, index + 1, OPEN_PAREN)) {
      const method = tokenText(text, tokens, index);
      const receiver = index - 2;
      if (SKIP_METHODS.has(method)) {
        const call = `${tokenText(text, tokens, receiver)}.${method}`;
        findings.push(findingAtToken(context, 'tests.skip-calls', receiver, `\`${call}\` skips the test`));
      } else if (method === 'Run' && isPlainVariable(context, receiver) && testingT.has(tokenText(text, tokens, receiver))) {
        const call = `${tokenText(text, tokens, receiver)}.Run`;
        findings.push(findingAtToken(context, 'tests.subtests', receiver, `subtest \`${call}(…)\``));
      }
    }
  }
  return findings;
}

/** `TestXxx(t *testing.T) {` and friends, with `name` at the token after `func`. */
function testFunction(context: ScanContext, name: number): Finding | undefined {
  const { tokens, text } = context;
  if (!isKind(tokens, name, IDENT) || !isPunct(tokens, name + 1, OPEN_PAREN)) return undefined;
  const functionName = tokenText(text, tokens, name);
  const kind = TEST_KINDS.find((candidate) => hasTestName(functionName, candidate.prefix));
  if (kind === undefined) return undefined;
  const close = kind.parameterType === undefined ? name + 2 : testingParameterEnd(context, name + 2, kind.parameterType);
  if (!isPunct(tokens, close, CLOSE_PAREN) || !isPunct(tokens, close + 1, OPEN_BRACE)) return undefined;
  return findingAtToken(context, kind.metric, name, `${kind.noun} \`${functionName}\``);
}

/** Go's rule (`testing`'s isTest): the prefix alone, or followed by a character that is not lower-case. */
function hasTestName(name: string, prefix: string): boolean {
  if (!name.startsWith(prefix)) return false;
  if (name.length === prefix.length) return true;
  const next = String.fromCodePoint(name.codePointAt(prefix.length) ?? 0);
  return next === next.toUpperCase() || next.toLowerCase() !== next;
}

/** Index of the `)` after `[name] *testing.<type>` starting at `from`, or -1. */
function testingParameterEnd(context: ScanContext, from: number, type: string): number {
  const { tokens, text } = context;
  const star = isKind(tokens, from, IDENT) ? from + 1 : from;
  const matches =
    isPunct(tokens, star, STAR) &&
    isWord(text, tokens, star + 1, 'testing') &&
    isPunct(tokens, star + 2, DOT) &&
    isWord(text, tokens, star + 3, type);
  return matches ? star + 4 : -1;
}

/** Names declared anywhere in the file as a `*testing.T` parameter: `(t *testing.T`, `, t *testing.T`. */
function testingTNames(context: ScanContext): Set<string> {
  const { tokens, text } = context;
  const names = new Set<string>();
  for (const index of tokensSpelled(text, tokens, IDENT, 'testing')) {
    if (index < 1 || index + 4 >= tokens.count || !isPunct(tokens, index - 1, STAR)) continue;
    if (!isPunct(tokens, index + 1, DOT) || !isWord(text, tokens, index + 2, 'T')) continue;
    const name = index - 2;
    if (isKind(tokens, name, IDENT) && (isPunct(tokens, name - 1, OPEN_PAREN) || isPunct(tokens, name - 1, COMMA))) {
      names.add(tokenText(text, tokens, name));
    }
  }
  return names;
}

/** An identifier that is not itself a field (`x.t.Run` is not a call on a variable `t`). */
function isPlainVariable(context: ScanContext, index: number): boolean {
  return isKind(context.tokens, index, IDENT) && !isPunct(context.tokens, index - 1, DOT);
}
