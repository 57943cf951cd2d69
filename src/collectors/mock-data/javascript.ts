// `stubs.mock-data` in JavaScript and TypeScript, from the shared lexer's tokens: module-level
// declarations and functions named as mock data with a literal value, and static imports, re-exports
// and top-level `require` calls of test or mock modules.
import type { Finding } from '../../evidence.js';
import { findingAt, type ScanContext } from '../javascript/context.js';
import { bodyAfterReturnType, isFunctionBody } from '../javascript/function-bodies.js';
import {
  ARROW,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  CLOSE_PAREN,
  COLON,
  DOT,
  EQUALS,
  IDENT,
  isKind,
  isPropertyName,
  isPunct,
  isWord,
  LESS,
  OPEN_BRACE,
  OPEN_BRACKET,
  OPEN_PAREN,
  partnerOf,
  PUNCT,
  SEMICOLON,
  STAR,
  STRING,
  tokenText,
  type TokenBuffer,
} from '../javascript/tokens.js';
import { definitionMessage, functionMessage, importMessage, type MockDataRule } from './messages.js';
import { isMockDataName, isMockModulePath } from './names.js';

/** Type annotations and arrow heads are short; a bound keeps hostile input linear. */
const LOOKAHEAD_LIMIT = 64;
const DECLARATION_KEYWORDS = new Set(['const', 'let', 'var']);
/** Bare specifiers that can only be the project's own test folders: no npm package is named so. */
const TEST_ROOTS = new Set(['tests', '__tests__', '__mocks__', '__fixtures__']);

/** Bracket depth of every token: 0 is the module's top level. */
function depthsOf(tokens: TokenBuffer): Int32Array {
  const depths = new Int32Array(tokens.count);
  let depth = 0;
  for (let i = 0; i < tokens.count; i++) {
    const value = tokens.kinds[i] === PUNCT ? tokens.values[i] : 0;
    if (value === CLOSE_PAREN || value === CLOSE_BRACKET || value === CLOSE_BRACE) depth = Math.max(0, depth - 1);
    depths[i] = depth;
    if (value === OPEN_PAREN || value === OPEN_BRACKET || value === OPEN_BRACE) depth++;
  }
  return depths;
}

function isNonEmptyLiteral(tokens: TokenBuffer, index: number): boolean {
  if (!isPunct(tokens, index, OPEN_BRACKET) && !isPunct(tokens, index, OPEN_BRACE)) return false;
  return partnerOf(tokens, index) > index + 1;
}

/** A literal array or object, or a call building one from a literal: `Object.freeze({…})`, `new Map([…])`. */
function isDataValue(context: ScanContext, index: number): boolean {
  const { tokens, text } = context;
  if (isNonEmptyLiteral(tokens, index)) return true;
  let i = isWord(text, tokens, index, 'new') ? index + 1 : index;
  if (!isKind(tokens, i, IDENT)) return false;
  while (isPunct(tokens, i + 1, DOT) && isKind(tokens, i + 2, IDENT)) i += 2;
  return isPunct(tokens, i + 1, OPEN_PAREN) && isNonEmptyLiteral(tokens, i + 2);
}

/** Index of the first `target` punctuator after `from` outside nested brackets, within the lookahead bound. */
function findAhead(tokens: TokenBuffer, from: number, target: number): number {
  let i = from;
  for (let steps = 0; steps < LOOKAHEAD_LIMIT && i < tokens.count; steps++) {
    if (isPunct(tokens, i, target)) return i;
    if (isPunct(tokens, i, SEMICOLON)) return -1;
    const partner = partnerOf(tokens, i);
    i = partner > i ? partner + 1 : i + 1;
  }
  return -1;
}

/** The `{` of the body of a function whose parameter list opens at `open`, or -1. */
function bodyAfterParameters(context: ScanContext, open: number): number {
  const close = partnerOf(context.tokens, open);
  if (close < 0) return -1;
  const next = close + 1;
  if (isPunct(context.tokens, next, COLON)) return bodyAfterReturnType(context, next);
  return isPunct(context.tokens, next, OPEN_BRACE) && isFunctionBody(context, next) ? next : -1;
}

/** True when a `return <literal>` lies inside the brace group at `brace`; `returns` is sorted. */
function bodyReturnsData(context: ScanContext, brace: number, returns: readonly number[]): boolean {
  const close = partnerOf(context.tokens, brace);
  let low = 0;
  let high = returns.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((returns[middle] ?? 0) <= brace) low = middle + 1;
    else high = middle;
  }
  return low < returns.length && (returns[low] ?? 0) < close;
}

/** Whether the function expression or arrow starting at `index` gives back a literal. */
function functionValueReturnsData(context: ScanContext, index: number, returns: readonly number[]): boolean {
  const { tokens, text } = context;
  let i = isWord(text, tokens, index, 'async') ? index + 1 : index;
  if (isWord(text, tokens, i, 'function')) {
    i++;
    if (isPunct(tokens, i, STAR)) i++;
    if (isKind(tokens, i, IDENT)) i++;
    const body = isPunct(tokens, i, OPEN_PAREN) ? bodyAfterParameters(context, i) : -1;
    return body >= 0 && bodyReturnsData(context, body, returns);
  }
  if (!isPunct(tokens, i, OPEN_PAREN) && !isKind(tokens, i, IDENT) && !isPunct(tokens, i, LESS)) return false;
  const arrow = findAhead(tokens, i, ARROW);
  if (arrow < 0) return false;
  const body = arrow + 1;
  if (isPunct(tokens, body, OPEN_BRACE)) return bodyReturnsData(context, body, returns);
  // `=> ({ … })` returns an object; `=> [ … ]` an array.
  if (isPunct(tokens, body, OPEN_PAREN)) return isDataValue(context, body + 1);
  return isDataValue(context, body);
}

/** Indices of `return` keywords followed by a literal, in order. */
function dataReturns(context: ScanContext): number[] {
  const { tokens, text } = context;
  const returns: number[] = [];
  for (let i = 0; i < tokens.count; i++) {
    if (!isWord(text, tokens, i, 'return') || isPropertyName(tokens, i)) continue;
    const value = isPunct(tokens, i + 1, OPEN_PAREN) ? i + 2 : i + 1;
    if (isDataValue(context, value)) returns.push(i);
  }
  return returns;
}

/** The string token of a static `import … from 'x'` / `import 'x'` at `index`; -1 for type-only imports. */
function importedModule(context: ScanContext, index: number): number {
  const { tokens, text } = context;
  const next = index + 1;
  if (isKind(tokens, next, STRING)) return next;
  if (isWord(text, tokens, next, 'type') && !isWord(text, tokens, next + 1, 'from')) return -1;
  return specifierAfterFrom(context, next);
}

/** `… from 'x'` within the lookahead bound: the index of the string, or -1. */
function specifierAfterFrom(context: ScanContext, from: number): number {
  const { tokens, text } = context;
  let i = from;
  for (let steps = 0; steps < LOOKAHEAD_LIMIT && i < tokens.count; steps++) {
    if (isWord(text, tokens, i, 'from') && isKind(tokens, i + 1, STRING)) return i + 1;
    if (isPunct(tokens, i, SEMICOLON) || isKind(tokens, i, STRING)) return -1;
    const partner = partnerOf(tokens, i);
    i = partner > i ? partner + 1 : i + 1;
  }
  return -1;
}

/** Relative paths and the `@/` / `~/` project-root aliases are the project's own modules. */
function isMockSpecifier(specifier: string): boolean {
  const relative = specifier.startsWith('.') || specifier.startsWith('@/') || specifier.startsWith('~/');
  const segments = specifier.split('/').filter((segment) => segment !== '' && segment !== '.' && segment !== '..');
  if (relative) return isMockModulePath(specifier.startsWith('.') ? segments : segments.slice(1));
  return TEST_ROOTS.has(segments[0] ?? '');
}

export function collectJavaScriptMockData(context: ScanContext): Finding[] {
  const { tokens, text } = context;
  const depths = depthsOf(tokens);
  const returns = dataReturns(context);
  const findings: Finding[] = [];
  const report = (token: number, rule: MockDataRule, name: string, message: string) => {
    findings.push(findingAt(context, 'stubs.mock-data', tokens.starts[token] ?? 0, message, { rule, name }));
  };
  const reportImport = (keyword: number, specifierToken: number) => {
    if (specifierToken < 0) return;
    const specifier = tokenText(text, tokens, specifierToken).slice(1, -1);
    if (isMockSpecifier(specifier)) report(keyword, 'import', specifier, importMessage(specifier));
  };

  for (let i = 0; i < tokens.count; i++) {
    if (tokens.kinds[i] !== IDENT) continue;
    const word = tokenText(text, tokens, i);
    // Property names are never keywords, but `exports.mockUsers` still names a module member.
    const topLevelKeyword = depths[i] === 0 && !isPropertyName(tokens, i);
    if (topLevelKeyword && word === 'import' && !isPunct(tokens, i + 1, OPEN_PAREN) && !isPunct(tokens, i + 1, DOT)) {
      reportImport(i, importedModule(context, i));
    } else if (topLevelKeyword && word === 'export' && (isPunct(tokens, i + 1, STAR) || isPunct(tokens, i + 1, OPEN_BRACE))) {
      reportImport(i, specifierAfterFrom(context, i + 1));
    } else if (topLevelKeyword && word === 'require' && isPunct(tokens, i + 1, OPEN_PAREN) && isKind(tokens, i + 2, STRING)) {
      if (isPunct(tokens, i + 3, CLOSE_PAREN)) reportImport(i, i + 2);
    } else if (isMockDataName(word) && (!isPropertyName(tokens, i) || isWord(text, tokens, i - 2, 'exports'))) {
      collectNamed(context, i, depths[i] === 0, returns, report);
    }
  }
  return findings;
}

/** A mock-data name: a declaration with a literal value, or a function returning one. */
function collectNamed(
  context: ScanContext,
  name: number,
  topLevel: boolean,
  returns: readonly number[],
  report: (token: number, rule: MockDataRule, name: string, message: string) => void,
): void {
  const { tokens, text } = context;
  const word = tokenText(text, tokens, name);
  const before = name - 1;
  const declared = isKind(tokens, before, IDENT) && DECLARATION_KEYWORDS.has(tokenText(text, tokens, before));
  // `exports.mockUsers = […]` and `module.exports.mockUsers = […]` define module members too.
  const exported = isPunct(tokens, before, DOT) && isWord(text, tokens, before - 1, 'exports');
  if (declared || exported) {
    const equals = isPunct(tokens, name + 1, EQUALS) ? name + 1 : isPunct(tokens, name + 1, COLON) ? findAhead(tokens, name + 1, EQUALS) : -1;
    if (equals < 0) return;
    const value = equals + 1;
    // Only module-level values: locals named so were library internals in every case measured
    // (zod's `fakePayload`, jest-mock's `mockResult`), never data an app renders.
    if (topLevel && isDataValue(context, value)) report(name, 'definition', word, definitionMessage(word));
    else if (functionValueReturnsData(context, value, returns)) report(name, 'function', word, functionMessage(word));
    return;
  }
  // `function getMockUsers(…) {…}`, or a method `getMockUsers(…) {…}` in a class or object literal.
  if (!isPunct(tokens, name + 1, OPEN_PAREN)) return;
  const body = bodyAfterParameters(context, name + 1);
  if (body >= 0 && bodyReturnsData(context, body, returns)) report(name, 'function', word, functionMessage(word));
}
