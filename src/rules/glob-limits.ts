// What a glob in a rule file may be. A pull request can edit the rule file, so its globs are untrusted:
// they must name paths inside the repository, and must stay cheap for minimatch, which expands braces
// into every alternative before it compiles them.

/** Long enough for any real path pattern, short enough that compiling it stays trivial. */
export const MAX_GLOB_LENGTH = 256;

/** `{a,b}{c,d}…` multiplies; minimatch would build (and test) every alternative. */
export const MAX_GLOB_ALTERNATIVES = 256;

// `..` as a whole path segment, also as a brace alternative (`{..,x}/etc`); `{1..3}` is a range, not this.
const PARENT_SEGMENT = /(?:^|[/{,])\.\.(?:$|[/},])/;
const DRIVE_LETTER = /^[A-Za-z]:/;
const RANGE = /^(-?\d+|[A-Za-z])\.\.(-?\d+|[A-Za-z])(?:\.\.(-?\d+))?$/;

/** Why a glob could name a path outside the repository, or undefined when it cannot. */
export function globEscapeReason(glob: string): string | undefined {
  if (DRIVE_LETTER.test(glob)) return 'names a drive; globs are relative to the repository root';
  if (glob.includes('\\')) return 'contains a backslash; separate folders with "/"';
  if (glob.startsWith('/')) return 'is an absolute path; globs are relative to the repository root';
  if (PARENT_SEGMENT.test(glob)) return 'leaves the repository with ".."; globs are relative to the repository root';
  return undefined;
}

/** Why a glob is too costly to compile, or undefined. */
export function globCostReason(glob: string): string | undefined {
  if (glob.length > MAX_GLOB_LENGTH) return `is ${glob.length} characters long; a glob may have at most ${MAX_GLOB_LENGTH}`;
  if (countAlternatives(glob) > MAX_GLOB_ALTERNATIVES) {
    return `expands to more than ${MAX_GLOB_ALTERNATIVES} patterns; use fewer {…} alternatives`;
  }
  return undefined;
}

/** The index of the `}` closing the `{` at `open`, or -1 when it is unclosed (then it is a literal brace). */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const character = text[i];
    if (character === '\\') i++;
    else if (character === '{') depth++;
    else if (character === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Splits a brace group's body on its top-level commas. */
function alternativesOf(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const character = body[i];
    if (character === '\\') i++;
    else if (character === '{') depth++;
    else if (character === '}') depth--;
    else if (character === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

function rangeSize(body: string): number | undefined {
  const match = RANGE.exec(body);
  if (match === null) return undefined;
  const [, from, to, step] = match as unknown as [string, string, string, string | undefined];
  const value = (end: string) => (/^-?\d+$/.test(end) ? Number(end) : end.charCodeAt(0));
  const span = Math.abs(value(to) - value(from)) + 1;
  return Math.ceil(span / Math.max(1, Math.abs(Number(step ?? 1))));
}

/** How many patterns brace expansion makes of `text`, counted without expanding (capped just past the limit). */
function countAlternatives(text: string): number {
  const cap = MAX_GLOB_ALTERNATIVES + 1;
  let count = 1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text[i] !== '{') continue;
    const close = closingBrace(text, i);
    if (close === -1) continue;
    const body = text.slice(i + 1, close);
    const parts = alternativesOf(body);
    const group =
      parts.length > 1
        ? parts.reduce((sum, part) => Math.min(cap, sum + countAlternatives(part)), 0)
        : (rangeSize(body) ?? countAlternatives(body));
    count = Math.min(cap, count * group);
    i = close;
  }
  return count;
}
