// Rust code evidence: tests (`#[test]` and `<path>::test` functions in any file), ignored tests, benchmarks,
// placeholder functions and `panic!` in non-test code. Test code is a test file, or the body of an item
// marked `#[cfg(test)]` (usually `mod tests`), of a test function, or of a module with `#![cfg(test)]`.
import type { Finding } from '../../evidence.js';
import { findingAtToken, type ScanContext } from './context.js';
import {
  attributeAt,
  bodyAfter,
  isCfgTest,
  isInnerAttribute,
  isTestAttribute,
  itemAfter,
  itemName,
  type Attribute,
} from './rust-items.js';
import {
  BANG,
  CLOSE_BRACE,
  DOUBLE_COLON,
  HASH,
  IDENT,
  isKind,
  isPunct,
  isWord,
  OPEN_BRACE,
  OPEN_BRACKET,
  OPEN_PAREN,
  partnerOf,
  PUNCT,
  SEMICOLON,
  tokenText,
} from './tokens.js';

const PLACEHOLDER_MACROS = new Set(['todo', 'unimplemented']);

export function collectRustEvidence(context: ScanContext): Finding[] {
  const testCode = new Int32Array(context.tokens.count + 1);
  const findings = collectTests(context, testCode);
  if (context.file.isTest) return findings;
  // Prefix sums turn the +1/-1 marks at region edges into "inside a test region" per token.
  for (let index = 1; index < testCode.length; index++) testCode[index] = (testCode[index] ?? 0) + (testCode[index - 1] ?? 0);
  return findings.concat(collectPlaceholdersAndPanics(context, testCode));
}

function markTestRegion(testCode: Int32Array, from: number, to: number): void {
  if (from < 0 || to < from) return;
  testCode[from] = (testCode[from] ?? 0) + 1;
  testCode[to + 1] = (testCode[to + 1] ?? 0) - 1;
}

function collectTests(context: ScanContext, testCode: Int32Array): Finding[] {
  const { tokens, text } = context;
  const findings: Finding[] = [];
  const openBraces: number[] = [];
  for (let index = 0; index < tokens.count; index++) {
    if (tokens.kinds[index] !== PUNCT) continue;
    if (isPunct(tokens, index, OPEN_BRACE)) openBraces.push(index);
    else if (isPunct(tokens, index, CLOSE_BRACE)) openBraces.pop();
    if (!isPunct(tokens, index, HASH)) continue;
    const first = attributeAt(context, index);
    if (first === undefined) continue;
    if (isInnerAttribute(context, first)) {
      if (isCfgTest(context, first)) {
        const enclosing = openBraces[openBraces.length - 1] ?? -1;
        if (enclosing === -1) markTestRegion(testCode, 0, tokens.count - 1);
        else markTestRegion(testCode, enclosing, partnerOf(tokens, enclosing));
      }
      index = first.close;
      continue;
    }
    const attributes: Attribute[] = [first];
    let next = first.close + 1;
    for (let more = attributeAt(context, next); more !== undefined && !isInnerAttribute(context, more); more = attributeAt(context, next)) {
      attributes.push(more);
      next = more.close + 1;
    }
    const item = itemAfter(context, next);
    const isFunction = isWord(text, tokens, item.keyword, 'fn');
    const isTest = isFunction && attributes.some(isTestAttribute);
    if (item.body !== -1 && (isTest || attributes.some((attribute) => isCfgTest(context, attribute)))) {
      markTestRegion(testCode, first.hash, partnerOf(tokens, item.body));
    }
    if (isFunction) findings.push(...testFindings(context, attributes, item.keyword, isTest));
    index = next - 1;
  }
  return findings;
}

function testFindings(context: ScanContext, attributes: readonly Attribute[], keyword: number, isTest: boolean): Finding[] {
  const name = itemName(context, keyword);
  const findings: Finding[] = [];
  if (isTest) {
    findings.push(findingAtToken(context, 'tests.cases', keyword + 1, `test \`${name}\``));
    const ignore = attributes.find((attribute) => attribute.path === 'ignore');
    if (ignore !== undefined) {
      findings.push(findingAtToken(context, 'tests.skipped', ignore.hash, `test \`${name}\` is skipped (\`#[ignore]\`)`));
    }
  }
  if (attributes.some((attribute) => attribute.path === 'bench')) {
    findings.push(findingAtToken(context, 'tests.benchmarks', keyword + 1, `benchmark \`${name}\``));
  }
  return findings;
}

function collectPlaceholdersAndPanics(context: ScanContext, testCode: Int32Array): Finding[] {
  const { tokens, text } = context;
  const findings: Finding[] = [];
  for (let index = 0; index < tokens.count; index++) {
    if (tokens.kinds[index] !== IDENT || (testCode[index] ?? 0) > 0) continue;
    if (isWord(text, tokens, index, 'panic') && isPunct(tokens, index + 1, BANG) && opensMacroArguments(context, index + 2)) {
      findings.push(findingAtToken(context, 'code.panics', index, '`panic!(…)` call'));
    } else if (isWord(text, tokens, index, 'fn') && isKind(tokens, index + 1, IDENT)) {
      const body = bodyAfter(context, index + 2);
      const macro = body === -1 ? undefined : placeholderMacro(context, body);
      if (macro === undefined) continue;
      const message = `\`${itemName(context, index)}\` is a placeholder: its body is only \`${macro}\``;
      findings.push(findingAtToken(context, 'stubs.placeholder', body + 1, message));
    }
  }
  return findings;
}

function opensMacroArguments(context: ScanContext, index: number): boolean {
  const { tokens } = context;
  return isPunct(tokens, index, OPEN_PAREN) || isPunct(tokens, index, OPEN_BRACKET) || isPunct(tokens, index, OPEN_BRACE);
}

/** `todo!(…)` or `unimplemented!(…)` (optionally `std::`/`core::` qualified) when it is the body's only content. */
function placeholderMacro(context: ScanContext, body: number): string | undefined {
  const { tokens, text } = context;
  let index = body + 1;
  while (isKind(tokens, index, IDENT) && isPunct(tokens, index + 1, DOUBLE_COLON)) index += 2;
  const word = tokenText(text, tokens, index);
  if (!isKind(tokens, index, IDENT) || !PLACEHOLDER_MACROS.has(word) || !isPunct(tokens, index + 1, BANG)) return undefined;
  if (!opensMacroArguments(context, index + 2)) return undefined;
  const argumentsEnd = partnerOf(tokens, index + 2);
  if (argumentsEnd < 0) return undefined;
  let end = argumentsEnd + 1;
  if (isPunct(tokens, end, SEMICOLON)) end++;
  if (partnerOf(tokens, body) !== end) return undefined;
  return argumentsEnd === index + 3 ? `${word}!()` : `${word}!(…)`;
}
