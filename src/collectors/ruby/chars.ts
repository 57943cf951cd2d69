// Character classes by char code. Non-ASCII characters are identifier characters, as in Ruby.

export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 11 || code === 12;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

export function isIdentifierStart(code: number): boolean {
  return (code >= 97 && code <= 122) || isUpper(code) || code === 95 || code >= 0x80;
}

/** 1 for each ASCII identifier character: one load per character where identifiers are scanned. */
const ASCII_IDENTIFIER_PARTS = new Uint8Array(128).map((_, code) => (isIdentifierStart(code) || isDigit(code) ? 1 : 0));

export function isIdentifierPart(code: number): boolean {
  // Past the end of the text `code` is NaN, and both comparisons are false.
  return code < 128 ? ASCII_IDENTIFIER_PARTS[code] === 1 : code >= 0x80;
}

/** Index of the first character at or after `from` that is not a space; a line break is not one. */
export function skipSpaces(text: string, from: number): number {
  let pos = from;
  while (isSpace(text.charCodeAt(pos))) pos++;
  return pos;
}

/** Index of the first character at or after `from` that is not an identifier character. */
export function skipIdentifier(text: string, from: number): number {
  let pos = from;
  while (isIdentifierPart(text.charCodeAt(pos))) pos++;
  return pos;
}

/** `?` or `!` ending a method name (`empty?`, `save!`), but not the `!=` or `?=`… that may follow a name. */
export function skipPredicateSuffix(text: string, pos: number): number {
  const code = text.charCodeAt(pos);
  if (code !== 63 && code !== 33) return pos;
  const next = text.charCodeAt(pos + 1);
  if (next === 61 && text.charCodeAt(pos + 2) !== 61 && text.charCodeAt(pos + 2) !== 126) return pos;
  // `a ?b :c`, a ternary without spaces after a variable, is read as `a?` too: far rarer than `x.empty?`.
  return pos + 1;
}
