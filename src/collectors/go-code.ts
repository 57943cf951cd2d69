// Code evidence from Go: tests, benchmarks, fuzz tests, examples, subtests, skip calls, panics and TODO
// comments, read from one lexing pass per file.
import type { Finding, SourceFile, TextCollector } from '../evidence.js';
import { byPosition, collectParseError, collectTodoComments, createContext } from './c-family/context.js';
import { GO } from './c-family/dialect.js';
import { collectGoPanics } from './c-family/go-panics.js';
import { collectGoTests } from './c-family/go-tests.js';

export function collectGoEvidence(file: SourceFile, text: string): Finding[] {
  const context = createContext(file, text, GO);
  return byPosition(
    collectGoTests(context).concat(collectGoPanics(context), collectTodoComments(context), collectParseError(context)),
  );
}

export const goCode: TextCollector = {
  id: 'go-code',
  wants: (file) => file.language === 'go',
  collect: collectGoEvidence,
};
