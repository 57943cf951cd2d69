// `tests.cases` and `tests.skipped`: calls of it/test/specify (and x/f variants) in test files,
// with their modifier chains (`test.concurrent.skip.each(table)('name', fn)` is one test).
import type { Finding } from '../../evidence.js';
import { findingAt, shorten, type ScanContext } from './context.js';
import {
  CLOSE_PAREN,
  COLON,
  COMMA,
  DOT,
  IDENT,
  isKind,
  isPropertyName,
  isPunct,
  isWord,
  LESS,
  GREATER,
  SEMICOLON,
  OPEN_BRACE,
  OPEN_PAREN,
  partnerOf,
  QUESTION,
  STAR,
  STRING,
  TEMPLATE,
  TEMPLATE_HEAD,
  tokenText,
} from './tokens.js';

const TEST_FUNCTIONS = new Set(['it', 'test', 'specify', 'xit', 'xtest', 'xspecify', 'fit']);
/** First letters of the test functions, checked before an identifier's text is sliced out. */
const TEST_FUNCTION_INITIALS = new Set([...TEST_FUNCTIONS].map((name) => name.charCodeAt(0)));
const SKIPPED_FUNCTIONS = new Set(['xit', 'xtest', 'xspecify']);
const CHAIN_MEMBERS = new Set([
  'only', 'skip', 'todo', 'each', 'concurrent', 'failing', 'fails', 'fixme', 'sequential', 'skipIf', 'runIf', 'for',
]);
const SKIPPING_MEMBERS = new Set(['skip', 'todo', 'fixme']);
const NAME_LIMIT = 80;
const TYPE_ARGUMENTS_LIMIT = 256;

interface TestCall {
  members: string[];
  /** The last call's parentheses: its arguments are the test's name and body. */
  open: number;
  close: number;
}

export function collectTests(context: ScanContext): Finding[] {
  if (!context.file.isTestFile) return [];
  const { tokens, text } = context;
  const findings: Finding[] = [];
  for (let index = 0; index < tokens.count; index++) {
    if (tokens.kinds[index] !== IDENT) continue;
    const start = tokens.starts[index] ?? 0;
    const length = (tokens.ends[index] ?? 0) - start;
    if (length < 2 || length > 8 || !TEST_FUNCTION_INITIALS.has(text.charCodeAt(start))) continue;
    const root = tokenText(text, tokens, index);
    if (!TEST_FUNCTIONS.has(root) || isPropertyName(tokens, index) || followsFunctionKeyword(context, index)) continue;
    const call = readTestCall(context, index);
    if (call === undefined || call.close === call.open + 1 || isMethodDeclaration(context, index, call.close)) continue;
    const offset = tokens.starts[index] ?? 0;
    const name = testName(context, call.open);
    findings.push(findingAt(context, 'tests.cases', offset, name === undefined ? 'test (computed name)' : `test \`${name}\``));
    if (SKIPPED_FUNCTIONS.has(root) || call.members.some((member) => SKIPPING_MEMBERS.has(member))) {
      const form = [root, ...call.members].join('.');
      const label = name === undefined ? '(computed name)' : `\`${name}\``;
      findings.push(findingAt(context, 'tests.skipped', offset, `skipped test ${label} (${form})`));
    }
    // Tests nested in this call's arguments belong to it and are not counted again.
    index = call.close;
  }
  return findings;
}

function followsFunctionKeyword(context: ScanContext, index: number): boolean {
  const { text, tokens } = context;
  return (
    isWord(text, tokens, index - 1, 'function') ||
    (isPunct(tokens, index - 1, STAR) && isWord(text, tokens, index - 2, 'function'))
  );
}

/** Follows `.member`, `(args)` and tagged templates after the root; undefined when nothing is called. */
function readTestCall(context: ScanContext, root: number): TestCall | undefined {
  const { text, tokens } = context;
  const members: string[] = [];
  let open = -1;
  let close = -1;
  let index = root + 1;
  while (index < tokens.count) {
    if (isPunct(tokens, index, DOT) && isKind(tokens, index + 1, IDENT)) {
      const member = tokenText(text, tokens, index + 1);
      if (!CHAIN_MEMBERS.has(member)) break;
      members.push(member);
      index += 2;
    } else if (isPunct(tokens, index, OPEN_PAREN)) {
      const partner = partnerOf(tokens, index);
      if (partner < 0) break;
      open = index;
      close = partner;
      index = partner + 1;
    } else if (isPunct(tokens, index, LESS)) {
      // Type arguments: `test<Context>('name', fn)`, ``test.each<Row>`table` ``.
      const after = skipTypeArguments(context, index);
      if (!isPunct(tokens, after, OPEN_PAREN) && !isKind(tokens, after, TEMPLATE) && !isKind(tokens, after, TEMPLATE_HEAD)) {
        break;
      }
      index = after;
    } else if (isKind(tokens, index, TEMPLATE)) {
      index++;
    } else if (isKind(tokens, index, TEMPLATE_HEAD)) {
      const tail = partnerOf(tokens, index);
      if (tail < 0) break;
      index = tail + 1;
    } else {
      break;
    }
  }
  return open === -1 ? undefined : { members, open, close };
}

/** Index of the token after the `>` closing the `<` at `less`, or -1. */
function skipTypeArguments(context: ScanContext, less: number): number {
  const { tokens } = context;
  let depth = 0;
  let index = less;
  for (let steps = 0; index < tokens.count && steps < TYPE_ARGUMENTS_LIMIT; steps++) {
    if (isPunct(tokens, index, LESS)) depth++;
    else if (isPunct(tokens, index, GREATER) && --depth === 0) return index + 1;
    else if (isPunct(tokens, index, SEMICOLON)) return -1;
    const partner = partnerOf(tokens, index);
    if (partner >= 0 && partner < index) return -1;
    index = partner > index ? partner + 1 : index + 1;
  }
  return -1;
}

/**
 * `test(a) { … }` and `it(x): void` are method shorthands or signatures, not calls. A `)` followed by
 * `:` is a call only inside a conditional (`c ? it('a', f) : …`).
 */
function isMethodDeclaration(context: ScanContext, root: number, close: number): boolean {
  const { tokens, text } = context;
  if (isPunct(tokens, close + 1, OPEN_BRACE)) return true;
  if (!isPunct(tokens, close + 1, COLON)) return false;
  return !isPunct(tokens, root - 1, QUESTION) && !isWord(text, tokens, root - 1, 'case');
}

/** The first argument's text when it is a plain string or a template without substitutions. */
function testName(context: ScanContext, open: number): string | undefined {
  const { tokens, text } = context;
  const argument = open + 1;
  const kind = tokens.kinds[argument];
  if (kind !== STRING && kind !== TEMPLATE) return undefined;
  if (!isPunct(tokens, argument + 1, COMMA) && !isPunct(tokens, argument + 1, CLOSE_PAREN)) return undefined;
  const start = (tokens.starts[argument] ?? 0) + 1;
  const end = Math.max(start, (tokens.ends[argument] ?? 0) - 1);
  return shorten(text.slice(start, Math.min(end, start + NAME_LIMIT * 4)), NAME_LIMIT);
}
