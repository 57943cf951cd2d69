// Paths in git's patch headers. Git C-quotes a path that holds a control character, `"` or `\` (with
// core.quotePath=false, bytes of non-ASCII characters stay as they are), so a patch header is always one line.

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

interface Unquoted {
  value: string;
  /** Index just after the closing quote. */
  end: number;
}

/** Reads the C-quoted string that starts at `start` (on its opening quote). */
function readQuoted(text: string, start: number): Unquoted {
  const bytes: number[] = [];
  let index = start + 1;
  while (index < text.length) {
    const char = text[index] as string;
    if (char === '"') return { value: Buffer.from(bytes).toString('utf8'), end: index + 1 };
    if (char !== '\\') {
      const codePoint = text.codePointAt(index) as number;
      const literal = String.fromCodePoint(codePoint);
      bytes.push(...Buffer.from(literal, 'utf8'));
      index += literal.length;
      continue;
    }
    const escaped = text[index + 1] ?? '';
    const octal = /^[0-3][0-7]{2}/.exec(text.slice(index + 1, index + 4));
    if (octal !== null) {
      bytes.push(Number.parseInt(octal[0], 8));
      index += 4;
    } else if (escaped in ESCAPES) {
      bytes.push(ESCAPES[escaped] as number);
      index += 2;
    } else {
      throw new Error(`unknown escape \\${escaped} in git path ${text}`);
    }
  }
  throw new Error(`unterminated quoted git path ${text}`);
}

/** A path as git prints it after `rename to ` or `copy to `: quoted, or verbatim to the end of the line. */
export function unquoteGitPath(text: string): string {
  if (!text.startsWith('"')) return text;
  const { value, end } = readQuoted(text, 0);
  if (end !== text.length) throw new Error(`unexpected text after quoted git path ${text}`);
  return value;
}

/**
 * The path of a `diff --git a/P b/P` header (given without `diff --git `) whose two names are the same, as
 * they are for every section that is not a rename or copy. Unquoted names may hold spaces, even ` b/`, so
 * the path is found by length: the line is `a/` + P + ` b/` + P.
 */
export function pathOfSameNameHeader(names: string): string {
  if (names.startsWith('"')) {
    const first = readQuoted(names, 0);
    if (!first.value.startsWith('a/')) throw new Error(`unexpected diff header names ${names}`);
    return first.value.slice(2);
  }
  const pathLength = (names.length - 5) / 2;
  const candidate = Number.isInteger(pathLength) && pathLength > 0 ? names.slice(2, 2 + pathLength) : '';
  if (candidate === '' || names !== `a/${candidate} b/${candidate}`) {
    throw new Error(`unexpected diff header names ${names}`);
  }
  return candidate;
}
