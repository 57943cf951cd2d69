// `stubs.placeholder`: function bodies whose only statement throws "not implemented".
import type { Finding } from '../../evidence.js';
import { findingAt, type ScanContext } from './context.js';
import { isFunctionBody, parametersCloseOf, returnTypeColons } from './function-bodies.js';
import {
  ARROW,
  CLOSE_BRACKET,
  CLOSE_PAREN,
  COLON,
  DOT,
  EQUALS,
  GREATER,
  IDENT,
  isKind,
  isPunct,
  isWord,
  LESS,
  OPEN_BRACE,
  OPEN_PAREN,
  partnerOf,
  PUNCT,
  QUESTION,
  SEMICOLON,
  STAR,
  STRING,
  TEMPLATE,
  TEMPLATE_HEAD,
  tokenText,
  wordTokens,
} from './tokens.js';

const NOT_IMPLEMENTED = /not.?implemented/i;
/** Enough of a message to find the words; bounds the regex on hostile literals. */
const MESSAGE_WINDOW = 1000;
const NAME_SCAN_LIMIT = 64;

export function collectPlaceholders(context: ScanContext): Finding[] {
  if (context.file.isTest) return [];
  const { tokens, text } = context;
  const findings: Finding[] = [];
  for (const index of wordTokens(text, tokens, 'throw')) {
    if (!isPunct(tokens, index - 1, OPEN_BRACE)) continue;
    const brace = index - 1;
    if (!throwsNotImplementedOnly(context, brace) || !isFunctionBody(context, brace)) continue;
    const name = functionName(context, brace);
    findings.push(
      findingAt(context, 'stubs.placeholder', tokens.starts[index] ?? 0, `\`${name}\` is a placeholder: it only throws "Not implemented"`),
    );
  }
  return findings;
}

/** `{ throw new X(…); }` where X's name or the first argument's literal says "not implemented". */
function throwsNotImplementedOnly(context: ScanContext, brace: number): boolean {
  const { tokens, text } = context;
  let index = brace + 2;
  const constructed = isWord(text, tokens, index, 'new');
  if (constructed) index++;
  if (!isKind(tokens, index, IDENT)) return false;
  let nameToken = index++;
  while (isPunct(tokens, index, DOT) && isKind(tokens, index + 1, IDENT)) {
    nameToken = index + 1;
    index += 2;
  }
  let messageSaysSo = false;
  if (isPunct(tokens, index, OPEN_PAREN)) {
    const close = partnerOf(tokens, index);
    if (close < 0) return false;
    messageSaysSo = firstArgumentSaysNotImplemented(context, index + 1);
    index = close + 1;
  } else if (!constructed) {
    return false;
  }
  if (isPunct(tokens, index, SEMICOLON)) index++;
  if (partnerOf(tokens, brace) !== index) return false;
  return messageSaysSo || NOT_IMPLEMENTED.test(tokenText(text, tokens, nameToken));
}

function firstArgumentSaysNotImplemented(context: ScanContext, argument: number): boolean {
  const { tokens, text } = context;
  const kind = tokens.kinds[argument];
  if (argument >= tokens.count || (kind !== STRING && kind !== TEMPLATE && kind !== TEMPLATE_HEAD)) return false;
  const start = tokens.starts[argument] ?? 0;
  const last = kind === TEMPLATE_HEAD ? partnerOf(tokens, argument) : argument;
  const end = tokens.ends[last < 0 ? argument : last] ?? start;
  return NOT_IMPLEMENTED.test(text.slice(start, Math.min(end, start + MESSAGE_WINDOW)));
}

/** The declaration or method name, else the variable or property the function is assigned to. */
function functionName(context: ScanContext, brace: number): string {
  const { tokens, text } = context;
  if (isPunct(tokens, brace - 1, ARROW)) return nameFromSurroundings(context, arrowStart(context, brace - 1));
  const open = partnerOf(tokens, parametersCloseOf(context, brace));
  let before = open - 1;
  if (isPunct(tokens, before, GREATER)) before = matchingLess(context, before) - 1;
  if (isWord(text, tokens, before, 'function')) return nameFromSurroundings(context, withAsync(context, before));
  if (isPunct(tokens, before, STAR)) {
    return isWord(text, tokens, before - 1, 'function')
      ? nameFromSurroundings(context, withAsync(context, before - 1))
      : 'function';
  }
  return propertyKey(context, before) ?? 'function';
}

/** An identifier, a quoted key, or a short computed key `[Symbol.iterator]`. */
function propertyKey(context: ScanContext, index: number): string | undefined {
  const { tokens, text } = context;
  if (isKind(tokens, index, IDENT)) return tokenText(text, tokens, index);
  if (isKind(tokens, index, STRING)) return tokenText(text, tokens, index).slice(1, -1);
  if (isPunct(tokens, index, CLOSE_BRACKET)) {
    const key = text.slice(tokens.starts[partnerOf(tokens, index)] ?? 0, tokens.ends[index] ?? 0);
    return key.length <= 60 ? key : undefined;
  }
  return undefined;
}

function withAsync(context: ScanContext, start: number): number {
  return isWord(context.text, context.tokens, start - 1, 'async') ? start - 1 : start;
}

/** First token of the arrow function whose `=>` is at `arrow`, or -1. */
function arrowStart(context: ScanContext, arrow: number): number {
  const { tokens } = context;
  const last = arrow - 1;
  let start = -1;
  if (isPunct(tokens, last, CLOSE_PAREN)) start = partnerOf(tokens, last);
  else if (isKind(tokens, last, IDENT) && !isPunct(tokens, last - 1, COLON)) start = last;
  else {
    for (const colon of returnTypeColons(tokens, last)) {
      start = partnerOf(tokens, colon - 1);
      break;
    }
  }
  if (start < 0) return -1;
  if (isPunct(tokens, start - 1, GREATER)) start = matchingLess(context, start - 1);
  return start < 0 ? -1 : withAsync(context, start);
}

/** `const name = …`, `this.name = …`, `name: …` in an object literal, `name: Type = …` in a class. */
function nameFromSurroundings(context: ScanContext, start: number): string {
  const { tokens, text } = context;
  if (start < 1) return 'function';
  const before = start - 1;
  if (isPunct(tokens, before, EQUALS)) {
    const target = before - 1;
    if (isKind(tokens, target, IDENT) && !isPunct(tokens, target - 1, COLON)) return tokenText(text, tokens, target);
    return annotatedName(context, target) ?? 'function';
  }
  if (isPunct(tokens, before, COLON)) return propertyKey(context, before - 1) ?? 'function';
  return 'function';
}

/** Walks back over a type annotation `name?: Type` ending at `last` to the annotated name. */
function annotatedName(context: ScanContext, last: number): string | undefined {
  const { tokens, text } = context;
  let index = last;
  for (let steps = 0; index > 0 && steps < NAME_SCAN_LIMIT; steps++) {
    if (tokens.kinds[index] === PUNCT) {
      const value = tokens.values[index];
      const partner = partnerOf(tokens, index);
      if (partner >= 0 && partner < index) {
        index = partner - 1;
        continue;
      }
      if (value === COLON) {
        const name = isPunct(tokens, index - 1, QUESTION) ? index - 2 : index - 1;
        return isKind(tokens, name, IDENT) ? tokenText(text, tokens, name) : undefined;
      }
      if (value === SEMICOLON || value === EQUALS || value === OPEN_BRACE || value === OPEN_PAREN) return undefined;
    }
    index--;
  }
  return undefined;
}

/** Index of the `<` matching the `>` at `greater`, or -1. */
function matchingLess(context: ScanContext, greater: number): number {
  const { tokens } = context;
  let depth = 0;
  let index = greater;
  for (let steps = 0; index >= 0 && steps < NAME_SCAN_LIMIT; steps++) {
    const partner = partnerOf(tokens, index);
    if (partner >= 0 && partner < index) {
      index = partner - 1;
      continue;
    }
    if (isPunct(tokens, index, GREATER)) depth++;
    else if (isPunct(tokens, index, LESS) && --depth === 0) return index;
    index--;
  }
  return -1;
}
