// PHP string literals. Each returns the offset just past the literal, or -1 when it never ends.
// Interpolation (`{$a["k"]}`, `${expr}`) nests through an explicit stack, never the call stack.
import { isIdentifierPart, isIdentifierStart } from './chars.js';

/** `'…'`: only `\\` and `\'` are escapes, and skipping any escaped character is the same here. */
export function skipSingleQuoted(text: string, start: number): number {
  let pos = start + 1;
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    if (code === 92) pos += 2;
    else if (code === 39) return pos + 1;
    else pos++;
  }
  return -1;
}

/** `"…"` or a backtick command, whose `{$…}` and `${…}` parts may hold strings of their own. */
export function skipInterpolated(text: string, start: number): number {
  // Each entry is the closing quote of a string (34 or 96), or -1 - braces for code inside `{$ … }`.
  const stack = [text.charCodeAt(start)];
  let pos = start + 1;
  while (pos < text.length) {
    const top = stack[stack.length - 1] ?? 0;
    const code = text.charCodeAt(pos);
    const next = text.charCodeAt(pos + 1);
    if (top >= 0) {
      if (code === 92) pos++;
      else if (code === top) {
        stack.pop();
        if (stack.length === 0) return pos + 1;
      } else if ((code === 123 && next === 36) || (code === 36 && next === 123)) {
        stack.push(-1);
        pos++;
      }
    } else if (code === 34 || code === 96) {
      stack.push(code);
    } else if (code === 39) {
      const end = skipSingleQuoted(text, pos);
      if (end === -1) return -1;
      pos = end - 1;
    } else if (code === 123) {
      stack[stack.length - 1] = top - 1;
    } else if (code === 125) {
      if (top === -1) stack.pop();
      else stack[stack.length - 1] = top + 1;
    }
    pos++;
  }
  return -1;
}

export interface Heredoc {
  /** Offset just past the closing identifier, or -1 when it never comes. */
  end: number;
  /** `<<<'ID'`: nothing in the body is interpolated. */
  nowdoc: boolean;
  label: string;
}

/**
 * `<<<ID`, `<<<"ID"` or `<<<'ID'` at `start`, or undefined when this is not one. The body ends at
 * the first line holding only indentation and ID followed by a non-identifier character (PHP 7.3+
 * allows an indented closing marker and code after it, such as `ID;` or `ID, $x]`).
 */
export function readHeredoc(text: string, start: number): Heredoc | undefined {
  let pos = start + 3;
  while (text.charCodeAt(pos) === 32 || text.charCodeAt(pos) === 9) pos++;
  const quote = text.charCodeAt(pos);
  const quoted = quote === 34 || quote === 39;
  if (quoted) pos++;
  if (!isIdentifierStart(text.charCodeAt(pos))) return undefined;
  const labelStart = pos;
  while (isIdentifierPart(text.charCodeAt(pos))) pos++;
  const label = text.slice(labelStart, pos);
  if (quoted && text.charCodeAt(pos++) !== quote) return undefined;
  if (text.charCodeAt(pos) === 13) pos++;
  if (text.charCodeAt(pos) !== 10) return undefined;
  const nowdoc = quote === 39;
  let lineStart = pos + 1;
  while (lineStart <= text.length) {
    let at = lineStart;
    while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
    if (text.startsWith(label, at) && !isIdentifierPart(text.charCodeAt(at + label.length))) {
      return { end: at + label.length, nowdoc, label };
    }
    const newline = text.indexOf('\n', lineStart);
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return { end: -1, nowdoc, label };
}
