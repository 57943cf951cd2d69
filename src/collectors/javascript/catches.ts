// `catch.empty`: a `catch` clause whose block holds no statements. JavaScript has no typed catch,
// so nothing here counts towards `catch.generic`.
import type { Finding } from '../../evidence.js';
import { findingAt, type ScanContext } from './context.js';
import { CLOSE_BRACE, IDENT, isPunct, isWord, OPEN_BRACE, OPEN_PAREN, partnerOf } from './tokens.js';

export function collectEmptyCatches(context: ScanContext): Finding[] {
  if (context.file.isTest) return [];
  const { tokens, text } = context;
  const findings: Finding[] = [];
  for (let index = 0; index < tokens.count; index++) {
    if (tokens.kinds[index] !== IDENT || !isWord(text, tokens, index, 'catch')) continue;
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
