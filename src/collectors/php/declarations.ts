// Every `function` in a PHP file with its name, body and, for methods, the modifiers, attributes
// and docblock before it. Read once; tests and placeholder stubs both work from this list.
import type { PhpScan } from './context.js';
import {
  AMPERSAND,
  ATTRIBUTE_OPEN,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COMMA,
  isKeyword,
  isMemberName,
  isPunct,
  NAME,
  OPEN_BRACE,
  OPEN_PAREN,
  partnerOf,
  SEMICOLON,
  tokenText,
} from './tokens.js';

const MODIFIERS = new Set(['public', 'protected', 'private', 'static', 'final', 'abstract']);
/** Return types are short; this bounds the look for the body's `{` on broken input. */
const RETURN_TYPE_LIMIT = 64;

export interface FunctionDeclaration {
  /** Index of the `function` token. */
  keyword: number;
  /** The function's name; '' for a closure. */
  name: string;
  /** Index of the body's `{` and its `}`; -1 for abstract and interface methods. */
  bodyOpen: number;
  bodyClose: number;
  /** Directly in the body of a `class` or `trait`. */
  isMethod: boolean;
  /** Lowercase modifiers before `function`: public, static… */
  modifiers: string[];
  /** The names in `#[…]` attribute groups before the declaration, as written. */
  attributes: string[];
  /** The `/** … *\/` comment right before the declaration, if any. */
  docBlock: string | undefined;
}

export function findFunctions(scan: PhpScan): FunctionDeclaration[] {
  const { tokens, text } = scan;
  const declarations: FunctionDeclaration[] = [];
  const classBodies = new Set<number>();
  const openBraces: number[] = [];
  let classPending = false;
  for (let index = 0; index < tokens.count; index++) {
    if (tokens.kinds[index] === NAME && !isMemberName(tokens, index)) {
      if (isKeyword(text, tokens, index, 'class') || isKeyword(text, tokens, index, 'trait')) classPending = true;
      else if (isKeyword(text, tokens, index, 'function')) {
        const enclosing = openBraces.length === 0 ? undefined : openBraces[openBraces.length - 1];
        const declaration = readFunction(scan, index, enclosing !== undefined && classBodies.has(enclosing));
        if (declaration !== undefined) declarations.push(declaration);
      }
    } else if (isPunct(tokens, index, OPEN_BRACE)) {
      if (classPending) classBodies.add(index);
      classPending = false;
      openBraces.push(index);
    } else if (isPunct(tokens, index, CLOSE_BRACE)) {
      openBraces.pop();
    } else if (isPunct(tokens, index, SEMICOLON)) {
      classPending = false;
    }
  }
  return declarations;
}

function readFunction(scan: PhpScan, keyword: number, isMethod: boolean): FunctionDeclaration | undefined {
  const { tokens, text } = scan;
  let index = keyword + 1;
  if (isPunct(tokens, index, AMPERSAND)) index++;
  let name = '';
  if (tokens.kinds[index] === NAME) name = tokenText(text, tokens, index++);
  if (!isPunct(tokens, index, OPEN_PAREN)) return undefined;
  index = partnerOf(tokens, index) + 1;
  if (index === 0) return undefined;
  if (isKeyword(text, tokens, index, 'use') && isPunct(tokens, index + 1, OPEN_PAREN)) {
    index = partnerOf(tokens, index + 1) + 1;
    if (index === 0) return undefined;
  }
  let bodyOpen = -1;
  for (let steps = 0; index < tokens.count && steps < RETURN_TYPE_LIMIT; steps++, index++) {
    if (isPunct(tokens, index, SEMICOLON)) break;
    if (isPunct(tokens, index, OPEN_BRACE)) {
      bodyOpen = index;
      break;
    }
  }
  const bodyClose = bodyOpen === -1 ? -1 : partnerOf(tokens, bodyOpen);
  if (bodyOpen !== -1 && bodyClose === -1) return undefined;
  const declaration: FunctionDeclaration = {
    keyword, name, bodyOpen, bodyClose, isMethod, modifiers: [], attributes: [], docBlock: undefined,
  };
  return isMethod ? readPreamble(scan, declaration) : declaration;
}

/** Walks back from `function` over modifiers and attribute groups, then takes the docblock before them. */
function readPreamble(scan: PhpScan, declaration: FunctionDeclaration): FunctionDeclaration {
  const { tokens, text } = scan;
  let first = declaration.keyword;
  for (let index = first - 1; index >= 0; index--) {
    const word = tokens.kinds[index] === NAME ? tokenText(text, tokens, index).toLowerCase() : '';
    if (MODIFIERS.has(word)) {
      declaration.modifiers.push(word);
    } else if (isPunct(tokens, index, CLOSE_BRACKET) && isPunct(tokens, partnerOf(tokens, index), ATTRIBUTE_OPEN)) {
      const open = partnerOf(tokens, index);
      declaration.attributes.push(...attributeNames(scan, open, index));
      index = open;
    } else {
      break;
    }
    first = index;
  }
  declaration.docBlock = docBlockBefore(scan, tokens.starts[first] ?? 0, tokens.ends[first - 1] ?? 0);
  return declaration;
}

/** The names in `#[A, B(…), \C\D]`: the first token of each element at the group's own level. */
function attributeNames(scan: PhpScan, open: number, close: number): string[] {
  const { tokens, text } = scan;
  const names: string[] = [];
  let expectName = true;
  for (let index = open + 1; index < close; index++) {
    if (expectName && tokens.kinds[index] === NAME) names.push(tokenText(text, tokens, index));
    expectName = isPunct(tokens, index, COMMA);
    const partner = partnerOf(tokens, index);
    if (partner > index) index = partner;
  }
  return names;
}

/** The last `/**` comment between `from` (the previous token's end) and `to` (the declaration). */
function docBlockBefore(scan: PhpScan, to: number, from: number): string | undefined {
  const { commentStarts, commentEnds } = scan.lexed;
  let low = 0;
  let high = commentStarts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((commentStarts[middle] ?? 0) < to) low = middle + 1;
    else high = middle;
  }
  for (let index = low - 1; index >= 0 && (commentStarts[index] ?? 0) >= from; index--) {
    const start = commentStarts[index] ?? 0;
    if (scan.text.startsWith('/**', start)) return scan.text.slice(start, commentEnds[index] ?? start);
  }
  return undefined;
}
