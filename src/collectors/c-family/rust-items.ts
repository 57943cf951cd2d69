// Rust attributes and the items they sit on. `#[…]` attributes are read as a path plus arguments;
// a run of them (doc comments between are comments, not tokens) applies to the item that follows.
import type { ScanContext } from './context.js';
import {
  BANG,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  CLOSE_PAREN,
  DOUBLE_COLON,
  HASH,
  IDENT,
  isKind,
  isPunct,
  isWord,
  OPEN_BRACE,
  OPEN_BRACKET,
  OPEN_PAREN,
  partnerOf,
  PUNCT,
  SEMICOLON,
  STRING,
  tokenText,
} from './tokens.js';

export interface Attribute {
  /** `test`, `tokio::test`, `cfg`… */
  path: string;
  /** Token index of the `#`. */
  hash: number;
  /** Token index after the path: `(`, `=`, or the closing `]`. */
  afterPath: number;
  /** Token index of the closing `]`. */
  close: number;
}

/** Attributes whose function is a test, besides `test` and any `<path>::test` (tokio, async_std, sqlx…). */
const TEST_ATTRIBUTES = new Set(['rstest', 'test_case', 'wasm_bindgen_test']);
/** Words that may stand between the attributes and the item keyword. */
const QUALIFIERS = new Set(['pub', 'async', 'const', 'unsafe', 'extern', 'default', 'safe']);
/** Function headers are short; a bound keeps hostile input linear. */
const HEADER_LIMIT = 512;

/** The attribute `#[…]` (outer) or `#![…]` (inner) whose `#` is at `hash`, or undefined. */
export function attributeAt(context: ScanContext, hash: number): Attribute | undefined {
  const { tokens, text } = context;
  if (!isPunct(tokens, hash, HASH)) return undefined;
  const open = isPunct(tokens, hash + 1, BANG) ? hash + 2 : hash + 1;
  if (!isPunct(tokens, open, OPEN_BRACKET)) return undefined;
  const close = partnerOf(tokens, open);
  if (close < 0) return undefined;
  let index = open + 1;
  if (isPunct(tokens, index, DOUBLE_COLON)) index++;
  let path = '';
  while (isKind(tokens, index, IDENT)) {
    path += tokenText(text, tokens, index++);
    if (!isPunct(tokens, index, DOUBLE_COLON)) break;
    path += '::';
    index++;
  }
  return path === '' ? undefined : { path, hash, afterPath: index, close };
}

export function isInnerAttribute(context: ScanContext, attribute: Attribute): boolean {
  return isPunct(context.tokens, attribute.hash + 1, BANG);
}

export function isTestAttribute(attribute: Attribute): boolean {
  return attribute.path === 'test' || attribute.path.endsWith('::test') || TEST_ATTRIBUTES.has(attribute.path);
}

/** `cfg(test)` or `cfg(all(test, …))`: the item exists only in test builds. */
export function isCfgTest(context: ScanContext, attribute: Attribute): boolean {
  const { tokens, text } = context;
  if (attribute.path !== 'cfg' || !isPunct(tokens, attribute.afterPath, OPEN_PAREN)) return false;
  const open = attribute.afterPath;
  if (isWord(text, tokens, open + 1, 'test') && partnerOf(tokens, open) === open + 2) return true;
  if (!isWord(text, tokens, open + 1, 'all') || !isPunct(tokens, open + 2, OPEN_PAREN)) return false;
  const end = partnerOf(tokens, open + 2);
  for (let index = open + 3; index < end; index++) {
    const partner = partnerOf(tokens, index);
    if (partner > index) index = partner;
    else if (isWord(text, tokens, index, 'test')) return true;
  }
  return false;
}

export interface Item {
  /** Token index of the item keyword (`fn`, `mod`, `impl`…), -1 when none follows. */
  keyword: number;
  /** Token index of the `{` of its body, -1 when it has none (`mod tests;`, a trait method). */
  body: number;
}

/** The item after the attribute run that ends at `next` (the token after the last `]`). */
export function itemAfter(context: ScanContext, next: number): Item {
  const { tokens, text } = context;
  let index = next;
  while (isKind(tokens, index, IDENT) && QUALIFIERS.has(tokenText(text, tokens, index))) {
    index++;
    if (isPunct(tokens, index, OPEN_PAREN)) index = partnerOf(tokens, index) + 1; // pub(crate)
    if (isKind(tokens, index, STRING)) index++; // extern "C"
  }
  if (index <= 0 || !isKind(tokens, index, IDENT)) return { keyword: -1, body: -1 };
  return { keyword: index, body: bodyAfter(context, index + 1) };
}

/** The `{` that opens the body of the item whose header starts at `from`, or -1 at a `;` or a stray closer. */
export function bodyAfter(context: ScanContext, from: number): number {
  const { tokens } = context;
  const limit = Math.min(tokens.count, from + HEADER_LIMIT);
  for (let index = from; index < limit; index++) {
    if (tokens.kinds[index] !== PUNCT) continue;
    const value = tokens.values[index];
    if (value === OPEN_BRACE) return index;
    if (value === SEMICOLON || value === CLOSE_BRACKET || value === CLOSE_BRACE || value === CLOSE_PAREN) return -1;
    const partner = partnerOf(tokens, index);
    if (partner > index) index = partner;
  }
  return -1;
}

/** The name after `fn`, `mod`…: an identifier, or `$name` inside a macro. */
export function itemName(context: ScanContext, keyword: number): string {
  const { tokens, text } = context;
  const name = keyword + 1;
  if (isKind(tokens, name, IDENT)) return tokenText(text, tokens, name);
  if (isPunct(tokens, name, 36) && isKind(tokens, name + 1, IDENT)) return `$${tokenText(text, tokens, name + 1)}`;
  return '';
}
