// Statement boundaries in the token stream. A NEWLINE token only exists where a line break ends a
// statement (the lexer drops those after operators and commas), so a statement ends at the first
// NEWLINE or `;` outside brackets.
import { BLOCK_PARAMETERS_END, endsStatement, isPunct, isWord, OPEN_BRACE, partnerOf, type TokenBuffer } from './tokens.js';

/** Keywords after which a new statement begins on the same line (`begin; x`, `do skip end`). */
const STATEMENT_OPENERS = ['do', 'then', 'else', 'begin', 'ensure'];

/** True when the token at `index` is the first of a statement. */
export function startsStatement(text: string, tokens: TokenBuffer, index: number): boolean {
  const previous = index - 1;
  if (previous < 0 || endsStatement(tokens, previous)) return true;
  if (isPunct(tokens, previous, OPEN_BRACE) || isPunct(tokens, previous, BLOCK_PARAMETERS_END)) return true;
  return STATEMENT_OPENERS.some((word) => isWord(text, tokens, previous, word));
}

/**
 * Index of the NEWLINE or `;` ending the statement that starts at `from` (the token count at the end
 * of the file); with `inBlock`, also a bracket closing around it, as in `{ skip "why" }`.
 */
export function statementEnd(tokens: TokenBuffer, from: number, inBlock = false): number {
  let index = from;
  while (index < tokens.count) {
    if (endsStatement(tokens, index)) return index;
    const partner = partnerOf(tokens, index);
    if (inBlock && partner >= 0 && partner < index) return index;
    index = partner > index ? partner + 1 : index + 1;
  }
  return tokens.count;
}

/** Index of the first token at or after `from` that is not a NEWLINE or `;`. */
export function skipSeparators(tokens: TokenBuffer, from: number): number {
  let index = from;
  while (index < tokens.count && endsStatement(tokens, index)) index++;
  return index;
}

/** True when a bare word from `words` appears in `from`…`to` outside brackets. */
export function hasWordOutsideBrackets(
  text: string,
  tokens: TokenBuffer,
  from: number,
  to: number,
  words: ReadonlySet<string>,
): boolean {
  let index = from;
  while (index < to) {
    const partner = partnerOf(tokens, index);
    if (partner > index) {
      index = partner + 1;
      continue;
    }
    for (const word of words) if (isWord(text, tokens, index, word)) return true;
    index++;
  }
  return false;
}
