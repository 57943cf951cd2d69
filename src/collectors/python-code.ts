// The Python code-evidence collector: tests, skipped tests, generic and empty catches, TODO
// comments and placeholder functions, read from one tokenization of the file.
import type { Finding, SourceFile, TextCollector } from '../evidence.js';
import { collectHandlers } from './python/handlers.js';
import { lexPython } from './python/lexer.js';
import { buildStatementTree } from './python/structure.js';
import { collectStubs } from './python/stubs.js';
import { collectTests } from './python/tests.js';
import { collectTodos } from './python/todo.js';

function parseError(file: SourceFile, line: number, reason: string): Finding {
  return {
    kind: 'parse.errors',
    file: file.path,
    line,
    language: 'python',
    message: `could not follow Python syntax after line ${line} (${reason}); counts for this file may be incomplete`,
    data: { reason },
  };
}

export function collectPython(file: SourceFile, text: string): Finding[] {
  const lexed = lexPython(text);
  const tree = buildStatementTree(lexed.lines);
  // concat, not push(...spread): a generated file can hold more findings than a call takes arguments.
  let findings = collectTests(tree.module, file).concat(collectTodos(lexed.comments, file));
  // Test code is excluded from catch and stub counts: swallowing errors or stubbing there is often the point.
  if (!file.isTest) {
    findings = findings.concat(collectHandlers(tree.module, file, text), collectStubs(tree.module, file));
  }
  if (lexed.error !== undefined) findings.push(parseError(file, lexed.error.line, lexed.error.reason));
  else if (tree.tooDeepLine !== undefined) {
    findings.push(parseError(file, tree.tooDeepLine, 'too many levels of indentation'));
  }
  return findings.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}

export const pythonCode: TextCollector = {
  id: 'python-code',
  wants: (file) => file.language === 'python',
  collect: collectPython,
};
