// Code evidence from C#: tests by attribute, skipped tests and test classes, generic and empty catches,
// placeholder bodies and TODO comments, read from one lexing pass per file.
import type { Finding, SourceFile, TextCollector } from '../evidence.js';
import { collectEmptyCatches, findCatchClauses } from './c-family/catch-clauses.js';
import { byPosition, collectParseError, collectTodoComments, createContext } from './c-family/context.js';
import { collectCSharpGenericCatches } from './c-family/csharp-catches.js';
import { collectCSharpPlaceholders } from './c-family/csharp-stubs.js';
import { collectCSharpTests } from './c-family/csharp-tests.js';
import { CSHARP } from './c-family/dialect.js';

export function collectCSharpEvidence(file: SourceFile, text: string): Finding[] {
  const context = createContext(file, text, CSHARP);
  let findings = collectCSharpTests(context).concat(collectTodoComments(context), collectParseError(context));
  // Test code is excluded from catch and stub counts: swallowing errors or stubbing there is often the point.
  if (!file.isTest) {
    const clauses = findCatchClauses(context);
    findings = findings.concat(
      collectCSharpGenericCatches(context, clauses),
      collectEmptyCatches(context, clauses),
      collectCSharpPlaceholders(context),
    );
  }
  return byPosition(findings);
}

export const csharpCode: TextCollector = {
  id: 'csharp-code',
  wants: (file) => file.language === 'csharp',
  collect: collectCSharpEvidence,
};
