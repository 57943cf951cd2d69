// `todo.comments`: comments carrying TODO, FIXME, XXX or HACK as an uppercase whole word.
// Only comments count; the same words in strings, templates, regexes or JSX text never reach here.
import type { Finding } from '../../evidence.js';
import { findTodoTag, todoMessage } from '../todo-tags.js';
import { findingAt, type ScanContext } from './context.js';

/** A comment holds a tag only if the whole text does; most files hold none, so their comments are skipped. */
function mayHoldTags(text: string): boolean {
  return text.includes('TODO') || text.includes('FIXME') || text.includes('XXX') || text.includes('HACK');
}

export function collectTodoComments(context: ScanContext): Finding[] {
  const { text } = context;
  if (!mayHoldTags(text)) return [];
  const { commentStarts, commentEnds } = context.lexed;
  const findings: Finding[] = [];
  for (let index = 0; index < commentStarts.length; index++) {
    const start = commentStarts[index] ?? 0;
    const end = commentEnds[index] ?? start;
    const isBlock = text.charCodeAt(start + 1) === 42;
    const bodyEnd = isBlock && text.endsWith('*/', end) && end - start >= 4 ? end - 2 : end;
    const body = text.slice(start + 2, bodyEnd);
    const found = findTodoTag(body);
    if (found === undefined) continue;
    findings.push(findingAt(context, 'todo.comments', start + 2 + found.index, todoMessage(body, found)));
  }
  return findings;
}
