// `stubs.placeholder` for Java and Kotlin: method and constructor bodies (Kotlin: also `= …` expression
// bodies) that are only a placeholder statement (see `placeholder-bodies.ts`). Lambdas do not count.
import type { Finding } from '../../evidence.js';
import { findingAtToken, type ScanContext } from './context.js';
import { declaredName, parametersOpen } from './jvm-declarations.js';
import { placeholderStarts, placeholderStatement } from './placeholder-bodies.js';
import {
  CLOSE_BRACE,
  CLOSE_PAREN,
  COMMA,
  DOT,
  EQUALS,
  IDENT,
  isKind,
  isOneOf,
  isPunct,
  isWord,
  OPEN_BRACE,
  OPEN_PAREN,
  partnerOf,
  PUNCT,
  SEMICOLON,
} from './tokens.js';

const JAVA_NOT_METHODS = new Set(['if', 'for', 'while', 'switch', 'catch', 'synchronized', 'try', 'return', 'new', 'throw']);
/** Words that end a backwards walk: the body belongs to something other than a function. */
const KOTLIN_NOT_FUNCTIONS = new Set(['val', 'var', 'class', 'object', 'interface', 'init', 'constructor', 'get', 'set']);
const WALK_LIMIT = 256;
const QUESTION = 63;

export function collectJvmPlaceholders(context: ScanContext, kotlin: boolean): Finding[] {
  const { tokens } = context;
  const findings: Finding[] = [];
  for (const statement of placeholderStarts(context, kotlin)) {
    const index = statement - 1;
    const braceBody = isPunct(tokens, index, OPEN_BRACE);
    if (!braceBody && !(kotlin && isPunct(tokens, index, EQUALS))) continue;
    const end = braceBody ? partnerOf(tokens, index) : expressionEnd(context, index);
    if (end < 0) continue;
    const what = placeholderStatement(context, index + 1, end, kotlin);
    if (what === undefined) continue;
    const name = kotlin ? kotlinFunctionName(context, index) : javaMethodName(context, index);
    if (name >= 0) findings.push(findingAtToken(context, 'stubs.placeholder', index + 1, `\`${declaredName(context, name)}\` is a placeholder: its body ${what}`));
  }
  return findings;
}

/** Kotlin `= TODO(…)` / `= throw X(…)`: the token after the call, which must end the line or the block; else -1. */
function expressionEnd(context: ScanContext, equals: number): number {
  const { tokens, text } = context;
  let index = equals + 1;
  const limit = Math.min(tokens.count, equals + WALK_LIMIT);
  while (index < limit && (isKind(tokens, index, IDENT) || isPunct(tokens, index, DOT))) index++;
  if (!isPunct(tokens, index, OPEN_PAREN)) return -1;
  const after = partnerOf(tokens, index) + 1;
  if (after <= 0) return -1;
  if (after >= tokens.count || isPunct(tokens, after, CLOSE_BRACE) || isPunct(tokens, after, SEMICOLON)) return after;
  const lineBreak = text.slice(tokens.ends[after - 1] ?? 0, tokens.starts[after] ?? 0).includes('\n');
  const continues = isPunct(tokens, after, DOT) || isPunct(tokens, after, QUESTION);
  return lineBreak && !continues ? after : -1;
}

/** The method or constructor name when the `{` at `brace` opens its body, else -1. */
function javaMethodName(context: ScanContext, brace: number): number {
  const { tokens, text } = context;
  let before = brace - 1;
  // `throws A, b.B` between the parameters and the body.
  let walked = 0;
  while (isKind(tokens, before, IDENT) && walked++ < WALK_LIMIT) {
    if (isWord(text, tokens, before, 'throws')) {
      before--;
      break;
    }
    before--;
    if (isPunct(tokens, before, DOT) || isPunct(tokens, before, COMMA)) before--;
  }
  if (!isPunct(tokens, before, CLOSE_PAREN)) return -1;
  const name = partnerOf(tokens, before) - 1;
  if (!isKind(tokens, name, IDENT) || isOneOf(text, tokens, name, JAVA_NOT_METHODS)) return -1;
  return isWord(text, tokens, name - 1, 'new') || isPunct(tokens, name - 1, DOT) ? -1 : name;
}

/** The function name when the `{` or `=` at `start` begins a `fun`'s body, else -1. */
function kotlinFunctionName(context: ScanContext, start: number): number {
  const { tokens, text } = context;
  let index = start - 1;
  for (let steps = 0; index >= 0 && steps < WALK_LIMIT; steps++, index--) {
    if (isWord(text, tokens, index, 'fun')) {
      const open = parametersOpen(context, index + 1);
      return open === -1 ? -1 : open - 1;
    }
    if (isOneOf(text, tokens, index, KOTLIN_NOT_FUNCTIONS)) return -1;
    if (tokens.kinds[index] !== PUNCT) continue;
    const partner = partnerOf(tokens, index);
    if (partner >= 0 && partner < index) index = partner;
    else if (partner > index || isPunct(tokens, index, SEMICOLON) || isPunct(tokens, index, EQUALS) || isPunct(tokens, index, CLOSE_BRACE)) return -1;
  }
  return -1;
}
