// Deciding from tokens alone whether a `{` opens a function body (declaration, expression, arrow,
// method, accessor, constructor) rather than an if/for/while/switch/catch/with block, a plain block,
// a class body or an object literal. TypeScript return types sit between `)` and `{`.
import {
  ARROW,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  CLOSE_PAREN,
  COLON,
  COMMA,
  EQUALS,
  GREATER,
  IDENT,
  isPunct,
  isWord,
  LESS,
  NUMBER,
  OPEN_BRACE,
  OPEN_BRACKET,
  OPEN_PAREN,
  partnerOf,
  PUNCT,
  SEMICOLON,
  STAR,
  STRING,
  TEMPLATE_HEAD,
  tokenText,
  type TokenBuffer,
} from './tokens.js';
import type { ScanContext } from './context.js';

const CONTROL_KEYWORDS = new Set(['if', 'for', 'while', 'switch', 'catch', 'with']);
/** Words inside a type after which another type must follow. */
const TYPE_OPERATORS = new Set(['keyof', 'typeof', 'infer', 'is', 'extends', 'asserts', 'readonly', 'unique', 'new']);
/** Return types are short; a bound keeps hostile input linear. */
const TYPE_SCAN_LIMIT = 256;

/** True when the `(` at `open` starts a parameter list rather than a condition or a call. */
export function opensParameters(context: ScanContext, open: number): boolean {
  const { tokens, text } = context;
  const before = open - 1;
  if (before < 0) return false;
  const kind = tokens.kinds[before];
  if (kind === IDENT) {
    const word = tokenText(text, tokens, before);
    if (CONTROL_KEYWORDS.has(word)) return false;
    // `for await (…)`
    return !(word === 'await' && isWord(text, tokens, before - 1, 'for'));
  }
  if (kind === STRING || kind === NUMBER) return true;
  return isPunct(tokens, before, GREATER) || isPunct(tokens, before, STAR) || isPunct(tokens, before, CLOSE_BRACKET);
}

/** The `)` closing the parameters of the function whose body starts at `brace`, or -1. */
export function parametersCloseOf(context: ScanContext, brace: number): number {
  const { tokens } = context;
  const before = brace - 1;
  if (isPunct(tokens, before, CLOSE_PAREN)) {
    return opensParameters(context, partnerOf(tokens, before)) ? before : -1;
  }
  for (const colon of returnTypeColons(tokens, before)) {
    if (opensParameters(context, partnerOf(tokens, colon - 1)) && bodyAfterReturnType(context, colon) === brace) {
      return colon - 1;
    }
  }
  return -1;
}

export function isFunctionBody(context: ScanContext, brace: number): boolean {
  return isPunct(context.tokens, brace - 1, ARROW) || parametersCloseOf(context, brace) !== -1;
}

/**
 * Walks back from the last token of a possible return type, yielding each `:` that directly follows
 * a `)`, nearest first. Stops on leaving the enclosing brackets or reaching a statement boundary.
 */
export function* returnTypeColons(tokens: TokenBuffer, last: number): Generator<number> {
  let index = last;
  for (let steps = 0; index > 0 && steps < TYPE_SCAN_LIMIT; steps++) {
    if (tokens.kinds[index] === PUNCT) {
      const value = tokens.values[index];
      if (value === CLOSE_PAREN || value === CLOSE_BRACKET || value === CLOSE_BRACE) {
        const partner = partnerOf(tokens, index);
        if (partner < 0) return;
        index = partner - 1;
        continue;
      }
      if (value === OPEN_PAREN || value === OPEN_BRACKET || value === OPEN_BRACE) return;
      if (value === SEMICOLON || value === EQUALS || value === COMMA) return;
      if (value === COLON && isPunct(tokens, index - 1, CLOSE_PAREN)) yield index;
    }
    index--;
  }
}

/**
 * Reads the return type after the `:` at `colon` and returns the index of the body `{` that follows
 * it, or -1 when the type ends without one (an overload, an abstract member, a conditional expression).
 * A `{` where a type is expected is an object type; one after a complete type is the body.
 */
export function bodyAfterReturnType(context: ScanContext, colon: number): number {
  const { tokens, text } = context;
  let expectingType = true;
  let angleDepth = 0;
  let index = colon + 1;
  for (let steps = 0; index < tokens.count && steps < TYPE_SCAN_LIMIT; steps++) {
    const kind = tokens.kinds[index];
    if (kind === IDENT) {
      expectingType = TYPE_OPERATORS.has(tokenText(text, tokens, index));
      index++;
      continue;
    }
    if (kind !== PUNCT) {
      expectingType = false;
      index = kind === TEMPLATE_HEAD ? skipTemplate(tokens, index) : index + 1;
      continue;
    }
    const value = tokens.values[index];
    if (value === OPEN_BRACE) {
      if (!expectingType && angleDepth === 0) return index;
    }
    if (value === OPEN_BRACE || value === OPEN_PAREN || value === OPEN_BRACKET) {
      const partner = partnerOf(tokens, index);
      if (partner < 0) return -1;
      index = partner + 1;
      expectingType = false;
      continue;
    }
    if (value === LESS) angleDepth++;
    else if (value === GREATER) angleDepth--;
    else if (value === SEMICOLON || value === EQUALS || value === CLOSE_PAREN || value === CLOSE_BRACE) return -1;
    else if (value === COMMA && angleDepth === 0) return -1;
    if (angleDepth < 0) return -1;
    expectingType = value !== GREATER;
    index++;
  }
  return -1;
}

/** Skips a template with substitutions (a template literal type) to the token after its tail. */
function skipTemplate(tokens: TokenBuffer, head: number): number {
  const tail = partnerOf(tokens, head);
  return tail < 0 ? head + 1 : tail + 1;
}
