// Character classes by char code. PHP names may hold any byte from 0x80 up.

export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isIdentifierStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code >= 0x80;
}

export function isIdentifierPart(code: number): boolean {
  return isIdentifierStart(code) || isDigit(code);
}

/** Index of the first character at or after `from` that is not white space (line breaks included). */
export function skipSpaces(text: string, from: number): number {
  let pos = from;
  while (isSpace(text.charCodeAt(pos))) pos++;
  return pos;
}
