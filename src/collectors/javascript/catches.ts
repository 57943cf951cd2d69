// `catch.empty`: a `catch` clause whose block holds no statements. JavaScript has no typed catch,
// so nothing here counts towards `catch.generic`.
import type { Finding } from '../../evidence.js';
import { findingAt, type ScanContext } from './context.js';
import { CLOSE_BRACE, isPunct, isWord, OPEN_BRACE, OPEN_PAREN, partnerOf, wordTokens } from './tokens.js';

export function collectEmptyCatches(context: ScanContext): Finding[] {
  if (context.file.isTest) return [];
  const { tokens, text } = context;
  const findings: Finding[] = [];
  for (const index of wordTokens(text, tokens, 'catch')) {
    // A catch clause always follows its try block; this rules out `promise.catch(…)` and methods named catch.
    if (!isPunct(tokens, index - 1, CLOSE_BRACE)) continue;
    if (!isWord(text, tokens, partnerOf(tokens, index - 1) - 1, 'try')) continue;
    let block = index + 1;
    if (isPunct(tokens, block, OPEN_PAREN)) block = partnerOf(tokens, block) + 1;
    if (block > 0 && isPunct(tokens, block, OPEN_BRACE) && partnerOf(tokens, block) === block + 1) {
      findings.push(findingAt(context, 'catch.empty', tokens.starts[index] ?? 0, 'empty `catch` block swallows the error'));
    }
  }
  return findings;
}
