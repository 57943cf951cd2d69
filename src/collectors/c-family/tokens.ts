// The token stream of the C-family lexer: parallel typed arrays rather than one object per token, so a
// 1 MB generated file stays cheap. Strings, chars and comments are never looked inside by the analyses.

import { firstTokenFrom, isKind, tokenText, type TokenBuffer } from '../token-buffer.js';

export const IDENT = 1;
export const NUMBER = 2;
/** Any string form, interpolated ones included as one token. */
export const STRING = 3;
export const CHAR = 4;
/** Rust `'a` (lifetime or loop label). */
export const LIFETIME = 5;
export const PUNCT = 6;

// Punctuator values: single characters use their char code; these pairs are told apart.
export const DOUBLE_COLON = 256;
/** `->` */
export const THIN_ARROW = 257;
/** `=>` */
export const FAT_ARROW = 258;

export const BANG = 33;
export const HASH = 35;
export const OPEN_PAREN = 40;
export const CLOSE_PAREN = 41;
export const STAR = 42;
export const COMMA = 44;
export const DOT = 46;
export const COLON = 58;
export const SEMICOLON = 59;
export const LESS = 60;
export const EQUALS = 61;
export const GREATER = 62;
export const AT = 64;
export const OPEN_BRACKET = 91;
export const CLOSE_BRACKET = 93;
export const OPEN_BRACE = 123;
export const PIPE = 124;
export const CLOSE_BRACE = 125;

export { clearTokens, createTokenBuffer, isKind, pair, partnerOf, pushToken, tokenText, type TokenBuffer } from '../token-buffer.js';

export function isPunct(buffer: TokenBuffer, index: number, value: number): boolean {
  return isKind(buffer, index, PUNCT) && buffer.values[index] === value;
}

/** True when the token is the identifier `word` (keywords are identifiers here). */
export function isWord(text: string, buffer: TokenBuffer, index: number, word: string): boolean {
  if (!isKind(buffer, index, IDENT)) return false;
  const start = buffer.starts[index] ?? 0;
  return (buffer.ends[index] ?? 0) - start === word.length && text.startsWith(word, start);
}

/** True when the token is one of `words` (a set of identifiers). */
export function isOneOf(text: string, buffer: TokenBuffer, index: number, words: ReadonlySet<string>): boolean {
  return isKind(buffer, index, IDENT) && words.has(tokenText(text, buffer, index));
}

/**
 * The tokens of `kind` whose text is exactly `spelling`, in order. Found by searching the source for the
 * spelling and binary-searching the token starts, which is much cheaper than testing every token when the
 * spelling is rare; occurrences inside comments, strings or longer words match no token.
 */
export function tokensSpelled(text: string, buffer: TokenBuffer, kind: number, spelling: string): number[] {
  const found: number[] = [];
  let low = 0;
  for (let at = text.indexOf(spelling); at !== -1; at = text.indexOf(spelling, at + 1)) {
    low = firstTokenFrom(buffer, at, low);
    if (low === buffer.count) break;
    if (buffer.starts[low] === at && buffer.ends[low] === at + spelling.length && buffer.kinds[low] === kind) found.push(low);
  }
  return found;
}

