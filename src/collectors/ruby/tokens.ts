// The token stream of one Ruby file: parallel typed arrays rather than one object per token. Only code
// outside strings is here; a string (with everything interpolated into it) is one STRING token.
import { clearTokens, createTokenBuffer, firstTokenFrom, pushToken, type TokenBuffer } from '../token-buffer.js';

/** An identifier or keyword; `value` is MEMBER when it names a method (after `.`, `::` or `def`). */
export const IDENT = 1;
/** An identifier starting with an uppercase letter. */
export const CONST = 2;
/** `name:` in a hash or argument list. */
export const LABEL = 3;
export const NUMBER = 4;
/** A literal whose content never counts; `value` says which (QUOTED, REGEX, SYMBOL…). */
export const STRING = 5;
/** `@x`, `@@x`, `$x`. */
export const VARIABLE = 6;
export const PUNCT = 7;
/** A line break that ends a statement (never one after an operator or a comma). */
export const NEWLINE = 8;

// STRING values.
/** `'…'`, `"…"`, `%q`, `%Q`, `%()` and heredocs: what a test description may be. */
export const QUOTED = 1;
export const REGEX = 2;
export const SYMBOL = 3;
/** `%w`, `%W`, `%i`, `%I`. */
export const WORDS = 4;
/** Backticks and `%x`. */
export const COMMAND = 5;
/** `?a`. */
export const CHARACTER = 6;

export const MEMBER = 1;

// PUNCT values: single characters use their char code; multi-character ones the analysis reads
// get their own value, every other one is OTHER_OPERATOR.
export const SCOPE = 256;
export const SAFE_NAVIGATION = 257;
export const HASH_ROCKET = 258;
export const OTHER_OPERATOR = 259;
/** The `|` closing a block's parameters, after which a statement starts. */
export const BLOCK_PARAMETERS_END = 260;

export const OPEN_PAREN = 40;
export const CLOSE_PAREN = 41;
export const COMMA = 44;
export const DOT = 46;
export const SEMICOLON = 59;
export const EQUALS = 61;
export const OPEN_BRACKET = 91;
export const CLOSE_BRACKET = 93;
export const OPEN_BRACE = 123;
export const PIPE = 124;
export const CLOSE_BRACE = 125;

export { clearTokens, createTokenBuffer, firstTokenFrom, pushToken, type TokenBuffer };

/**
 * The buffer cut to its tokens. Views, not copies: reading past the last token gives undefined, as
 * the analyses expect, instead of the buffer's unused capacity.
 */
export function trimmedTokens(tokens: TokenBuffer): TokenBuffer {
  const { count } = tokens;
  return {
    count,
    kinds: tokens.kinds.subarray(0, count),
    starts: tokens.starts.subarray(0, count),
    ends: tokens.ends.subarray(0, count),
    values: tokens.values.subarray(0, count),
    partners: tokens.partners.subarray(0, count),
  };
}

export function isPunct(tokens: TokenBuffer, index: number, value: number): boolean {
  return tokens.kinds[index] === PUNCT && tokens.values[index] === value;
}

export function tokenText(text: string, tokens: TokenBuffer, index: number): string {
  return text.slice(tokens.starts[index] ?? 0, tokens.ends[index] ?? 0);
}

/** An identifier that is not a method name, spelled `word`: a keyword or a bare call such as `it`. */
export function isWord(text: string, tokens: TokenBuffer, index: number, word: string): boolean {
  if (tokens.kinds[index] !== IDENT || tokens.values[index] === MEMBER) return false;
  const start = tokens.starts[index] ?? 0;
  return (tokens.ends[index] ?? 0) - start === word.length && text.startsWith(word, start);
}

/** True for a NEWLINE or `;` token: the end of a statement. */
export function endsStatement(tokens: TokenBuffer, index: number): boolean {
  return tokens.kinds[index] === NEWLINE || isPunct(tokens, index, SEMICOLON);
}

export function partnerOf(tokens: TokenBuffer, index: number): number {
  return tokens.partners[index] ?? -1;
}
