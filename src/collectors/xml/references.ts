// Character and entity references in XML text and attribute values. Only the five predefined entities
// and numeric character references are expanded. Any other `&name;` is an error, never looked up: a
// document's DOCTYPE is skipped, so entities it declares (external ones in an XXE attack, nested ones in
// a billion-laughs bomb) are never defined here and can neither read a file nor grow the text.

const PREDEFINED: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

// Longer than any predefined name or numeric reference (`&#x10FFFF;`), short enough to keep the scan linear.
const MAX_REFERENCE_LENGTH = 32;

export type Decoded = { text: string } | { error: string; offset: number };

/** Expands the references in `raw`; `offset` in an error is relative to `raw`. */
export function decodeReferences(raw: string): Decoded {
  let ampersand = raw.indexOf('&');
  if (ampersand === -1) return { text: raw };
  let text = '';
  let copied = 0;
  while (ampersand !== -1) {
    const semicolon = raw.indexOf(';', ampersand + 1);
    if (semicolon === -1 || semicolon - ampersand > MAX_REFERENCE_LENGTH) {
      return { error: '`&` does not start a reference (write `&amp;`)', offset: ampersand };
    }
    const name = raw.slice(ampersand + 1, semicolon);
    const expansion = name.startsWith('#') ? characterReference(name) : PREDEFINED.get(name);
    if (expansion === undefined) {
      const message = name.startsWith('#')
        ? `\`&${name};\` is not a valid character reference`
        : `entity \`&${name};\` is not expanded: only &amp; &lt; &gt; &quot; &apos; and character references are`;
      return { error: message, offset: ampersand };
    }
    text += raw.slice(copied, ampersand) + expansion;
    copied = semicolon + 1;
    ampersand = raw.indexOf('&', copied);
  }
  return { text: text + raw.slice(copied) };
}

/** `#65` or `#x41` → `A`; undefined when malformed or not an XML character. */
function characterReference(name: string): string | undefined {
  const hex = name.startsWith('#x');
  const digits = name.slice(hex ? 2 : 1);
  if (!(hex ? /^[0-9A-Fa-f]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) return undefined;
  const code = Number.parseInt(digits, hex ? 16 : 10);
  const isXmlChar =
    code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
  return isXmlChar ? String.fromCodePoint(code) : undefined;
}
