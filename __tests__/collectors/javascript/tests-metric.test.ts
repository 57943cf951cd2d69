import { describe, expect, it } from 'vitest';
import { countOf, linesOf, scan } from './scan.js';

const TEST_FILE = 'src/math.test.ts';

describe('tests.cases', () => {
  it.each([
    ["it('adds', () => {});", 1],
    ["test('adds', fn); specify('x', fn); fit('f', fn);", 3],
    ["it.each([1, 2])('curried %i', (n) => {});", 1],
    ["test.skipIf(isCi)('conditional', fn);", 1],
    ['test.each`\n  a | b\n  ${1} | ${2}\n`(\'tagged $a\', fn);', 1],
    ["test.each<{ a: number }>`a\n${1}`('typed tagged', fn);", 1],
    ["test<{ db: Db }>('typed', fn); it.concurrent.skip.each(rows)('chain', fn);", 2],
    ["it('with timeout', fn).timeout(500);", 1],
    ["it('outer', () => { it('inner', () => {}); test('inner 2', fn); });", 1],
    ["describe('suite', () => { it('a', fn); it('b', fn); });", 2],
    ["describe.skip('suite', () => { it('a', fn); });", 1],
    ['re.test(s); foo.it(x); a?.test(b); obj.test.skip(x);', 0],
    ['function test(a) {} function* it(x) {} const test2 = test;', 0],
    ['class Case { test(a) { return a; } it(x): void {} }', 0],
    ['const helpers = { test(a) {}, it(b): string { return b; } };', 0],
    ['interface Api {\n  it(name: string): void\n  test(name: string): void\n}', 0],
    ['it(); test.each(table)();', 0],
    ["const r = ok ? it('then', fn) : test('else', fn);", 2],
    ["test('x', fn)\n;const test = 1; test = 2;", 1],
    ["const s = \"it('no', fn)\"; // test('no', fn)\nconst t = `${it('yes', fn)}`;", 1],
  ])('%s → %i', (source, expected) => {
    expect(countOf(scan(TEST_FILE, source), 'tests.cases')).toBe(expected);
  });

  it('names tests from plain strings and templates only', () => {
    const source = [
      "it('adds two numbers', fn);",
      'test(`template name`, fn);',
      'test(`computed ${n}`, fn);',
      'it(name, fn);',
      "it('a' + b, fn);",
      `it('${'n'.repeat(100)}', fn);`,
    ].join('\n');
    expect(linesOf(scan(TEST_FILE, source), 'tests.cases')).toEqual([
      [1, 'test `adds two numbers`'],
      [2, 'test `template name`'],
      [3, 'test (computed name)'],
      [4, 'test (computed name)'],
      [5, 'test (computed name)'],
      [6, `test \`${'n'.repeat(80)}…\``],
    ]);
  });

  it('counts only in test files', () => {
    expect(countOf(scan('src/math.ts', "it('adds', fn);"), 'tests.cases')).toBe(0);
    expect(countOf(scan('test/helpers.ts', "it('adds', fn);"), 'tests.cases')).toBe(0);
    expect(countOf(scan('src/__tests__/math.js', "it('adds', fn);"), 'tests.cases')).toBe(1);
    expect(countOf(scan('src/math.spec.jsx', "it('renders', () => { render(<A b='x' />); });"), 'tests.cases')).toBe(1);
  });

  it('reports the line and column of the callee', () => {
    const [finding] = scan(TEST_FILE, "describe('s', () => {\n    it.each([1])('n', fn);\n});");
    expect(finding).toMatchObject({ kind: 'tests.cases', line: 2, column: 5, language: 'typescript' });
  });
});

describe('tests.skipped', () => {
  it('counts x-prefixed, skip, todo and fixme forms, naming the form', () => {
    const source = [
      "it.skip('a', fn);",
      "xit('b', fn);",
      "test.todo('c');",
      "test.concurrent.skip.each(rows)('d', fn);",
      "test.fixme('e', fn);",
      "xtest(name, fn);",
      "test.skipIf(ci)('not skipped', fn);",
      "it.only('focused', fn);",
      "describe.skip('suite', () => { it('inner', fn); });",
    ].join('\n');
    const findings = scan(TEST_FILE, source);
    expect(countOf(findings, 'tests.cases')).toBe(9);
    expect(linesOf(findings, 'tests.skipped')).toEqual([
      [1, 'skipped test `a` (it.skip)'],
      [2, 'skipped test `b` (xit)'],
      [3, 'skipped test `c` (test.todo)'],
      [4, 'skipped test `d` (test.concurrent.skip.each)'],
      [5, 'skipped test `e` (test.fixme)'],
      [6, 'skipped test (computed name) (xtest)'],
    ]);
  });
});
