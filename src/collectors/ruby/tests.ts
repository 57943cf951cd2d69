// `tests.cases`, `tests.skipped` and `tests.pending` in Ruby test files: RSpec/Capybara examples,
// ActiveSupport `test "…"` blocks, minitest `def test_*` methods, and `skip`/`pending` statements.
import type { Finding } from '../../evidence.js';
import { excerpt, findingAt, type RubyScan } from './context.js';
import { startsStatement, statementEnd } from './statements.js';
import {
  CLOSE_BRACE,
  IDENT,
  isPunct,
  isWord,
  MEMBER,
  OPEN_BRACE,
  OPEN_PAREN,
  PUNCT,
  QUOTED,
  SEMICOLON,
  STRING,
  tokenText,
} from './tokens.js';

/** Example methods that count when called with a string description (f-prefixed: focused, still tests). */
const DESCRIBED_EXAMPLES = new Set([
  'it', 'specify', 'scenario', 'example', 'test', 'xit', 'xspecify', 'xscenario', 'xexample', 'fit', 'fspecify', 'fscenario', 'fexample',
]);
/**
 * Example methods that also count with a block and no description: `it { is_expected.to … }`.
 * RSpec defines `example` and Capybara `scenario` exactly as `it`; `test` always takes a name.
 */
const UNDESCRIBED_EXAMPLES = new Set([
  'it', 'specify', 'scenario', 'example', 'xit', 'xspecify', 'xscenario', 'xexample', 'fit', 'fspecify', 'fscenario', 'fexample',
]);
const PENDING_CALLS = new Set(['skip', 'pending']);
const NAME_LIMIT = 80;
const LONGEST_WORD = Math.max(...[...DESCRIBED_EXAMPLES, ...PENDING_CALLS, 'def'].map((word) => word.length));

export function collectTests(scan: RubyScan): Finding[] {
  if (!scan.file.isTestFile) return [];
  const { tokens, text } = scan;
  const findings: Finding[] = [];
  for (let index = 0; index < tokens.count; index++) {
    if (tokens.kinds[index] !== IDENT || tokens.values[index] === MEMBER) continue;
    // Longer words are none of the calls below; not slicing them out saves most of the walk.
    if ((tokens.ends[index] ?? 0) - (tokens.starts[index] ?? 0) > LONGEST_WORD) continue;
    const word = tokenText(text, tokens, index);
    const offset = tokens.starts[index] ?? 0;
    if (word === 'def') {
      const name = minitestName(scan, index + 1);
      if (name !== undefined) findings.push(findingAt(scan, 'tests.cases', offset, `test \`${name}\``));
    } else if (DESCRIBED_EXAMPLES.has(word)) {
      const label = exampleLabel(scan, index, word);
      if (label === undefined) continue;
      findings.push(findingAt(scan, 'tests.cases', offset, `test ${label}`));
      if (word.startsWith('x')) findings.push(findingAt(scan, 'tests.skipped', offset, `skipped test ${label} (${word})`));
    } else if (PENDING_CALLS.has(word) && isPendingStatement(scan, index)) {
      const statement = excerpt(text, offset, tokens.starts[statementEnd(tokens, index, true)] ?? text.length);
      findings.push(findingAt(scan, 'tests.pending', offset, `pending test: \`${statement}\``));
    }
  }
  return findings;
}

/** `def test_something`: what minitest runs (instance methods whose name starts with `test_`). */
function minitestName(scan: RubyScan, index: number): string | undefined {
  const { tokens, text } = scan;
  if (tokens.kinds[index] !== IDENT || tokens.values[index] !== MEMBER) return undefined;
  const name = tokenText(text, tokens, index);
  return name.startsWith('test_') ? name : undefined;
}

/** "`description`" or "(no description)" when `word` at `index` calls an example, else undefined. */
function exampleLabel(scan: RubyScan, index: number, word: string): string | undefined {
  const { tokens, text } = scan;
  const argument = isPunct(tokens, index + 1, OPEN_PAREN) ? index + 2 : index + 1;
  if (tokens.kinds[argument] === STRING && tokens.values[argument] === QUOTED) {
    return `\`${description(tokenText(text, tokens, argument))}\``;
  }
  const block = isPunct(tokens, index + 1, OPEN_BRACE) || isWord(text, tokens, index + 1, 'do');
  return block && UNDESCRIBED_EXAMPLES.has(word) ? '(no description)' : undefined;
}

/** The words of a string literal without its quotes (`'a'`, `"a"`, `%q(a)`, `%(a)`); a heredoc as written. */
function description(literal: string): string {
  let body = literal;
  if (literal.startsWith('%')) body = literal.slice(/[qQ]/.test(literal.charAt(1)) ? 3 : 2, -1);
  else if (literal.startsWith('"') || literal.startsWith("'")) body = literal.slice(1, -1);
  return excerpt(body, 0, body.length, NAME_LIMIT);
}

/** `skip`, `skip "reason"`, `pending("reason")`, `skip if …`, `{ pending }` as a statement of its own. */
function isPendingStatement(scan: RubyScan, index: number): boolean {
  const { tokens, text } = scan;
  if (!startsStatement(text, tokens, index)) return false;
  const next = index + 1;
  if (next >= tokens.count || tokens.kinds[next] !== PUNCT) return true;
  return isPunct(tokens, next, OPEN_PAREN) || isPunct(tokens, next, OPEN_BRACE) || isPunct(tokens, next, CLOSE_BRACE) ||
    isPunct(tokens, next, SEMICOLON);
}
