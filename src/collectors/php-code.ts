// Code evidence from PHP: PHPUnit test methods and skipped tests, generic and empty catches, TODO
// comments and "not implemented" placeholders, from one lexing pass over the file's code islands.
import type { Finding, SourceFile, TextCollector } from '../evidence.js';
import { indexLines } from './javascript/positions.js';
import { collectCatches } from './php/catches.js';
import { findingAt, type PhpScan } from './php/context.js';
import { findFunctions } from './php/declarations.js';
import { lexPhp } from './php/lexer.js';
import { collectPlaceholders } from './php/stubs.js';
import { collectTests } from './php/tests.js';
import { collectTodoComments } from './php/todos.js';

export function collectPhpEvidence(file: SourceFile, text: string): Finding[] {
  const lexed = lexPhp(text);
  const scan: PhpScan = { file, text, lexed, tokens: lexed.tokens, lines: indexLines(text) };
  const functions = findFunctions(scan);
  // concat, not push(...spread): a generated file can hold more findings than a call takes arguments.
  const findings = collectTests(scan, functions).concat(
    collectCatches(scan),
    collectTodoComments(scan),
    collectPlaceholders(scan, functions),
  );
  if (lexed.lostTrack !== undefined) {
    const finding = findingAt(scan, 'parse.errors', lexed.lostTrack.offset, '');
    finding.message =
      `could not follow PHP syntax after line ${finding.line} (${lexed.lostTrack.reason}); ` +
      'counts for this file may be incomplete';
    finding.data = { reason: lexed.lostTrack.reason };
    findings.push(finding);
  }
  return findings.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}

export const phpCode: TextCollector = {
  id: 'php-code',
  wants: (file) => file.language === 'php',
  collect: collectPhpEvidence,
};
