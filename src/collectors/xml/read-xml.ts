// A small, safe XML reader for CI reports (JUnit, TRX, Cobertura, JaCoCo…). It reports elements, attributes
// and text to a handler as it meets them, keeps no tree, and checks well-formedness: tags nest and match,
// one root element, quoted attributes without duplicates, no text outside the root.
//
// Safety: a DOCTYPE is skipped, never read, so no entity it declares exists here (see references.ts): no
// external entity is fetched or opened (XXE) and none is expanded (billion laughs). Nothing recurses, so deep
// nesting cannot exhaust the stack, and every step moves forward through the text, so reading is linear.
//
// Leniencies, because they never change what a report counts: names are not checked against the XML name
// grammar, namespaces are not resolved (`localName` strips a prefix), and the XML declaration is read like
// any processing instruction (its `encoding` is ignored: the text is already decoded).
import { decodeReferences } from './references.js';

export interface XmlHandler {
  /** A start tag (or an empty-element tag, which is followed by `close`). Attribute values are decoded. */
  open(name: string, attributes: ReadonlyMap<string, string>): void;
  close(name: string): void;
  /** Character data inside the root element, references expanded; CDATA sections as written. */
  text?(text: string): void;
}

export type XmlOutcome = { ok: true } | { ok: false; message: string; line: number };

class XmlError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Reads `text`, calling `handler` for each element and text run; never throws on malformed input. */
export function readXml(text: string, handler: XmlHandler): XmlOutcome {
  try {
    readDocument(text, handler);
    return { ok: true };
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    return { ok: false, message: error.message, line: lineAt(text, error.offset) };
  }
}

/** `ns:testsuite` → `testsuite`. */
export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

function readDocument(text: string, handler: XmlHandler): void {
  const openElements: string[] = [];
  let rootSeen = false;
  let position = 0;
  while (position < text.length) {
    const lt = text.indexOf('<', position);
    const textEnd = lt === -1 ? text.length : lt;
    if (textEnd > position) characterData(text, position, textEnd, openElements.length > 0, handler);
    if (lt === -1) break;
    if (text.startsWith('<!--', lt)) {
      position = after(text, '-->', lt + 4, 'comment');
    } else if (text.startsWith('<![CDATA[', lt)) {
      if (openElements.length === 0) throw new XmlError('CDATA section outside the root element', lt);
      position = after(text, ']]>', lt + 9, 'CDATA section');
      handler.text?.(text.slice(lt + 9, position - 3));
    } else if (text.startsWith('<!DOCTYPE', lt)) {
      if (rootSeen) throw new XmlError('DOCTYPE after the root element', lt);
      position = afterDoctype(text, lt);
    } else if (text.startsWith('<?', lt)) {
      position = after(text, '?>', lt + 2, 'processing instruction');
    } else if (text.startsWith('</', lt)) {
      position = endTag(text, lt, openElements, handler);
    } else if (text.startsWith('<!', lt)) {
      throw new XmlError('markup declaration outside a DOCTYPE', lt);
    } else {
      if (openElements.length === 0 && rootSeen) throw new XmlError('more than one root element', lt);
      rootSeen = true;
      position = startTag(text, lt, openElements, handler);
    }
  }
  const unclosed = openElements[openElements.length - 1];
  if (unclosed !== undefined) throw new XmlError(`element <${unclosed}> is not closed`, text.length);
  if (!rootSeen) throw new XmlError('no root element', text.length);
}

function characterData(text: string, start: number, end: number, insideRoot: boolean, handler: XmlHandler): void {
  if (!insideRoot) {
    const stray = text.slice(start, end).search(/\S/);
    if (stray !== -1) throw new XmlError('text outside the root element', start + stray);
    return;
  }
  const decoded = decodeReferences(text.slice(start, end));
  if ('error' in decoded) throw new XmlError(decoded.error, start + decoded.offset);
  handler.text?.(decoded.text);
}

/** The position just past `terminator`, searching from `from`. */
function after(text: string, terminator: string, from: number, what: string): number {
  const found = text.indexOf(terminator, from);
  if (found === -1) throw new XmlError(`${what} is not closed`, from);
  return found + terminator.length;
}

/** Skips `<!DOCTYPE …>` including an internal subset `[…]`, honouring quotes, comments and PIs inside it. */
function afterDoctype(text: string, start: number): number {
  let depth = 0;
  let position = start + '<!DOCTYPE'.length;
  while (position < text.length) {
    const char = text[position];
    if (char === '"' || char === "'") {
      position = after(text, char, position + 1, 'DOCTYPE literal');
      continue;
    }
    if (depth > 0 && text.startsWith('<!--', position)) {
      position = after(text, '-->', position + 4, 'comment');
      continue;
    }
    if (depth > 0 && text.startsWith('<?', position)) {
      position = after(text, '?>', position + 2, 'processing instruction');
      continue;
    }
    if (char === '[') depth += 1;
    else if (char === ']') depth -= 1;
    else if (char === '>' && depth === 0) return position + 1;
    position += 1;
  }
  throw new XmlError('DOCTYPE is not closed', start);
}

const NAME_END = /[\s/>=<"']/g;

function nameAt(text: string, start: number): string {
  NAME_END.lastIndex = start;
  const end = NAME_END.exec(text)?.index ?? text.length;
  return text.slice(start, end);
}

function skipSpace(text: string, start: number): number {
  let position = start;
  while (position < text.length && isSpace(text.charCodeAt(position))) position += 1;
  return position;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x9 || code === 0xa || code === 0xd;
}

function startTag(text: string, lt: number, openElements: string[], handler: XmlHandler): number {
  const name = nameAt(text, lt + 1);
  if (name === '') throw new XmlError('`<` does not start a tag (write `&lt;`)', lt);
  const attributes = new Map<string, string>();
  let position = lt + 1 + name.length;
  for (;;) {
    const beforeSpace = position;
    position = skipSpace(text, position);
    if (position >= text.length) throw new XmlError(`start tag <${name}> is not closed`, lt);
    if (text.startsWith('/>', position)) {
      handler.open(name, attributes);
      handler.close(name);
      return position + 2;
    }
    if (text[position] === '>') {
      handler.open(name, attributes);
      openElements.push(name);
      return position + 1;
    }
    if (position === beforeSpace) throw new XmlError(`expected a space, \`>\` or \`/>\` in <${name}>`, position);
    position = attribute(text, position, name, attributes);
  }
}

/** Reads `name="value"` into `attributes`; returns the position after the closing quote. */
function attribute(text: string, start: number, element: string, attributes: Map<string, string>): number {
  const name = nameAt(text, start);
  if (name === '') throw new XmlError(`unexpected \`${text[start]}\` in <${element}>`, start);
  let position = skipSpace(text, start + name.length);
  if (text[position] !== '=') throw new XmlError(`attribute \`${name}\` of <${element}> has no value`, position);
  position = skipSpace(text, position + 1);
  const quote = text[position];
  if (quote !== '"' && quote !== "'") throw new XmlError(`attribute \`${name}\` of <${element}> is not quoted`, position);
  const end = text.indexOf(quote, position + 1);
  if (end === -1) throw new XmlError(`attribute \`${name}\` of <${element}> is not closed`, position);
  const raw = text.slice(position + 1, end);
  const lessThan = raw.indexOf('<');
  if (lessThan !== -1) throw new XmlError(`\`<\` in the value of attribute \`${name}\``, position + 1 + lessThan);
  const decoded = decodeReferences(raw.replace(/[\t\n\r]/g, ' '));
  if ('error' in decoded) throw new XmlError(decoded.error, position + 1 + decoded.offset);
  if (attributes.has(name)) throw new XmlError(`attribute \`${name}\` appears twice in <${element}>`, start);
  attributes.set(name, decoded.text);
  return end + 1;
}

function endTag(text: string, lt: number, openElements: string[], handler: XmlHandler): number {
  const name = nameAt(text, lt + 2);
  const position = skipSpace(text, lt + 2 + name.length);
  if (text[position] !== '>') throw new XmlError(`end tag </${name}> is not closed`, lt);
  const expected = openElements.pop();
  if (expected === undefined) throw new XmlError(`end tag </${name}> has no start tag`, lt);
  if (expected !== name) throw new XmlError(`end tag </${name}> does not match <${expected}>`, lt);
  handler.close(name);
  return position + 1;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let newline = text.indexOf('\n'); newline !== -1 && newline < offset; newline = text.indexOf('\n', newline + 1)) line += 1;
  return line;
}
