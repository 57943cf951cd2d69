import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localName, readXml } from '../../src/collectors/xml/read-xml.js';

/** Every event as a string: `<name a=1>`, `</name>`, `"text"` (whitespace-only text left out). */
function events(xml: string): { outcome: ReturnType<typeof readXml>; log: string[] } {
  const log: string[] = [];
  const outcome = readXml(xml, {
    open(name, attributes) {
      log.push(`<${[name, ...[...attributes].map(([key, value]) => `${key}=${value}`)].join(' ')}>`);
    },
    close(name) {
      log.push(`</${name}>`);
    },
    text(text) {
      if (text.trim() !== '') log.push(JSON.stringify(text));
    },
  });
  return { outcome, log };
}

function problem(xml: string): { message: string; line: number } | undefined {
  const outcome = readXml(xml, { open() {}, close() {} });
  return outcome.ok ? undefined : { message: outcome.message, line: outcome.line };
}

describe('readXml: well-formed documents', () => {
  it('reports elements, attributes, text, CDATA and empty elements in order', () => {
    const { outcome, log } = events(
      `<?xml version="1.0" encoding="UTF-8"?>\n<!-- head -->\n<a x="1" y='two'>hi<b/><![CDATA[<raw> & ]]><?pi data?><!-- c --></a>\n`,
    );
    expect(outcome).toEqual({ ok: true });
    expect(log).toEqual(['<a x=1 y=two>', '"hi"', '<b>', '</b>', '"<raw> & "', '</a>']);
  });

  it('expands the five predefined entities and character references, in text and attributes', () => {
    const { log } = events(`<a m="&lt;&gt;&amp;&quot;&apos;&#65;&#x42;">&#x1F600;&amp;amp;</a>`);
    expect(log).toEqual([`<a m=<>&"'AB>`, '"😀&amp;"', '</a>']);
  });

  it('normalises tabs and newlines in attribute values to spaces, but keeps &#10;', () => {
    expect(events(`<a m="x\ty\nz&#10;"/>`).log).toEqual(['<a m=x y z\n>', '</a>']);
  });

  it('accepts whitespace in end tags and around `=`, and namespace prefixes', () => {
    const { outcome, log } = events(`<ns:a  x = "1" ></ns:a >`);
    expect(outcome).toEqual({ ok: true });
    expect(log).toEqual(['<ns:a x=1>', '</ns:a>']);
    expect(localName('ns:a')).toBe('a');
    expect(localName('a')).toBe('a');
  });

  it('skips a DOCTYPE with a public id and an internal subset holding quotes, brackets, comments and PIs', () => {
    const xml = `<!DOCTYPE r PUBLIC "-//X//DTD R 1.1//EN" "r.dtd" [\n<!-- ] > -->\n<?pi it's ]?>\n<!ENTITY e "]>">\n]>\n<r/>`;
    expect(events(xml)).toEqual({ outcome: { ok: true }, log: ['<r>', '</r>'] });
  });
});

describe('readXml: entity attacks are inert', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('never reads the file an external entity names (XXE) and never expands it', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'xxe-'));
    folders.push(folder);
    const secretFile = path.join(folder, 'secret.txt');
    writeFileSync(secretFile, 'TOP-SECRET-CONTENT');
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE r [\n<!ENTITY xxe SYSTEM "file://${secretFile}">\n]>\n<r a="&xxe;">&xxe;</r>`;
    const { outcome, log } = events(xml);
    expect(outcome).toEqual({
      ok: false,
      message: 'entity `&xxe;` is not expanded: only &amp; &lt; &gt; &quot; &apos; and character references are',
      line: 5,
    });
    expect(log.join('')).not.toContain('TOP-SECRET');
  });

  it('a declared but unused external entity is simply skipped', () => {
    const xml = `<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><r>ok</r>`;
    expect(events(xml)).toEqual({ outcome: { ok: true }, log: ['<r>', '"ok"', '</r>'] });
  });

  it('a billion-laughs DOCTYPE expands nothing and stops at the first reference', () => {
    const declarations = ['<!ENTITY lol "lol">'];
    for (let level = 1; level <= 9; level++) {
      declarations.push(`<!ENTITY lol${level} "${`&lol${level === 1 ? '' : level - 1};`.repeat(10)}">`);
    }
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n${declarations.join('\n')}\n]>\n<lolz>&lol9;</lolz>`;
    const { outcome, log } = events(xml);
    expect(outcome).toMatchObject({ ok: false, line: 14 });
    expect(log).toEqual(['<lolz>']);
  });
});

describe('readXml: malformed documents', () => {
  it.each([
    ['', 'no root element', 1],
    ['   \n', 'no root element', 2],
    ['<?xml version="1.0"?>', 'no root element', 1],
    ['<a>\n<b></a>', 'end tag </a> does not match <b>', 2],
    ['<a></a>\n</b>', 'end tag </b> has no start tag', 2],
    ['<a>\n<b>', 'element <b> is not closed', 2],
    ['<a/><b/>', 'more than one root element', 1],
    ['x<a/>', 'text outside the root element', 1],
    ['<a/>\ny', 'text outside the root element', 2],
    ['<a x="1" x="2"/>', 'attribute `x` appears twice in <a>', 1],
    ['<a x=1/>', 'attribute `x` of <a> is not quoted', 1],
    ['<a x/>', 'attribute `x` of <a> has no value', 1],
    ['<a x="1"y="2"/>', 'expected a space, `>` or `/>` in <a>', 1],
    ['<a x="<"/>', '`<` in the value of attribute `x`', 1],
    ['<a x="1', 'attribute `x` of <a> is not closed', 1],
    ['<a>\nAT&T</a>', '`&` does not start a reference (write `&amp;`)', 2],
    ['<a>&#0;</a>', '`&#0;` is not a valid character reference', 1],
    ['<a>&#xD800;</a>', '`&#xD800;` is not a valid character reference', 1],
    ['<a>< b/></a>', '`<` does not start a tag (write `&lt;`)', 1],
    ['<a><!-- x</a>', 'comment is not closed', 1],
    ['<a><![CDATA[x</a>', 'CDATA section is not closed', 1],
    ['<![CDATA[x]]><a/>', 'CDATA section outside the root element', 1],
    ['<!DOCTYPE a [ <a/>', 'DOCTYPE is not closed', 1],
    ['<a/><!DOCTYPE a>', 'DOCTYPE after the root element', 1],
    ['<a><!ELEMENT a ANY></a>', 'markup declaration outside a DOCTYPE', 1],
    ['<a', 'start tag <a> is not closed', 1],
    ['<a></a', 'end tag </a> is not closed', 1],
  ])('%j → %s (line %d)', (xml, message, line) => {
    expect(problem(xml)).toEqual({ message, line });
  });

  it('reads deep nesting without recursion and long documents in linear time', () => {
    const depth = 100_000;
    expect(problem('<a>'.repeat(depth) + '</a>'.repeat(depth))).toBeUndefined();
    const cases = '<testcase name="t"><failure message="m"/></testcase>'.repeat(100_000);
    const started = performance.now();
    expect(problem(`<testsuite>${cases}</testsuite>`)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
