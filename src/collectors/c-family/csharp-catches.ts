// `catch.generic` for C#: a bare `catch`, or a clause whose type is `Exception`, `System.Exception` or
// `global::System.Exception`, with or without a variable; an exception filter (`when …`) still counts.
import type { Finding } from '../../evidence.js';
import { clauseText, type CatchClause } from './catch-clauses.js';
import { findingAtToken, type ScanContext } from './context.js';
import { DOT, DOUBLE_COLON, IDENT, isKind, isPunct, tokenText } from './tokens.js';

const GENERIC_TYPES = new Set(['Exception', 'System.Exception', 'global::System.Exception']);

export function collectCSharpGenericCatches(context: ScanContext, clauses: readonly CatchClause[]): Finding[] {
  const findings: Finding[] = [];
  for (const clause of clauses) {
    if (clause.open !== -1 && !GENERIC_TYPES.has(caughtType(context, clause.open))) continue;
    const written = clause.open === -1 ? 'bare `catch`' : `\`${clauseText(context, clause)}\``;
    const message = `${written} catches every exception; catch the exceptions you expect`;
    findings.push(findingAtToken(context, 'catch.generic', clause.keyword, message));
  }
  return findings;
}

/** The type in `catch (global::System.Exception e)`, as written without spaces. */
function caughtType(context: ScanContext, open: number): string {
  const { tokens, text } = context;
  let type = '';
  let index = open + 1;
  while (isKind(tokens, index, IDENT)) {
    type += tokenText(text, tokens, index++);
    if (!isPunct(tokens, index, DOT) && !isPunct(tokens, index, DOUBLE_COLON)) break;
    type += tokenText(text, tokens, index++);
  }
  return type;
}
