// Java and Kotlin tests, by annotation, in any file: JUnit 4/5, TestNG and kotlin.test all use these
// simple names. A method counts once however many annotations it carries.
import type { Finding } from '../../evidence.js';
import { findingAtToken, type ScanContext } from './context.js';
import { declarationAt, declaredName, type Annotation } from './jvm-declarations.js';
import { PUNCT, tokensSpelled } from './tokens.js';

const CASE_ANNOTATIONS = new Set(['Test', 'ParameterizedTest']);
const TEMPLATE_ANNOTATIONS = new Set(['RepeatedTest', 'TestFactory', 'TestTemplate']);

function isSkip(annotation: Annotation): boolean {
  return annotation.name === 'Ignore' || annotation.name.startsWith('Disabled');
}

export function collectJvmTests(context: ScanContext, kotlin: boolean): Finding[] {
  const { tokens, text } = context;
  const findings: Finding[] = [];
  // Annotations read as part of an earlier declaration are not read again.
  let readUpTo = 0;
  for (const index of tokensSpelled(text, tokens, PUNCT, '@')) {
    if (index < readUpTo) continue;
    const declaration = declarationAt(context, index, kotlin);
    if (declaration.annotations.length === 0) continue;
    readUpTo = declaration.end;
    const { annotations, name } = declaration;
    const skip = annotations.find(isSkip);
    const declared = declaredName(context, name);
    if (declaration.kind === 'class' && skip !== undefined) {
      findings.push(findingAtToken(context, 'tests.skipped-classes', skip.at, `test class \`${declared}\` is skipped (\`@${skip.name}\`)`));
    }
    if (declaration.kind !== 'method') continue;
    const isCase = annotations.some((annotation) => CASE_ANNOTATIONS.has(annotation.name));
    const isTemplate = !isCase && annotations.some((annotation) => TEMPLATE_ANNOTATIONS.has(annotation.name));
    if (isCase) findings.push(findingAtToken(context, 'tests.cases', name, `test \`${declared}\``));
    if (isTemplate) findings.push(findingAtToken(context, 'tests.templates', name, `test template \`${declared}\``));
    if ((isCase || isTemplate) && skip !== undefined) {
      findings.push(findingAtToken(context, 'tests.skipped', skip.at, `test \`${declared}\` is skipped (\`@${skip.name}\`)`));
    }
  }
  return findings;
}
