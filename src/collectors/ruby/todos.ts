// `todo.comments`: `#` comments and `=begin` blocks (one each) carrying TODO, FIXME, XXX or HACK as
// an uppercase whole word. Strings, heredocs and everything after `__END__` never reach here.
import type { Finding } from '../../evidence.js';
import { findTodoTag, todoMessage } from '../todo-tags.js';
import { findingAt, type RubyScan } from './context.js';

export function collectTodoComments(scan: RubyScan): Finding[] {
  const { text } = scan;
  const { commentStarts, bodyStarts, bodyEnds } = scan.lexed;
  const findings: Finding[] = [];
  for (let index = 0; index < commentStarts.length; index++) {
    const start = bodyStarts[index] ?? 0;
    const body = text.slice(start, bodyEnds[index] ?? start);
    const found = findTodoTag(body);
    if (found === undefined) continue;
    const finding = findingAt(scan, 'todo.comments', start + found.index, todoMessage(body, found));
    finding.data = { tag: found.tag };
    findings.push(finding);
  }
  return findings;
}
