// C# attribute lists (`[Fact]`, `[Theory, Trait("a", "b")]`, `[Xunit.FactAttribute(Skip = "…")]`) and the
// declaration they precede, across lines. A `[` counts as an attribute list only where a declaration can
// start (file start, after `;`, `{`, `}` or another `]`) and only when its content parses as attributes,
// which leaves out indexers and collection expressions.
import type { ScanContext } from './context.js';
import {
  CLOSE_BRACE,
  CLOSE_BRACKET,
  CLOSE_PAREN,
  COLON,
  COMMA,
  DOT,
  DOUBLE_COLON,
  EQUALS,
  FAT_ARROW,
  GREATER,
  IDENT,
  isKind,
  isOneOf,
  isPunct,
  isWord,
  LESS,
  OPEN_BRACE,
  OPEN_BRACKET,
  OPEN_PAREN,
  partnerOf,
  PUNCT,
  SEMICOLON,
  tokenText,
} from './tokens.js';

export interface CSharpAttribute {
  /** The simple name without an `Attribute` suffix: `Fact` for `Xunit.FactAttribute`. */
  name: string;
  /** Token index of the attribute's first token. */
  start: number;
  /** Token index of the `(` of its arguments, -1 when it has none. */
  open: number;
}

export interface CSharpDeclaration {
  attributes: CSharpAttribute[];
  kind: 'method' | 'class' | 'other';
  /** Token index of the declared name, -1 when unknown. */
  name: number;
  /** Token index after the last attribute list. */
  end: number;
}

const MODIFIERS = new Set([
  'public', 'private', 'protected', 'internal', 'static', 'async', 'virtual', 'override', 'sealed', 'abstract',
  'extern', 'unsafe', 'new', 'readonly', 'partial', 'file', 'required', 'volatile',
]);
const TYPE_KEYWORDS = new Set(['class', 'struct', 'record', 'interface', 'enum']);
const HEADER_LIMIT = 256;

/** The attributes of the list opened at `open`, or undefined when it is not an attribute list. */
export function attributeListAt(context: ScanContext, open: number): CSharpAttribute[] | undefined {
  const { tokens } = context;
  if (!isPunct(tokens, open, OPEN_BRACKET)) return undefined;
  const before = open - 1;
  const placed = before < 0 || [SEMICOLON, OPEN_BRACE, CLOSE_BRACE, CLOSE_BRACKET].some((value) => isPunct(tokens, before, value));
  const close = partnerOf(tokens, open);
  if (!placed || close < 0) return undefined;
  let index = open + 1;
  // A target such as `assembly:` or `return:`.
  if (isKind(tokens, index, IDENT) && isPunct(tokens, index + 1, COLON)) index += 2;
  const attributes: CSharpAttribute[] = [];
  while (index < close) {
    const start = index;
    let name = index;
    while (isKind(tokens, index, IDENT)) {
      name = index++;
      if (!isPunct(tokens, index, DOT) && !isPunct(tokens, index, DOUBLE_COLON)) break;
      index++;
    }
    if (name !== index - 1 || !isKind(tokens, name, IDENT)) return undefined;
    if (isPunct(tokens, index, LESS)) index = skipTypeArguments(context, index, close);
    const argumentsOpen = isPunct(tokens, index, OPEN_PAREN) ? index : -1;
    if (argumentsOpen !== -1) index = partnerOf(tokens, argumentsOpen) + 1;
    attributes.push({ name: tokenText(context.text, tokens, name).replace(/Attribute$/, ''), start, open: argumentsOpen });
    if (index === close) return attributes;
    if (!isPunct(tokens, index, COMMA)) return undefined;
    index++;
  }
  return attributes.length > 0 ? attributes : undefined;
}

function skipTypeArguments(context: ScanContext, less: number, close: number): number {
  let depth = 0;
  for (let index = less; index < close; index++) {
    if (isPunct(context.tokens, index, LESS)) depth++;
    else if (isPunct(context.tokens, index, GREATER) && --depth === 0) return index + 1;
  }
  return close;
}

/** Reads the attribute lists starting at `first`, then what they are declared on. */
export function declarationAfterAttributes(context: ScanContext, first: number): CSharpDeclaration {
  const { tokens, text } = context;
  const attributes: CSharpAttribute[] = [];
  let index = first;
  for (let list = attributeListAt(context, index); list !== undefined; list = attributeListAt(context, index)) {
    attributes.push(...list);
    index = partnerOf(tokens, index) + 1;
  }
  const end = index;
  if (attributes.length === 0) return { attributes, kind: 'other', name: -1, end };
  while (isOneOf(text, tokens, index, MODIFIERS)) index++;
  const limit = Math.min(tokens.count, index + HEADER_LIMIT);
  for (; index < limit; index++) {
    if (isOneOf(text, tokens, index, TYPE_KEYWORDS)) return { attributes, kind: 'class', name: index + 1, end };
    if (tokens.kinds[index] !== PUNCT) continue;
    const value = tokens.values[index] ?? 0;
    if (value === OPEN_PAREN) {
      const name = methodNameBefore(context, index);
      return { attributes, kind: name === -1 ? 'other' : 'method', name, end };
    }
    if (value === OPEN_BRACKET) index = Math.max(index, partnerOf(tokens, index));
    else if (value === OPEN_BRACE || value === SEMICOLON || value === EQUALS || value === FAT_ARROW) break;
    else if (value === CLOSE_PAREN || value === CLOSE_BRACKET || value === CLOSE_BRACE) break;
  }
  return { attributes, kind: 'other', name: -1, end };
}

/** The method name before a parameter list's `(`: `Name(` or `Name<T>(`; -1 otherwise. */
export function methodNameBefore(context: ScanContext, open: number): number {
  const { tokens } = context;
  let before = open - 1;
  if (isPunct(tokens, before, GREATER)) {
    let depth = 0;
    for (let steps = 0; before >= 0 && steps < HEADER_LIMIT; steps++, before--) {
      if (isPunct(tokens, before, GREATER)) depth++;
      else if (isPunct(tokens, before, LESS) && --depth === 0) break;
    }
    before--;
  }
  return isKind(tokens, before, IDENT) && !isWord(context.text, tokens, before, 'new') ? before : -1;
}
