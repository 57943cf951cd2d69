// `todo.comments`: `#` comments carrying a TODO, FIXME, XXX or HACK tag as an uppercase word.
import type { Finding, SourceFile } from '../../evidence.js';
import type { Comment } from './lexer.js';

const TAGS = ['TODO', 'FIXME', 'XXX', 'HACK'] as const;
const MAX_TEXT = 120;

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/** Offset of `tag` as a whole word in `text`, or -1. */
function wholeWordIndex(text: string, tag: string): number {
  let index = text.indexOf(tag);
  while (index >= 0) {
    const before = index > 0 ? text.charCodeAt(index - 1) : 32;
    const after = index + tag.length < text.length ? text.charCodeAt(index + tag.length) : 32;
    if (!isWordChar(before) && !isWordChar(after)) return index;
    index = text.indexOf(tag, index + 1);
  }
  return -1;
}

/** The tag that appears first in the comment, if any. */
export function firstTag(text: string): string | undefined {
  let found: string | undefined;
  let foundAt = Infinity;
  for (const tag of TAGS) {
    const index = wholeWordIndex(text, tag);
    if (index >= 0 && index < foundAt) {
      found = tag;
      foundAt = index;
    }
  }
  return found;
}

export function collectTodos(comments: readonly Comment[], file: SourceFile): Finding[] {
  const findings: Finding[] = [];
  for (const comment of comments) {
    const tag = firstTag(comment.text);
    if (tag === undefined) continue;
    const body = comment.text.replace(/^#+/, '').trim();
    const shown = body.length > MAX_TEXT ? `${body.slice(0, MAX_TEXT - 1)}…` : body;
    findings.push({
      kind: 'todo.comments',
      file: file.path,
      line: comment.line,
      column: comment.column,
      language: 'python',
      message: `${tag}: ${shown}`,
      data: { tag },
    });
  }
  return findings;
}
