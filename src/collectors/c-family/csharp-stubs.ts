// `stubs.placeholder` for C#: bodies of methods, constructors, local functions, accessors, properties and
// indexers — a block or `=>` — that are only a placeholder statement (see `placeholder-bodies.ts`).
// Lambdas and anonymous methods do not count.
import type { Finding } from '../../evidence.js';
import { findingAtToken, type ScanContext } from './context.js';
import { methodNameBefore } from './csharp-attributes.js';
import { placeholderStarts, placeholderStatement } from './placeholder-bodies.js';
import {
  CLOSE_BRACKET,
  CLOSE_PAREN,
  COLON,
  DOT,
  FAT_ARROW,
  GREATER,
  IDENT,
  isKind,
  isOneOf,
  isPunct,
  isWord,
  OPEN_BRACE,
  OPEN_PAREN,
  partnerOf,
  SEMICOLON,
  tokenText,
} from './tokens.js';

/** Words before `(` that make it a statement, an expression or an anonymous method, not a parameter list. */
const NOT_METHODS = new Set([
  'if', 'for', 'foreach', 'while', 'switch', 'catch', 'using', 'lock', 'fixed', 'when', 'checked', 'unchecked',
  'typeof', 'sizeof', 'nameof', 'default', 'delegate', 'return', 'throw', 'await',
]);
const ACCESSORS = new Set(['get', 'set', 'init', 'add', 'remove']);
/** Words before `name =>` that make it a lambda rather than an expression-bodied property. */
const NOT_TYPES = new Set(['async', 'return', 'await', 'in', 'is', 'as', 'case', 'when', 'throw', 'yield', 'else', 'out', 'ref']);
const MEMBER_LIMIT = 64;
const QUESTION = 63;

export function collectCSharpPlaceholders(context: ScanContext): Finding[] {
  const { tokens } = context;
  const findings: Finding[] = [];
  for (const statement of placeholderStarts(context, false)) {
    const index = statement - 1;
    const block = isPunct(tokens, index, OPEN_BRACE);
    if (!block && !isPunct(tokens, index, FAT_ARROW)) continue;
    const end = block ? partnerOf(tokens, index) : arrowBodyEnd(context, index);
    if (end < 0) continue;
    const what = placeholderStatement(context, index + 1, end, false);
    if (what === undefined) continue;
    const name = memberName(context, index);
    if (name !== undefined) findings.push(findingAtToken(context, 'stubs.placeholder', index + 1, `\`${name}\` is a placeholder: its body ${what}`));
  }
  return findings;
}

/** `=> throw new X(…);`: the index after the `;`, or -1. */
function arrowBodyEnd(context: ScanContext, arrow: number): number {
  const { tokens } = context;
  let index = arrow + 1;
  const limit = Math.min(tokens.count, arrow + MEMBER_LIMIT);
  while (index < limit && (isKind(tokens, index, IDENT) || isPunct(tokens, index, DOT))) index++;
  if (!isPunct(tokens, index, OPEN_PAREN)) return -1;
  const after = partnerOf(tokens, index) + 1;
  return after > 0 && isPunct(tokens, after, SEMICOLON) ? after + 1 : -1;
}

/** The member whose body starts at `start` (`{` or `=>`), or undefined when it is not a member body. */
function memberName(context: ScanContext, start: number): string | undefined {
  const { tokens, text } = context;
  const before = start - 1;
  if (isPunct(tokens, before, CLOSE_PAREN)) return methodName(context, before);
  if (isOneOf(text, tokens, before, ACCESSORS)) {
    // `Name { get …`, possibly with a modifier: `Name { private set …`.
    let brace = before - 1;
    while (isKind(tokens, brace, IDENT) && brace > before - 3) brace--;
    const property = isPunct(tokens, brace, OPEN_BRACE) && isKind(tokens, brace - 1, IDENT) ? tokenText(text, tokens, brace - 1) : '';
    return property === '' ? tokenText(text, tokens, before) : `${property}.${tokenText(text, tokens, before)}`;
  }
  if (!isPunct(tokens, start, FAT_ARROW)) return undefined;
  if (isPunct(tokens, before, CLOSE_BRACKET) && isWord(text, tokens, partnerOf(tokens, before) - 1, 'this')) return 'this[]';
  const typeEnd = before - 1;
  const typed = (isKind(tokens, typeEnd, IDENT) && !isOneOf(text, tokens, typeEnd, NOT_TYPES)) ||
    isPunct(tokens, typeEnd, GREATER) || isPunct(tokens, typeEnd, CLOSE_BRACKET) || isPunct(tokens, typeEnd, QUESTION);
  return isKind(tokens, before, IDENT) && typed ? tokenText(text, tokens, before) : undefined;
}

/** The method or constructor whose parameter list (or `: base(…)` initializer) closes at `close`. */
function methodName(context: ScanContext, close: number): string | undefined {
  const { tokens, text } = context;
  let open = partnerOf(tokens, close);
  const initializer = isWord(text, tokens, open - 1, 'base') || isWord(text, tokens, open - 1, 'this');
  if (initializer && isPunct(tokens, open - 2, COLON) && isPunct(tokens, open - 3, CLOSE_PAREN)) open = partnerOf(tokens, open - 3);
  const name = methodNameBefore(context, open);
  if (name === -1 || isOneOf(text, tokens, name, NOT_METHODS) || isPunct(tokens, name - 1, DOT)) return undefined;
  return tokenText(text, tokens, name);
}
