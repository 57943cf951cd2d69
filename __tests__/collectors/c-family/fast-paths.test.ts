// The shortcuts taken for speed: finding tokens by searching the source, reusing a token buffer, reading
// plain C# strings directly and building the line index only for a file's first finding.
import { describe, expect, it } from 'vitest';
import { collectTodoComments, createContext } from '../../../src/collectors/c-family/context.js';
import { CSHARP, GO, JAVA } from '../../../src/collectors/c-family/dialect.js';
import { describeFile } from '../../../src/inventory/classify.js';
import { lexCFamily } from '../../../src/collectors/c-family/lexer.js';
import { IDENT, PUNCT, STRING, tokensSpelled, tokenText } from '../../../src/collectors/c-family/tokens.js';
import { linesOf, scan, summary } from './scan.js';

function tokensOf(source: string, dialect: typeof GO): string[] {
  const { tokens } = lexCFamily(source, dialect);
  return Array.from({ length: tokens.count }, (_, index) => tokenText(source, tokens, index));
}

describe('tokensSpelled', () => {
  it('finds only whole tokens of the kind, not text in comments, strings or longer words', () => {
    const source = 'panic(x) // panic\ns := "panic"; panicky(); x.panic(); panic ( y )';
    const { tokens } = lexCFamily(source, GO);
    const found = tokensSpelled(source, tokens, IDENT, 'panic');
    expect(found.map((index) => tokens.starts[index])).toEqual([0, source.indexOf('x.panic') + 2, source.lastIndexOf('panic')]);
  });

  it('finds punctuators, overlapping occurrences and nothing in an empty buffer', () => {
    const source = 'a[[b]] = "[" + c[d]';
    const { tokens } = lexCFamily(source, GO);
    expect(tokensSpelled(source, tokens, PUNCT, '[').map((index) => tokenText(source, tokens, index + 1))).toEqual(['[', 'b', 'd']);
    expect(tokensSpelled(source, tokens, STRING, '"["')).toHaveLength(1);
    expect(tokensSpelled('', lexCFamily('', GO).tokens, IDENT, 'x')).toEqual([]);
  });
});

describe('a reused token buffer', () => {
  it('lexes like a fresh one and forgets the old bracket pairs', () => {
    const first = lexCFamily('f(a, [b]) { g() }', JAVA);
    const source = 'x y z ( w';
    const again = lexCFamily(source, JAVA, first.tokens);
    const fresh = lexCFamily(source, JAVA);
    expect(again.tokens).toBe(first.tokens);
    expect(again.tokens.count).toBe(fresh.tokens.count);
    for (let index = 0; index < fresh.tokens.count; index++) {
      expect([again.tokens.kinds[index], again.tokens.starts[index], again.tokens.ends[index], again.tokens.partners[index]]).toEqual([
        fresh.tokens.kinds[index],
        fresh.tokens.starts[index],
        fresh.tokens.ends[index],
        fresh.tokens.partners[index],
      ]);
    }
    expect(again.lostTrack).toEqual(fresh.lostTrack);
  });

  it('is replaced when too small for the next file', () => {
    const small = lexCFamily('a', GO).tokens;
    const big = lexCFamily('a '.repeat(10_000), GO, small);
    expect(big.tokens).not.toBe(small);
    expect(big.tokens.count).toBe(10_000);
  });

  it('leaves consecutive scans independent', () => {
    const broken = scan('a/b.go', 'func f() {\n  x := (1\n}\n');
    const clean = scan('a/b.go', 'func f() {}\n// TODO: later\n');
    expect(linesOf(broken, 'parse.errors')).toHaveLength(1);
    expect(summary(clean)).toEqual(['todo.comments 2 TODO: later']);
  });
});

describe('plain C# strings', () => {
  it('end at the first unescaped quote, braces and escapes included', () => {
    expect(tokensOf('a = "x{y}\\"z" + "" + $"{b}"; c', CSHARP)).toEqual(['a', '=', '"x{y}\\"z"', '+', '""', '+', '$"{b}"', ';', 'c']);
  });

  it('still report an unterminated string at its start', () => {
    const findings = scan('src/A.cs', 'class A {\n  string s = "open\\\n  ;\n}\n');
    expect(linesOf(findings, 'parse.errors')).toEqual([
      [2, 'could not follow C# syntax after line 2 (unterminated string); counts for this file may be incomplete'],
    ]);
  });
});

describe('signals found by searching the source', () => {
  it('counts Go panics with unusual spacing and not in strings or comments', () => {
    const findings = scan('a/b.go', 'func f() {\n\tpanic (\n\t\t"x")\n\t_ = "panic(1)" // panic(2)\n\tpanic(3)\n}\n');
    expect(linesOf(findings, 'code.panics').map(([line]) => line)).toEqual([2, 5]);
  });

  it('counts a Java annotation split from its name and one after an annotation in a comment', () => {
    const source = ['class A {', '  // @Test in a comment', '  @', '  Test void spaced() {}', '  /* @Ignore */ @org.junit.Test void qualified() {}', '}'].join('\n');
    expect(linesOf(scan('src/test/java/A.java', source), 'tests.cases')).toEqual([
      [4, 'test `spaced`'],
      [5, 'test `qualified`'],
    ]);
  });

  it('counts Kotlin TODO and throw placeholders in source order', () => {
    const source = ['class A {', '  fun a() { throw NotImplementedError() }', '  fun b() = TODO()', '  fun c() { TODO("x") }', '}'].join('\n');
    expect(linesOf(scan('src/main/kotlin/A.kt', source), 'stubs.placeholder').map(([line]) => line)).toEqual([2, 3, 4]);
  });

  it('counts C# test attributes after indexers and arrays', () => {
    const source = ['class T {', '  int[] xs = new int[2];', '  int this[int i] => xs[i];', '  [Fact]', '  public void Works() {}', '}'].join('\n');
    expect(linesOf(scan('tests/T.cs', source), 'tests.cases')).toEqual([[5, 'test `Works`']]);
  });
});

describe('the line index', () => {
  it('is built only when a finding needs a line', () => {
    const file = describeFile('a/b.go');
    const quiet = createContext(file, 'package b\n// nothing to do\n', GO);
    expect(collectTodoComments(quiet)).toEqual([]);
    expect(quiet.lines).toBeUndefined();
    const noisy = createContext(file, 'package b\n\n// TODO: one\n', GO);
    expect(collectTodoComments(noisy).map((finding) => [finding.line, finding.column])).toEqual([[3, 4]]);
    expect(noisy.lines).toEqual([0, 10, 11, 24]);
  });
});
