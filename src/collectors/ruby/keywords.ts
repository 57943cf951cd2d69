// The keywords that steer the lexer, found without slicing every identifier out of the text: most
// identifiers are ruled out by their length and first letter alone, the rest by one or two compares.
import { AFTER_IDENTIFIER, AFTER_VALUE, EXPECT_VALUE } from './lex-state.js';

export interface Keyword {
  word: string;
  /** What the keyword lets the next `/`, `%`, `<<`, `?` or `:` be. */
  expect: number;
}

/** Keywords after which an expression starts, so `/` begins a regex and `?a` is a character. */
const EXPRESSION_KEYWORDS = [
  'if', 'unless', 'while', 'until', 'and', 'or', 'not', 'return', 'when', 'case', 'in', 'then', 'else',
  'elsif', 'do', 'begin', 'rescue', 'ensure', 'yield', 'break', 'next', 'module',
];
/** Keywords that are values, so `/` after them divides. `class` too: `class << self` is not a heredoc. */
const VALUE_KEYWORDS = [
  'end', 'self', 'nil', 'true', 'false', 'redo', 'retry', 'class', '__FILE__', '__LINE__', '__ENCODING__', '__method__',
];
/** Words the lexer acts on that leave the next token as after any identifier: a method definition and the end of code. */
const OTHER_KEYWORDS = ['def', '__END__'];

const KEYWORDS: Keyword[] = [
  ...EXPRESSION_KEYWORDS.map((word) => ({ word, expect: EXPECT_VALUE })),
  ...VALUE_KEYWORDS.map((word) => ({ word, expect: AFTER_VALUE })),
  ...OTHER_KEYWORDS.map((word) => ({ word, expect: AFTER_IDENTIFIER })),
];
const LONGEST = Math.max(...KEYWORDS.map(({ word }) => word.length));

/** A letter's slot: its low five bits, the same for both cases, which `startsWith` then tells apart. */
function letterSlot(code: number): number {
  return code & 31;
}

/** Per length, a bit for each first letter some keyword of that length has: most words stop here. */
const FIRST_LETTERS = new Int32Array(LONGEST + 1);
/** Keywords by `length * 32 + letterSlot(first letter)`. */
const CANDIDATES: Keyword[][] = Array.from({ length: (LONGEST + 1) * 32 }, () => []);
for (const keyword of KEYWORDS) {
  const { length } = keyword.word;
  const slot = letterSlot(keyword.word.charCodeAt(0));
  FIRST_LETTERS[length] = (FIRST_LETTERS[length] ?? 0) | (1 << slot);
  CANDIDATES[length * 32 + slot]?.push(keyword);
}

/** The keyword spelled by `start`…`end`, or undefined for any other word. */
export function keywordAt(text: string, start: number, end: number): Keyword | undefined {
  const length = end - start;
  if (length > LONGEST) return undefined;
  const first = text.charCodeAt(start);
  const slot = letterSlot(first);
  if (first >= 128 || ((FIRST_LETTERS[length] ?? 0) & (1 << slot)) === 0) return undefined;
  const candidates = CANDIDATES[length * 32 + slot] ?? [];
  for (let index = 0; index < candidates.length; index++) {
    const keyword = candidates[index];
    if (keyword !== undefined && text.startsWith(keyword.word, start)) return keyword;
  }
  return undefined;
}
