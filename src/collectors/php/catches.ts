// `catch.generic` and `catch.empty` in non-test PHP code.
import type { Finding } from '../../evidence.js';
import { excerpt, findingAt, type PhpScan } from './context.js';
import { isKeyword, isMemberName, isPunct, lastSegment, NAME, OPEN_BRACE, OPEN_PAREN, partnerOf, tokenText } from './tokens.js';

/** Lowercase, as PHP class names are case-insensitive. */
const CATCH_ALL = new Set(['exception', 'throwable']);

export function collectCatches(scan: PhpScan): Finding[] {
  if (scan.file.isTest) return [];
  const { tokens, text } = scan;
  const findings: Finding[] = [];
  for (let index = 0; index < tokens.count; index++) {
    if (!isKeyword(text, tokens, index, 'catch') || isMemberName(tokens, index) || !isPunct(tokens, index + 1, OPEN_PAREN)) continue;
    const close = partnerOf(tokens, index + 1);
    if (close < 0) continue;
    const offset = tokens.starts[index] ?? 0;
    const clause = excerpt(text, offset, tokens.ends[close] ?? offset);
    const widest = catchAllType(scan, index + 2, close);
    if (widest !== undefined) {
      const what = widest === 'throwable' ? 'every error and exception' : 'every exception';
      findings.push(findingAt(scan, 'catch.generic', offset, `\`${clause}\` catches ${what}; catch the exceptions you expect`));
    }
    const block = close + 1;
    if (isPunct(tokens, block, OPEN_BRACE) && partnerOf(tokens, block) === block + 1) {
      findings.push(findingAt(scan, 'catch.empty', offset, `empty \`${clause}\` block swallows the error`));
    }
  }
  return findings;
}

/** `throwable` or `exception` when a type of the union (`A | \Exception`) is one, plain or `\`-rooted. */
function catchAllType(scan: PhpScan, from: number, to: number): string | undefined {
  const { tokens, text } = scan;
  let found: string | undefined;
  for (let index = from; index < to; index++) {
    if (tokens.kinds[index] !== NAME) continue;
    const name = tokenText(text, tokens, index);
    const type = (name.startsWith('\\') && lastSegment(name) === name.slice(1) ? name.slice(1) : name).toLowerCase();
    if (CATCH_ALL.has(type) && found !== 'throwable') found = type;
  }
  return found;
}
