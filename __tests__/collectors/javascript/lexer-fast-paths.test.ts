import { describe, expect, it } from 'vitest';
import { lexJavaScript, type LexResult } from '../../../src/collectors/javascript/lexer.js';
import {
  ARROW,
  ELLIPSIS,
  INCREMENT,
  OPTIONAL_CHAIN,
  OTHER_OPERATOR,
  PUNCT,
  tokenText,
} from '../../../src/collectors/javascript/tokens.js';
import { countOf, linesOf, scan } from './scan.js';

const PLAIN = { jsx: false, tsx: false };

function snapshot(result: LexResult): number[][] {
  const { tokens } = result;
  return [tokens.kinds, tokens.starts, tokens.ends, tokens.values, tokens.partners].map((column) =>
    Array.from(column.subarray(0, tokens.count)),
  );
}

function punctuators(source: string): Array<[string, number]> {
  const { tokens } = lexJavaScript(source, PLAIN);
  const found: Array<[string, number]> = [];
  for (let index = 0; index < tokens.count; index++) {
    if (tokens.kinds[index] === PUNCT) found.push([tokenText(source, tokens, index), tokens.values[index] ?? 0]);
  }
  return found;
}

describe('lexer result reuse', () => {
  it('hands out the same result when the same text is lexed again with the same flavour', () => {
    const source = 'const a = f(1);\n';
    const first = lexJavaScript(source, PLAIN);
    expect(lexJavaScript(source, { jsx: false, tsx: false })).toBe(first);
    expect(lexJavaScript(source, { jsx: true, tsx: false })).not.toBe(first);
  });

  it('keeps earlier results intact while later files are lexed', () => {
    const source = 'function f(a) { return [a, `x${a}y`]; }\n';
    const first = lexJavaScript(source, PLAIN);
    const before = snapshot(first);
    // Enough tokens to fill the shared memory results are carved from, and one file too big for it.
    for (let round = 0; round < 4; round++) lexJavaScript(`${'(a, b) => [c];\n'.repeat(10000)}// ${round}\n`, PLAIN);
    lexJavaScript(';'.repeat(300000), PLAIN);
    expect(snapshot(first)).toEqual(before);
    expect(first.tokens.partners[2]).toBe(4);
  });

  it('sizes each result to its tokens', () => {
    const { tokens } = lexJavaScript('a + b;', PLAIN);
    expect(tokens.count).toBe(4);
    expect(tokens.kinds.length).toBe(4);
    expect(tokens.partners.length).toBe(4);
  });
});

describe('single-character punctuator shortcut', () => {
  it('still reads operators whose first character is followed by punctuation', () => {
    expect(punctuators('x=>y; a?.b; c ?.5 : 1; [...d]; e++ + f; g+=1; h !== i; j <<= 2;')).toEqual([
      ['=>', ARROW],
      [';', 59],
      ['?.', OPTIONAL_CHAIN],
      [';', 59],
      ['?', 63],
      [':', 58],
      [';', 59],
      ['[', 91],
      ['...', ELLIPSIS],
      [']', 93],
      [';', 59],
      ['++', INCREMENT],
      ['+', 43],
      [';', 59],
      ['+=', OTHER_OPERATOR],
      [';', 59],
      ['!==', OTHER_OPERATOR],
      [';', 59],
      ['<<=', OTHER_OPERATOR],
      [';', 59],
    ]);
  });
});

describe('analyses that search the text for their keyword', () => {
  it('finds an empty catch written without spaces after the word appears in strings and names', () => {
    const source = "const s = 'catch'; p.catchAll();\ntry{f()}catch{}\n";
    expect(linesOf(scan('src/io.js', source), 'catch.empty')).toEqual([[2, 'empty `catch` block swallows the error']]);
  });

  it('finds a placeholder written without spaces after `throw` appears in a comment and a name', () => {
    const source = "// throw later\nconst rethrow = 1;\nfunction load(){throw new Error('Not implemented')}\n";
    expect(linesOf(scan('src/io.ts', source), 'stubs.placeholder')).toEqual([
      [3, '`load` is a placeholder: it only throws "Not implemented"'],
    ]);
  });

  it('reads no TODO from a file whose only tag is in a string, and still reads one in a comment', () => {
    expect(countOf(scan('src/a.js', "const s = 'TODO: not a comment';\n"), 'todo.comments')).toBe(0);
    expect(linesOf(scan('src/a.js', "const s = 'x';\n/*\n * HACK around it */\n"), 'todo.comments')).toEqual([
      [3, 'HACK: around it'],
    ]);
  });

  it('counts every test function, whatever letter it starts with', () => {
    const source = "it('a', f); test('b', f); specify('c', f); xit('d', f); xtest('e', f); xspecify('f', f); fit('g', f);\n";
    expect(countOf(scan('src/a.test.js', source), 'tests.cases')).toBe(7);
    expect(countOf(scan('src/a.test.js', source), 'tests.skipped')).toBe(3);
  });
});
