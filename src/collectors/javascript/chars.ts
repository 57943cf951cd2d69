// Character classes by char code. Non-ASCII characters count as identifier characters unless they
// are Unicode spaces: exact ID_Start tables are not worth their cost for counting evidence.
// ASCII goes through a lookup table because the lexer asks about every character of every file.

export const OTHER_CHAR = 0;
export const SPACE_CHAR = 1;
export const IDENTIFIER_CHAR = 2;
export const DIGIT_CHAR = 3;

/** Class of each ASCII character: letters, `$`, `_` and `\` (an escape) start identifiers. */
const ASCII_CLASSES = ((): Uint8Array => {
  const classes = new Uint8Array(128);
  for (let code = 0; code < 128; code++) {
    if (code === 32 || (code >= 9 && code <= 13)) classes[code] = SPACE_CHAR;
    else if (code >= 48 && code <= 57) classes[code] = DIGIT_CHAR;
    else if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 36 || code === 95 || code === 92) {
      classes[code] = IDENTIFIER_CHAR;
    }
  }
  return classes;
})();

export function isUnicodeSpace(code: number): boolean {
  return (
    code === 0xa0 ||
    code === 0xfeff ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** SPACE_CHAR, IDENTIFIER_CHAR, DIGIT_CHAR or OTHER_CHAR; OTHER_CHAR past the end of the text (NaN). */
export function charClass(code: number): number {
  if (code < 128) return ASCII_CLASSES[code] ?? OTHER_CHAR;
  if (code >= 128) return isUnicodeSpace(code) ? SPACE_CHAR : IDENTIFIER_CHAR;
  return OTHER_CHAR;
}

export function isWhitespace(code: number): boolean {
  return charClass(code) === SPACE_CHAR;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isIdentifierStart(code: number): boolean {
  return charClass(code) === IDENTIFIER_CHAR;
}

export function isIdentifierPart(code: number): boolean {
  const kind = charClass(code);
  return kind === IDENTIFIER_CHAR || kind === DIGIT_CHAR;
}

/** Index of the first character at or after `from` that is not an identifier character. */
export function skipIdentifier(text: string, from: number): number {
  let pos = from;
  while (pos < text.length) {
    const kind = charClass(text.charCodeAt(pos));
    if (kind !== IDENTIFIER_CHAR && kind !== DIGIT_CHAR) break;
    pos++;
  }
  return pos;
}

export function skipWhitespace(text: string, from: number): number {
  let pos = from;
  while (pos < text.length && isWhitespace(text.charCodeAt(pos))) pos++;
  return pos;
}
