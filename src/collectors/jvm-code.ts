// Code evidence from Java and Kotlin: tests and test templates by annotation, skipped tests and test
// classes, generic and empty catches, placeholder bodies and TODO comments, from one lexing pass per file.
import type { Finding, SourceFile, TextCollector } from '../evidence.js';
import { collectEmptyCatches, findCatchClauses } from './c-family/catch-clauses.js';
import { byPosition, collectParseError, collectTodoComments, createContext } from './c-family/context.js';
import { JAVA, KOTLIN } from './c-family/dialect.js';
import { collectJvmGenericCatches } from './c-family/jvm-catches.js';
import { collectJvmPlaceholders } from './c-family/jvm-stubs.js';
import { collectJvmTests } from './c-family/jvm-tests.js';

export function collectJvmEvidence(file: SourceFile, text: string): Finding[] {
  const kotlin = file.language === 'kotlin';
  const context = createContext(file, text, kotlin ? KOTLIN : JAVA);
  let findings = collectJvmTests(context, kotlin).concat(collectTodoComments(context), collectParseError(context));
  // Test code is excluded from catch and stub counts: swallowing errors or stubbing there is often the point.
  if (!file.isTest) {
    const clauses = findCatchClauses(context);
    findings = findings.concat(
      collectJvmGenericCatches(context, clauses, kotlin),
      collectEmptyCatches(context, clauses),
      collectJvmPlaceholders(context, kotlin),
    );
  }
  return byPosition(findings);
}

export const jvmCode: TextCollector = {
  id: 'jvm-code',
  wants: (file) => file.language === 'java' || file.language === 'kotlin',
  collect: collectJvmEvidence,
};
