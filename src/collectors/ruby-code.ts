// Code evidence from Ruby: test cases, skipped and pending tests, generic, empty and modifier
// rescues, TODO comments and `raise NotImplementedError` placeholders, from one lexing pass.
import type { Finding, SourceFile, TextCollector } from '../evidence.js';
import { collectRescues } from './ruby/catches.js';
import { findingAt, type RubyScan } from './ruby/context.js';
import { lexRuby } from './ruby/lexer.js';
import { collectPlaceholders } from './ruby/stubs.js';
import { collectTests } from './ruby/tests.js';
import { collectTodoComments } from './ruby/todos.js';
import { createTokenBuffer } from './ruby/tokens.js';

/**
 * The token buffer every file is lexed into. Collecting is synchronous and nothing keeps the tokens
 * past it, so one buffer serves all files; allocating its typed arrays anew cost more than lexing a small file.
 */
const tokenBuffer = createTokenBuffer();

export function collectRubyEvidence(file: SourceFile, text: string): Finding[] {
  const lexed = lexRuby(text, tokenBuffer);
  const scan: RubyScan = { file, text, lexed, tokens: lexed.tokens, lines: undefined };
  // concat, not push(...spread): a generated file can hold more findings than a call takes arguments.
  const findings = collectTests(scan).concat(collectRescues(scan), collectTodoComments(scan), collectPlaceholders(scan));
  if (lexed.lostTrack !== undefined) {
    const finding = findingAt(scan, 'parse.errors', lexed.lostTrack.offset, '');
    finding.message =
      `could not follow Ruby syntax after line ${finding.line} (${lexed.lostTrack.reason}); ` +
      'counts for this file may be incomplete';
    finding.data = { reason: lexed.lostTrack.reason };
    findings.push(finding);
  }
  return findings.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}

export const rubyCode: TextCollector = {
  id: 'ruby-code',
  wants: (file) => file.language === 'ruby',
  collect: collectRubyEvidence,
};
