// `stubs.placeholder` in non-test Ruby code: methods whose whole body is `raise NotImplementedError`.
import type { Finding } from '../../evidence.js';
import { findingAt, type RubyScan } from './context.js';
import { hasWordOutsideBrackets, skipSeparators, statementEnd } from './statements.js';
import { CONST, EQUALS, IDENT, isPunct, isWord, MEMBER, OPEN_PAREN, partnerOf, SCOPE, tokenText } from './tokens.js';

/** Words that make a `raise` conditional or part of a longer expression. */
const MODIFIERS = new Set(['if', 'unless', 'while', 'until', 'rescue', 'and', 'or']);

export function collectPlaceholders(scan: RubyScan): Finding[] {
  // Every placeholder names NotImplementedError: without it, no `def` needs a look.
  if (scan.file.isTest || !scan.text.includes('NotImplementedError')) return [];
  const { tokens, text } = scan;
  const findings: Finding[] = [];
  for (let index = 0; index < tokens.count - 1; index++) {
    if (!isWord(text, tokens, index, 'def')) continue;
    const name = index + 1;
    if (tokens.kinds[name] !== IDENT || tokens.values[name] !== MEMBER) continue;
    if (!bodyOnlyRaises(scan, name)) continue;
    const method = tokenText(text, tokens, name);
    findings.push(
      findingAt(scan, 'stubs.placeholder', tokens.starts[index] ?? 0, `\`${method}\` is a placeholder: its body is only \`raise NotImplementedError\``),
    );
  }
  return findings;
}

/** `def name(…)` … `raise NotImplementedError…` … `end`, or the endless `def name = raise NotImplementedError`. */
function bodyOnlyRaises(scan: RubyScan, name: number): boolean {
  const { tokens, text } = scan;
  let index = name + 1;
  if (isPunct(tokens, index, OPEN_PAREN) && tokens.starts[index] === tokens.ends[name]) {
    const close = partnerOf(tokens, index);
    if (close < 0) return false;
    index = close + 1;
  }
  if (isPunct(tokens, index, EQUALS)) return raisesNotImplemented(scan, index + 1, statementEnd(tokens, index + 1));
  const bodyStart = skipSeparators(tokens, statementEnd(tokens, index));
  const bodyEnd = statementEnd(tokens, bodyStart);
  return raisesNotImplemented(scan, bodyStart, bodyEnd) && isWord(text, tokens, skipSeparators(tokens, bodyEnd), 'end');
}

/** `raise NotImplementedError`, with `, "message"`, `.new(…)` or in `raise(…)`, unconditionally. */
function raisesNotImplemented(scan: RubyScan, from: number, to: number): boolean {
  const { tokens, text } = scan;
  if (!isWord(text, tokens, from, 'raise') && !isWord(text, tokens, from, 'fail')) return false;
  let index = from + 1;
  if (isPunct(tokens, index, OPEN_PAREN) && partnerOf(tokens, index) === to - 1) index++;
  if (isPunct(tokens, index, SCOPE)) index++;
  if (tokens.kinds[index] !== CONST || tokenText(text, tokens, index) !== 'NotImplementedError') return false;
  if (isPunct(tokens, index + 1, SCOPE)) return false;
  return !hasWordOutsideBrackets(text, tokens, index + 1, to, MODIFIERS);
}
