// `stubs.placeholder` in non-test PHP code: function and method bodies whose only statement is
// `throw new X(…)` where X's name or the first argument's string literal says "not implemented".
import type { Finding } from '../../evidence.js';
import { findingAt, type PhpScan } from './context.js';
import type { FunctionDeclaration } from './declarations.js';
import { isKeyword, isPunct, lastSegment, NAME, OPEN_PAREN, partnerOf, SEMICOLON, STRING, tokenText } from './tokens.js';

const NOT_IMPLEMENTED = /not.?implemented/i;
/** Enough of a message to find the words; bounds the regex on hostile literals. */
const MESSAGE_WINDOW = 1000;

export function collectPlaceholders(scan: PhpScan, functions: readonly FunctionDeclaration[]): Finding[] {
  if (scan.file.isTest) return [];
  const findings: Finding[] = [];
  for (const declaration of functions) {
    if (declaration.bodyOpen === -1 || !throwsNotImplementedOnly(scan, declaration)) continue;
    const name = declaration.name === '' ? 'function' : declaration.name;
    const offset = scan.tokens.starts[declaration.bodyOpen + 1] ?? 0;
    findings.push(findingAt(scan, 'stubs.placeholder', offset, `\`${name}\` is a placeholder: it only throws "Not implemented"`));
  }
  return findings;
}

function throwsNotImplementedOnly(scan: PhpScan, declaration: FunctionDeclaration): boolean {
  const { tokens, text } = scan;
  let index = declaration.bodyOpen + 1;
  if (!isKeyword(text, tokens, index, 'throw') || !isKeyword(text, tokens, index + 1, 'new')) return false;
  index += 2;
  if (tokens.kinds[index] !== NAME) return false;
  const className = lastSegment(tokenText(text, tokens, index++));
  let messageSaysSo = false;
  if (isPunct(tokens, index, OPEN_PAREN)) {
    const argument = index + 1;
    if (tokens.kinds[argument] === STRING) {
      const start = tokens.starts[argument] ?? 0;
      messageSaysSo = NOT_IMPLEMENTED.test(text.slice(start, Math.min(tokens.ends[argument] ?? start, start + MESSAGE_WINDOW)));
    }
    index = partnerOf(tokens, index) + 1;
    if (index === 0) return false;
  }
  if (isPunct(tokens, index, SEMICOLON)) index++;
  return index === declaration.bodyClose && (messageSaysSo || NOT_IMPLEMENTED.test(className));
}
