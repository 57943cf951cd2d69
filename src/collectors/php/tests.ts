// `tests.cases` and `tests.skipped` in PHP test files: the methods PHPUnit runs, read statically.
import type { Finding } from '../../evidence.js';
import { findingAt, type PhpScan } from './context.js';
import type { FunctionDeclaration } from './declarations.js';
import { isMemberName, isPunct, lastSegment, NAME, OPEN_PAREN, tokenText } from './tokens.js';

/** `@test` as a whole annotation: not `@testdox` or `@testWith`. */
const TEST_ANNOTATION = /@test(?![A-Za-z0-9_-])/;
const SKIP_CALLS = new Set(['marktestskipped', 'marktestincomplete']);

export function collectTests(scan: PhpScan, functions: readonly FunctionDeclaration[]): Finding[] {
  if (!scan.file.isTestFile) return [];
  const findings: Finding[] = [];
  for (const method of functions) {
    if (!isTestMethod(method)) continue;
    const offset = scan.tokens.starts[method.keyword] ?? 0;
    findings.push(findingAt(scan, 'tests.cases', offset, `test \`${method.name}\``));
    const skip = skipCall(scan, method);
    if (skip !== undefined) findings.push(findingAt(scan, 'tests.skipped', offset, `skipped test \`${method.name}\` (${skip})`));
  }
  return findings;
}

/**
 * A public method with a body, in a class or trait, named `test…` or marked `@test` in its docblock
 * or with a `#[Test]` attribute (any namespace ending in `\Test`).
 */
function isTestMethod(method: FunctionDeclaration): boolean {
  if (!method.isMethod || method.bodyOpen === -1) return false;
  if (method.modifiers.includes('private') || method.modifiers.includes('protected')) return false;
  if (method.name.startsWith('test')) return true;
  if (method.attributes.some((attribute) => lastSegment(attribute) === 'Test')) return true;
  return method.docBlock !== undefined && TEST_ANNOTATION.test(method.docBlock);
}

/** The first `->markTestSkipped(` / `::markTestIncomplete(`… call in the method's body. */
function skipCall(scan: PhpScan, method: FunctionDeclaration): string | undefined {
  const { tokens, text } = scan;
  for (let index = method.bodyOpen + 1; index < method.bodyClose; index++) {
    if (tokens.kinds[index] !== NAME || !isMemberName(tokens, index) || !isPunct(tokens, index + 1, OPEN_PAREN)) continue;
    const name = tokenText(text, tokens, index);
    if (SKIP_CALLS.has(name.toLowerCase())) return name;
  }
  return undefined;
}
