// The token stream the lexer produces: parallel typed arrays rather than one object per token,
// because a 10 MB minified bundle holds millions of tokens.

import { firstTokenFrom, isKind, type TokenBuffer } from '../token-buffer.js';

export const IDENT = 1;
export const NUMBER = 2;
export const STRING = 3;
/** A template literal without substitutions. */
export const TEMPLATE = 4;
export const TEMPLATE_HEAD = 5;
export const TEMPLATE_MIDDLE = 6;
export const TEMPLATE_TAIL = 7;
export const REGEX = 8;
export const PUNCT = 9;
/** A whole JSX element; the expressions inside it are emitted as ordinary tokens before it. */
export const JSX = 10;

// Punctuator values: single characters use their char code; these are the multi-character ones
// the analysis tells apart. Every other multi-character operator is OTHER_OPERATOR.
export const ARROW = 256;
export const OPTIONAL_CHAIN = 257;
export const ELLIPSIS = 258;
export const INCREMENT = 259;
export const OTHER_OPERATOR = 260;

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
export const QUESTION = 63;
export const OPEN_BRACKET = 91;
export const CLOSE_BRACKET = 93;
export const OPEN_BRACE = 123;
export const CLOSE_BRACE = 125;

export { clearTokens, createTokenBuffer, isKind, pair, partnerOf, pushToken, tokenText, type TokenBuffer } from '../token-buffer.js';

export function isPunct(buffer: TokenBuffer, index: number, value: number): boolean {
  return index >= 0 && index < buffer.count && buffer.kinds[index] === PUNCT && buffer.values[index] === value;
}

/** True when the token is the identifier `word` (keywords are identifiers here). */
export function isWord(text: string, buffer: TokenBuffer, index: number, word: string): boolean {
  if (!isKind(buffer, index, IDENT)) return false;
  const start = buffer.starts[index] ?? 0;
  return (buffer.ends[index] ?? 0) - start === word.length && text.startsWith(word, start);
}

/**
 * Indices of the identifier tokens spelled `word`, in order. Searching the text and mapping each hit back
 * to its token is much cheaper than walking every token when the word is rare.
 */
export function wordTokens(text: string, buffer: TokenBuffer, word: string): number[] {
  const found: number[] = [];
  let index = 0;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    index = firstTokenFrom(buffer, at, index);
    // A zero-width JSX token may share its start with the token after it.
    for (let candidate = index; candidate < buffer.count && buffer.starts[candidate] === at; candidate++) {
      if (isWord(text, buffer, candidate, word)) found.push(candidate);
    }
  }
  return found;
}


/** True when the token follows `.` or `?.`, i.e. it names a property rather than a variable or keyword. */
export function isPropertyName(buffer: TokenBuffer, index: number): boolean {
  return isPunct(buffer, index - 1, DOT) || isPunct(buffer, index - 1, OPTIONAL_CHAIN);
}
