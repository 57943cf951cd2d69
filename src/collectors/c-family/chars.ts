// Character classes by char code. Non-ASCII characters count as identifier characters unless they are
// Unicode spaces: exact XID tables are not worth their cost for counting evidence.

function isUnicodeSpace(code: number): boolean {
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

export function isWhitespace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code >= 0x80 && isUnicodeSpace(code));
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Letters, `_`, non-ASCII, and `$` where the language allows it (Java). */
export function isIdentifierStart(code: number, dollar: boolean): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    code === 95 ||
    (dollar && code === 36) ||
    (code >= 0x80 && !isUnicodeSpace(code))
  );
}

export function isIdentifierPart(code: number, dollar: boolean): boolean {
  return isIdentifierStart(code, dollar) || isDigit(code);
}

export function skipIdentifier(text: string, from: number, dollar: boolean): number {
  let pos = from;
  while (pos < text.length && isIdentifierPart(text.charCodeAt(pos), dollar)) pos++;
  return pos;
}
