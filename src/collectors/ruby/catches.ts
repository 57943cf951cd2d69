// `catch.generic`, `catch.empty` and `catch.rescue-modifier` in non-test Ruby code.
// A `rescue` that starts a statement is a clause of `begin`/`def`/`do … end`; any other is the
// `expr rescue fallback` modifier, which rescues every StandardError raised by `expr`.
import type { Finding } from '../../evidence.js';
import { excerpt, findingAt, type RubyScan } from './context.js';
import { skipSeparators, startsStatement, statementEnd } from './statements.js';
import {
  COMMA,
  CONST,
  endsStatement,
  firstTokenFrom,
  HASH_ROCKET,
  isPunct,
  isWord,
  partnerOf,
  SCOPE,
  tokenText,
} from './tokens.js';

const CLAUSE_ENDS = ['rescue', 'else', 'ensure', 'end'];
const EVERY_EXCEPTION = 'Exception';
const EVERY_STANDARD_ERROR = 'StandardError';

export function collectRescues(scan: RubyScan): Finding[] {
  if (scan.file.isTest) return [];
  const { tokens, text } = scan;
  const findings: Finding[] = [];
  // Every `rescue` token starts where the text spells `rescue`: look only there, not at every token.
  for (let offset = text.indexOf('rescue'); offset !== -1; offset = text.indexOf('rescue', offset + 1)) {
    const index = firstTokenFrom(tokens, offset);
    if (tokens.starts[index] !== offset || !isWord(text, tokens, index, 'rescue')) continue;
    if (!startsStatement(text, tokens, index)) {
      const rest = excerpt(text, offset, tokens.starts[statementEnd(tokens, index, true)] ?? text.length, 60);
      findings.push(findingAt(scan, 'catch.rescue-modifier', offset, `\`${rest}\` modifier rescues every StandardError the statement raises`));
      continue;
    }
    const headerEnd = clauseHeaderEnd(scan, index + 1);
    const clause = excerpt(text, offset, tokens.ends[headerEnd - 1] ?? offset);
    const generic = genericMessage(scan, index + 1, headerEnd, clause);
    if (generic !== undefined) findings.push(findingAt(scan, 'catch.generic', offset, generic));
    const next = skipSeparators(tokens, isWord(text, tokens, headerEnd, 'then') ? headerEnd + 1 : headerEnd);
    if (CLAUSE_ENDS.some((word) => isWord(text, tokens, next, word))) {
      findings.push(findingAt(scan, 'catch.empty', offset, `\`${clause}\` swallows the error: its body is empty`));
    }
  }
  return findings;
}

/** The token after `rescue A, B => e`: a NEWLINE, `;` or `then` outside brackets. */
function clauseHeaderEnd(scan: RubyScan, from: number): number {
  const { tokens, text } = scan;
  let index = from;
  while (index < tokens.count && !endsStatement(tokens, index) && !isWord(text, tokens, index, 'then')) {
    const partner = partnerOf(tokens, index);
    index = partner > index ? partner + 1 : index + 1;
  }
  return index;
}

function genericMessage(scan: RubyScan, from: number, to: number, clause: string): string | undefined {
  const { tokens } = scan;
  let listEnd = from;
  while (listEnd < to && !isPunct(tokens, listEnd, HASH_ROCKET)) listEnd++;
  if (listEnd === from) {
    const what = to === from ? 'bare `rescue`' : `\`${clause}\``;
    return `${what} catches every StandardError; rescue the exceptions you expect`;
  }
  let elementStart = from;
  let widest: string | undefined;
  for (let index = from; index <= listEnd; index++) {
    if (index < listEnd && !isPunct(tokens, index, COMMA)) continue;
    const name = catchAllName(scan, elementStart, index);
    if (name === EVERY_EXCEPTION || (name === EVERY_STANDARD_ERROR && widest === undefined)) widest = name;
    elementStart = index + 1;
  }
  if (widest === EVERY_EXCEPTION) {
    return `\`${clause}\` catches every exception, even Interrupt and SystemExit; rescue the exceptions you expect`;
  }
  return widest === undefined ? undefined : `\`${clause}\` catches every StandardError; rescue the exceptions you expect`;
}

/** `Exception` or `StandardError` when the element `from`…`to` is one of them, plain or `::`-rooted. */
function catchAllName(scan: RubyScan, from: number, to: number): string | undefined {
  const { tokens, text } = scan;
  const name = isPunct(tokens, from, SCOPE) ? from + 1 : from;
  if (name !== to - 1 || tokens.kinds[name] !== CONST) return undefined;
  const word = tokenText(text, tokens, name);
  return word === EVERY_EXCEPTION || word === EVERY_STANDARD_ERROR ? word : undefined;
}
