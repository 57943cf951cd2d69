// Code evidence from JavaScript and TypeScript: test cases, skipped tests, empty catches, TODO
// comments and "not implemented" placeholders, read from one lexing pass per file.
import type { Finding, SourceFile, TextCollector } from '../evidence.js';
import { collectEmptyCatches } from './javascript/catches.js';
import { findingAt, type ScanContext } from './javascript/context.js';
import { lexJavaScript, type Flavour, type LexResult } from './javascript/lexer.js';
import { indexLines, type LineStarts } from './javascript/positions.js';
import { collectPlaceholders } from './javascript/stubs.js';
import { collectTests } from './javascript/tests.js';
import { collectTodoComments } from './javascript/todos.js';

/** In .ts/.mts/.cts `<T>x` is a type assertion, so only these extensions may hold JSX. */
const JSX_EXTENSIONS = new Set(['js', 'jsx', 'mjs', 'cjs', 'tsx']);

function flavourOf(path: string): Flavour {
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return { jsx: JSX_EXTENSIONS.has(extension), tsx: extension === 'tsx' };
}

function scanContext(file: SourceFile, text: string, lexed: LexResult): ScanContext {
  let lines: LineStarts | undefined;
  return {
    file,
    text,
    lexed,
    tokens: lexed.tokens,
    // Line starts are only needed to place a finding, and many files have none: index them on first use.
    get lines() {
      return (lines ??= indexLines(text));
    },
  };
}

export function collectJavaScriptEvidence(file: SourceFile, text: string): Finding[] {
  const lexed = lexJavaScript(text, flavourOf(file.path));
  const context = scanContext(file, text, lexed);
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
