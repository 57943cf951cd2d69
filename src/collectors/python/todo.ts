// `todo.comments`: `#` comments carrying a TODO, FIXME, XXX or HACK tag as an uppercase word.
import type { Finding, SourceFile } from '../../evidence.js';
import { findTodoTag, todoMessage } from '../todo-tags.js';
import type { Comment } from './lexer.js';

export function collectTodos(comments: readonly Comment[], file: SourceFile): Finding[] {
  const findings: Finding[] = [];
  for (const comment of comments) {
    const body = comment.text.replace(/^#+/, '');
    const found = findTodoTag(body);
    if (found === undefined) continue;
    findings.push({
      kind: 'todo.comments',
      file: file.path,
      line: comment.line,
      column: comment.column,
      language: 'python',
      message: todoMessage(body, found),
      data: { tag: found.tag },
    });
  }
  return findings;
}
