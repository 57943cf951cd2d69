import { describe, expect, it } from 'vitest';
import { countOf, linesOf, scan, summary } from './scan.js';

const TEST_FILE = [
  'package parse',
  'import "testing"',
  'func TestParse(t *testing.T) {',
  '  t.Run("empty", func(t *testing.T) { t.Skip("later") })',
  '  tt := cases[0]; tt.Run()',
  '}',
  'func Test(t *testing.T) {}',
  'func Test_under(x *testing.T) {}',
  'func TestÉcole(t *testing.T) {}',
  'func Testparse(t *testing.T) {}',
  'func TestMain(m *testing.M) {}',
  'func (s *Suite) TestMethod() {}',
  'func TestHelper(t *testing.T, n int) {}',
  'func TestReturns(t *testing.T) error { return nil }',
  'func BenchmarkParse(b *testing.B) { b.Run("x", nil); b.SkipNow() }',
  'func FuzzParse(f *testing.F) {}',
  'func Example() {}',
  'func ExampleParse_second() {}',
  'func Exampleparse() {}',
  'func run(t *testing.T, name string) { t.Run(name, nil); suite.Run(t, nil); t.Skipf("%s", name) }',
].join('\n');

describe('Go tests', () => {
  it('counts what `go test` runs, by name and signature', () => {
    expect(summary(scan('parse/parse_test.go', TEST_FILE))).toEqual([
      'tests.cases 3 test `TestParse`',
      'tests.subtests 4 subtest `t.Run(…)`',
      'tests.skip-calls 4 `t.Skip` skips the test',
      'tests.cases 7 test `Test`',
      'tests.cases 8 test `Test_under`',
      'tests.cases 9 test `TestÉcole`',
      'tests.benchmarks 15 benchmark `BenchmarkParse`',
      'tests.skip-calls 15 `b.SkipNow` skips the test',
      'tests.fuzz 16 fuzz test `FuzzParse`',
      'tests.examples 17 example `Example`',
      'tests.examples 18 example `ExampleParse_second`',
      'tests.subtests 20 subtest `t.Run(…)`',
      'tests.skip-calls 20 `t.Skipf` skips the test',
    ]);
  });

  it('counts only in _test.go files', () => {
    expect(countOf(scan('parse/parse.go', TEST_FILE), 'tests.cases')).toBe(0);
  });

  it('ignores functions nested in blocks and text in strings and comments', () => {
    const source = [
      'package p',
      'var s = `',
      'func TestInRaw(t *testing.T) {}',
      '`',
      '// func TestInComment(t *testing.T) {}',
      'var r = \'`\'',
      'func f() { func TestNested(t *testing.T) {} }',
      'func TestReal(t *testing.T) { _ = "t.Run(" }',
    ].join('\n');
    expect(linesOf(scan('p_test.go', source), 'tests.cases')).toEqual([[8, 'test `TestReal`']]);
    expect(countOf(scan('p_test.go', source), 'tests.subtests')).toBe(0);
  });
});

describe('Go panics', () => {
  it.each([
    ['a call', 'func f() { panic("boom") }', 1],
    ['a method named panic', 'func f() { x.panic("boom") }', 0],
    ['a declaration', 'func panic(v any) {}', 0],
    ['in a string', 'var s = "panic("', 0],
    ['in a raw string', 'var s = `\npanic(1)\n`', 0],
    ['in a comment', '/* panic(1) */ // panic(2)', 0],
    ['identifier, not a call', 'var panicky = panic', 0],
  ])('%s', (_name, body, expected) => {
    expect(countOf(scan('p/p.go', `package p\n${body}`), 'code.panics')).toBe(expected);
  });

  it('reports the line and skips test code', () => {
    const source = 'package p\nfunc f() {\n  panic(err)\n}';
    expect(linesOf(scan('p/p.go', source), 'code.panics')).toEqual([[3, '`panic(…)` call']]);
    expect(countOf(scan('p/p_test.go', source), 'code.panics')).toBe(0);
    expect(countOf(scan('test/e2e/p.go', source), 'code.panics')).toBe(0);
  });
});

describe('Go TODOs and parse errors', () => {
  it('counts one TODO per comment, only in comments', () => {
    const source = 'package p\n// TODO: retry\n/* FIXME one\n   TODO two */\nvar s = "TODO"\nvar r = `// TODO`';
    expect(linesOf(scan('p/p.go', source), 'todo.comments')).toEqual([
      [2, 'TODO: retry'],
      [3, 'FIXME: one TODO two'],
    ]);
  });

  it.each([
    ['raw string', 'package p\nvar s = `never closed\n', 2, 'unterminated raw string'],
    ['string', 'package p\nvar s = "open\nfunc f() {}', 2, 'unterminated string'],
    ['rune', "package p\nvar r = 'x\n", 2, 'unterminated character literal'],
    ['block comment', 'package p\n/* open', 2, 'unterminated block comment'],
    ['brace', 'package p\nfunc f() {\n', 2, 'unclosed `{`'],
    ['stray closer', 'package p\nfunc f() { ) }', 2, 'unbalanced `)`'],
  ])('unterminated %s', (_name, source, line, reason) => {
    expect(linesOf(scan('p/p.go', source), 'parse.errors')).toEqual([
      [line, `could not follow Go syntax after line ${line} (${reason}); counts for this file may be incomplete`],
    ]);
  });

  it('keeps counting after a lost line', () => {
    const source = 'package p\nvar s = "open\nfunc TestAfter(t *testing.T) {}';
    expect(countOf(scan('p_test.go', source), 'tests.cases')).toBe(1);
  });
});
