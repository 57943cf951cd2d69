// `todo.comments`: `//`, `#` and `/* … */` comments (one per block, docblocks too) carrying TODO,
// FIXME, XXX or HACK as an uppercase whole word. `#[` starts an attribute, never a comment.
import type { Finding } from '../../evidence.js';
import { findTodoTag, todoMessage } from '../todo-tags.js';
import { findingAt, type PhpScan } from './context.js';

export function collectTodoComments(scan: PhpScan): Finding[] {
  const { text } = scan;
  const { commentStarts, commentEnds } = scan.lexed;
  const findings: Finding[] = [];
  for (let index = 0; index < commentStarts.length; index++) {
    const start = commentStarts[index] ?? 0;
    const end = commentEnds[index] ?? start;
    const markerLength = text.charCodeAt(start) === 35 ? 1 : 2;
    const isBlock = text.charCodeAt(start + 1) === 42;
    const bodyEnd = isBlock && text.endsWith('*/', end) && end - start >= 4 ? end - 2 : end;
    const body = text.slice(start + markerLength, bodyEnd);
    const found = findTodoTag(body);
    if (found === undefined) continue;
    const finding = findingAt(scan, 'todo.comments', start + markerLength + found.index, todoMessage(body, found));
    finding.data = { tag: found.tag };
    findings.push(finding);
  }
  return findings;
}
