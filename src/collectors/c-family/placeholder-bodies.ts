// What a placeholder body holds, for Java, Kotlin and C#: only `throw [new] X(…)` where X's simple name
// or the first argument's string literal matches /not.?implemented/i, or (Kotlin) only `TODO(…)`.
import type { ScanContext } from './context.js';
import { DOT, IDENT, isKind, isPunct, isWord, OPEN_PAREN, partnerOf, SEMICOLON, STRING, tokensSpelled, tokenText } from './tokens.js';

const NOT_IMPLEMENTED = /not.?implemented/i;
/** Enough of a message to find the words; bounds the regex on hostile literals. */
const MESSAGE_WINDOW = 1000;

/**
 * When the tokens from `from` up to `end` (exclusive; a `;` before it is allowed) are exactly one
 * placeholder statement, what it is for the message (`throws \`NotImplementedException\``); else undefined.
 */
export function placeholderStatement(context: ScanContext, from: number, end: number, kotlin: boolean): string | undefined {
  const { tokens, text } = context;
  const last = isPunct(tokens, end - 1, SEMICOLON) ? end - 1 : end;
  if (kotlin && isWord(text, tokens, from, 'TODO') && isPunct(tokens, from + 1, OPEN_PAREN)) {
    const close = partnerOf(tokens, from + 1);
    return close + 1 === last ? `is only \`TODO(${close === from + 2 ? '' : '…'})\`` : undefined;
  }
  if (!isWord(text, tokens, from, 'throw')) return undefined;
  let index = isWord(text, tokens, from + 1, 'new') ? from + 2 : from + 1;
  if (!isKind(tokens, index, IDENT)) return undefined;
  let name = index;
  while (isPunct(tokens, index + 1, DOT) && isKind(tokens, index + 2, IDENT)) {
    index += 2;
    name = index;
  }
  if (!isPunct(tokens, index + 1, OPEN_PAREN) || partnerOf(tokens, index + 1) + 1 !== last) return undefined;
  const type = tokenText(text, tokens, name);
  if (NOT_IMPLEMENTED.test(type) || firstArgumentSaysNotImplemented(context, index + 2)) return `only throws \`${type}\``;
  return undefined;
}

/**
 * Token indexes where a placeholder statement can start, in order: every `throw`, and in Kotlin every
 * `TODO`. Walking these instead of every body keeps files without placeholders cheap.
 */
export function placeholderStarts(context: ScanContext, kotlin: boolean): number[] {
  const { tokens, text } = context;
  const throws = tokensSpelled(text, tokens, IDENT, 'throw');
  if (!kotlin) return throws;
  return mergeAscending(throws, tokensSpelled(text, tokens, IDENT, 'TODO'));
}

function mergeAscending(first: readonly number[], second: readonly number[]): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length || j < second.length) {
    if (j === second.length || (i < first.length && (first[i] ?? 0) < (second[j] ?? 0))) merged.push(first[i++] ?? 0);
    else merged.push(second[j++] ?? 0);
  }
  return merged;
}

function firstArgumentSaysNotImplemented(context: ScanContext, argument: number): boolean {
  const { tokens, text } = context;
  if (!isKind(tokens, argument, STRING)) return false;
  const start = tokens.starts[argument] ?? 0;
  const end = Math.min(tokens.ends[argument] ?? start, start + MESSAGE_WINDOW);
  return NOT_IMPLEMENTED.test(text.slice(start, end));
}
