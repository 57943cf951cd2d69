// `catch` clauses of Java, Kotlin and C#, and `catch.empty`. A clause always follows the `}` of its try
// block or of the previous clause, which rules out Kotlin Flow's `.catch { }` and other uses of the word.
import type { Finding } from '../../evidence.js';
import { findingAtToken, type ScanContext } from './context.js';
import { CLOSE_BRACE, IDENT, isPunct, isWord, OPEN_BRACE, OPEN_PAREN, partnerOf, tokensSpelled } from './tokens.js';

export interface CatchClause {
  /** Token index of `catch`. */
  keyword: number;
  /** Token index of the `(` of its declaration, -1 for C#'s bare `catch`. */
  open: number;
  /** Token index of the `{` of its block. */
  block: number;
}

export function findCatchClauses(context: ScanContext): CatchClause[] {
  const { tokens, text } = context;
  const clauses: CatchClause[] = [];
  for (const index of tokensSpelled(text, tokens, IDENT, 'catch')) {
    if (!isPunct(tokens, index - 1, CLOSE_BRACE)) continue;
    const open = isPunct(tokens, index + 1, OPEN_PAREN) ? index + 1 : -1;
    let block = open === -1 ? index + 1 : partnerOf(tokens, open) + 1;
    // C# exception filter: `catch (IOException e) when (e.HResult == 5) { … }`.
    if (block > 0 && isWord(text, tokens, block, 'when') && isPunct(tokens, block + 1, OPEN_PAREN)) {
      block = partnerOf(tokens, block + 1) + 1;
    }
    if (block > 0 && isPunct(tokens, block, OPEN_BRACE)) clauses.push({ keyword: index, open, block });
  }
  return clauses;
}

/** The clause as written up to its `)`, whitespace collapsed: `catch (Exception e)`. */
export function clauseText(context: ScanContext, clause: CatchClause): string {
  const { tokens, text } = context;
  if (clause.open === -1) return 'catch';
  const close = partnerOf(tokens, clause.open);
  const inside = text.slice(tokens.ends[clause.open] ?? 0, tokens.starts[close] ?? 0).replace(/\s+/g, ' ').trim();
  return `catch (${inside.length > 80 ? `${inside.slice(0, 80)}…` : inside})`;
}

/** `catch.empty`: the clause's block holds no tokens (comments allowed). */
export function collectEmptyCatches(context: ScanContext, clauses: readonly CatchClause[]): Finding[] {
  const findings: Finding[] = [];
  for (const clause of clauses) {
    if (partnerOf(context.tokens, clause.block) !== clause.block + 1) continue;
    const message = `empty \`${clauseText(context, clause)}\` block swallows the error`;
    findings.push(findingAtToken(context, 'catch.empty', clause.keyword, message));
  }
  return findings;
}
