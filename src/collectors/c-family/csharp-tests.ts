// C# tests by attribute (xUnit, NUnit, MSTest), in any file. A method counts once however many test
// attributes it carries (`[Theory]` with several `[InlineData]`, several `[TestCase]`).
import type { Finding } from '../../evidence.js';
import { findingAtToken, type ScanContext } from './context.js';
import { declarationAfterAttributes, type CSharpAttribute } from './csharp-attributes.js';
import { EQUALS, isPunct, isWord, partnerOf, PUNCT, tokensSpelled, tokenText } from './tokens.js';

const TEST_ATTRIBUTES = new Set(['Fact', 'Theory', 'Test', 'TestCase', 'TestCaseSource', 'TestMethod', 'DataTestMethod']);

export function collectCSharpTests(context: ScanContext): Finding[] {
  const { tokens, text } = context;
  const findings: Finding[] = [];
  // Attribute lists read as part of an earlier declaration are not read again.
  let readUpTo = 0;
  for (const index of tokensSpelled(text, tokens, PUNCT, '[')) {
    if (index < readUpTo) continue;
    const declaration = declarationAfterAttributes(context, index);
    if (declaration.attributes.length === 0) continue;
    readUpTo = declaration.end;
    const { attributes, name } = declaration;
    const declared = tokenText(text, tokens, name);
    const ignore = attributes.find((attribute) => attribute.name === 'Ignore');
    if (declaration.kind === 'class' && ignore !== undefined) {
      findings.push(findingAtToken(context, 'tests.skipped-classes', ignore.start, `test class \`${declared}\` is skipped (\`[Ignore]\`)`));
    }
    const tests = attributes.filter((attribute) => TEST_ATTRIBUTES.has(attribute.name));
    if (declaration.kind !== 'method' || tests.length === 0) continue;
    findings.push(findingAtToken(context, 'tests.cases', name, `test \`${declared}\``));
    const skip = tests.map((attribute) => skipArgument(context, attribute)).find((at) => at !== -1);
    if (skip !== undefined) {
      findings.push(findingAtToken(context, 'tests.skipped', skip, `test \`${declared}\` is skipped (\`Skip = …\`)`));
    } else if (ignore !== undefined) {
      findings.push(findingAtToken(context, 'tests.skipped', ignore.start, `test \`${declared}\` is skipped (\`[Ignore]\`)`));
    }
  }
  return findings;
}

/** Token index of `Skip` in `[Fact(Skip = "…")]`, -1 when the attribute has no such argument. */
function skipArgument(context: ScanContext, attribute: CSharpAttribute): number {
  const { tokens, text } = context;
  if (attribute.open === -1) return -1;
  const close = partnerOf(tokens, attribute.open);
  for (let at = attribute.open + 1; at < close; at++) {
    const partner = partnerOf(tokens, at);
    if (partner > at) at = partner;
    else if (isWord(text, tokens, at, 'Skip') && isPunct(tokens, at + 1, EQUALS)) return at;
  }
  return -1;
}
