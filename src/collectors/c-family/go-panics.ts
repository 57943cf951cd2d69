// `code.panics` for Go: calls of the built-in `panic(…)` in non-test code. A method `x.panic(…)` and a
// declaration `func panic(…)` are not the built-in.
import type { Finding } from '../../evidence.js';
import { findingAtToken, type ScanContext } from './context.js';
import { DOT, IDENT, isPunct, isWord, OPEN_PAREN, tokensSpelled } from './tokens.js';

export function collectGoPanics(context: ScanContext): Finding[] {
  if (context.file.isTest) return [];
  const { tokens, text } = context;
  const findings: Finding[] = [];
  for (const index of tokensSpelled(text, tokens, IDENT, 'panic')) {
    if (!isPunct(tokens, index + 1, OPEN_PAREN) || isPunct(tokens, index - 1, DOT) || isWord(text, tokens, index - 1, 'func')) continue;
    findings.push(findingAtToken(context, 'code.panics', index, '`panic(…)` call'));
  }
  return findings;
}
