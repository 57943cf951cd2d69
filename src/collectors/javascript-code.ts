// Code evidence from JavaScript and TypeScript: test cases, skipped tests, empty catches, TODO
// comments and "not implemented" placeholders, read from one lexing pass per file.
import type { Finding, SourceFile, TextCollector } from '../evidence.js';
import { collectEmptyCatches } from './javascript/catches.js';
import { createScanContext, findingAt } from './javascript/context.js';
import { collectPlaceholders } from './javascript/stubs.js';
import { collectTests } from './javascript/tests.js';
import { collectTodoComments } from './javascript/todos.js';

export function collectJavaScriptEvidence(file: SourceFile, text: string): Finding[] {
  const context = createScanContext(file, text);
  const { lexed } = context;
  const findings = [
    ...collectTests(context),
    ...collectEmptyCatches(context),
    ...collectTodoComments(context),
    ...collectPlaceholders(context),
  ];
  if (lexed.lostTrack !== undefined) {
    const finding = findingAt(context, 'parse.errors', lexed.lostTrack.offset, '');
    const language = file.language === 'typescript' ? 'TypeScript' : 'JavaScript';
    finding.message =
      `could not follow ${language} syntax after line ${finding.line} (${lexed.lostTrack.reason}); ` +
      'counts for this file may be incomplete';
    findings.push(finding);
  }
  return findings;
}

export const javascriptCode: TextCollector = {
  id: 'javascript-code',
  wants: (file) => file.language === 'javascript' || file.language === 'typescript',
  collect: collectJavaScriptEvidence,
};
