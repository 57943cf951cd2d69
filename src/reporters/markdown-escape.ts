// Escaping for untrusted text (paths, finding messages, rule text) in GitHub-flavoured Markdown that
// GitHub renders in job summaries and comments. The goal is that such text shows as itself: it
// cannot format, link, ping anyone, embed HTML, close a <details> or add a table row.

const ZWJ = '\u200D';
const ZWSP = '\u200B';

/** C0 and C1 controls, DEL, and bidi overrides/isolates; line breaks are turned into spaces first. */
const UNSAFE_CONTROLS = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** One line of visible text: line breaks and tabs become spaces, other controls are removed. */
function singleLine(text: string): string {
  return text
    .replace(/\r\n|[\r\n\t\u2028\u2029\u0085]/g, ' ')
    .replace(UNSAFE_CONTROLS, '');
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Markdown punctuation that can start emphasis, links, images, headings, lists, tables,
 * strikethrough, code or math (`$`, which GitHub renders as LaTeX).
 */
const BACKSLASH_ESCAPED = /[\\*_[\]()#+\-!|~`$]/;

/**
 * Breaks GitHub's auto-linking, which runs on rendered text so backslashes do not stop it:
 * `@user` / `@org/team` mentions, `#123` / `owner/repo#1` / `GH-1` references, and bare
 * `scheme://` and `www.` URLs. A zero-width joiner is invisible but ends the match.
 */
function breakAutolinks(text: string): string {
  return text
    .replace(/[@#]/g, (sign) => sign + ZWJ)
    .replace(/\b(gh)-(?=\d)/gi, `$1-${ZWJ}`)
    .replace(/:\/\//g, `:${ZWJ}//`)
    .replace(/\b(www)\./gi, `$1${ZWJ}.`);
}

function escapeCharacters(text: string): string {
  let escaped = '';
  for (const character of text) {
    const entity = HTML_ENTITIES[character];
    if (entity !== undefined) escaped += entity;
    else if (BACKSLASH_ESCAPED.test(character)) escaped += `\\${character}`;
    else escaped += character;
  }
  return escaped;
}

/** `1. text` at the start of a paragraph would become an ordered list (`1)` is escaped already). */
function escapeLeadingListNumber(escaped: string): string {
  return escaped.replace(/^(\d+)\.(?= |$)/, '$1\\.');
}

/** Untrusted text in a plain-text position (paragraph, list item, heading, table cell). */
export function escapeText(text: string): string {
  return escapeLeadingListNumber(escapeCharacters(breakAutolinks(singleLine(text))).trim());
}

export interface CodeSpanOptions {
  /** Inside a table row, where GitHub splits cells on `|` before it looks for code spans. */
  inTable?: boolean;
}

function longestBacktickRun(text: string): number {
  return Math.max(0, ...Array.from(text.matchAll(/`+/g), (match) => match[0].length));
}

/**
 * Untrusted text shown verbatim in a code span: nothing inside is formatted, linked or mentioned.
 * The fence is longer than any backtick run inside; padding keeps a leading or trailing backtick
 * (or a space at both ends, which CommonMark would strip) as content.
 */
export function codeSpan(text: string, options: CodeSpanOptions = {}): string {
  let content = singleLine(text);
  if (options.inTable) {
    // In a table `\|` is the only way to keep a pipe in a cell, even in code; a backslash just
    // before it would pair with our escape instead, so a zero-width space keeps them apart.
    content = content.replace(/\\\|/g, `\\${ZWSP}|`).replace(/\|/g, '\\|');
  }
  if (content === '') return '` `';
  const fence = '`'.repeat(longestBacktickRun(content) + 1);
  const needsPadding =
    content.startsWith('`') ||
    content.endsWith('`') ||
    (content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '');
  return needsPadding ? `${fence} ${content} ${fence}` : `${fence}${content}${fence}`;
}

/**
 * Untrusted multi-line text shown verbatim in a fenced code block. The fence is longer than any
 * backtick run inside, so no line can close the block early and turn the rest into Markdown.
 */
export function codeBlock(text: string): string {
  const visible = text
    .replace(/\r\n|[\r\u2028\u2029\u0085]/g, '\n')
    .replace(/\t/g, '  ')
    .split('\n')
    .map((line) => line.replace(UNSAFE_CONTROLS, ''))
    .join('\n');
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(visible) + 1));
  return `${fence}text\n${visible}\n${fence}`;
}

type Segment = { kind: 'text' | 'code'; value: string };

/** Splits on CommonMark code spans: a backtick run closed by the next run of the same length. */
function splitCodeSpans(text: string): Segment[] {
  const segments: Segment[] = [];
  let textStart = 0;
  const runs = Array.from(text.matchAll(/`+/g), (match) => ({ index: match.index, length: match[0].length }));
  for (let open = 0; open < runs.length; open++) {
    const opening = runs[open];
    if (opening === undefined) continue;
    const close = runs.findIndex((run, index) => index > open && run.length === opening.length);
    const closing = runs[close];
    if (closing === undefined) continue;
    segments.push({ kind: 'text', value: text.slice(textStart, opening.index) });
    let code = text.slice(opening.index + opening.length, closing.index);
    if (code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '') code = code.slice(1, -1);
    segments.push({ kind: 'code', value: code });
    textStart = closing.index + closing.length;
    open = close;
  }
  segments.push({ kind: 'text', value: text.slice(textStart) });
  return segments.filter((segment) => segment.value !== '');
}

/**
 * Untrusted prose that may quote code in backticks, like a finding message
 * ("`except Exception` catches every error"): quoted code stays a code span (re-fenced safely),
 * everything else is escaped as plain text.
 */
export function escapeInline(text: string): string {
  const rendered = splitCodeSpans(singleLine(text))
    .map((segment) =>
      segment.kind === 'code' ? codeSpan(segment.value) : escapeCharacters(breakAutolinks(segment.value)),
    )
    .join('');
  return escapeLeadingListNumber(rendered.trim());
}

/** Percent-encodes a path segment so it cannot end a Markdown link destination or add a query. */
function encodePathSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[()'!*]/g, (character) =>
    `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * A link to `path` (and line) under `linkBase`, or undefined when the path could escape the base:
 * browsers resolve `..` (also spelt `%2e%2e`) in a URL path, so such a link could point anywhere on
 * the host.
 */
export function fileUrl(linkBase: string, path: string, line: number): string | undefined {
  const segments = path.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return undefined;
  const anchor = line > 0 ? `#L${line}` : '';
  return `${linkBase}${segments.map(encodePathSegment).join('/')}${anchor}`;
}
