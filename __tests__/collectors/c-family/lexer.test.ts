import { describe, expect, it } from 'vitest';
import { CSHARP, GO, JAVA, KOTLIN, RUST } from '../../../src/collectors/c-family/dialect.js';
import { lexCFamily } from '../../../src/collectors/c-family/lexer.js';
import { IDENT, LIFETIME, CHAR, STRING, tokenText } from '../../../src/collectors/c-family/tokens.js';
import { countOf, scan } from './scan.js';

/** Every token as text, so string boundaries are visible. */
function tokensOf(source: string, dialect: typeof GO): string[] {
  const { tokens } = lexCFamily(source, dialect);
  return Array.from({ length: tokens.count }, (_, index) => tokenText(source, tokens, index));
}

describe('literal boundaries', () => {
  it.each([
    ['Go raw string', GO, 'x := `a\n"b` + y', ['x', ':', '=', '`a\n"b`', '+', 'y']],
    ['Go rune', GO, "r := '\\'' + '`'", ['r', ':', '=', "'\\''", '+', "'`'"]],
    ['Rust raw string with hashes', RUST, 'r##"a"#b"## x', ['r##"a"#b"##', 'x']],
    ['Rust byte strings', RUST, 'b"a\\"" br#"b"# c"z"', ['b"a\\""', 'br#"b"#', 'c"z"']],
    ['Rust raw identifier', RUST, 'r#type', ['r#type']],
    ['Java text block', JAVA, 's = """\n  a \\""" "\n  """; t', ['s', '=', '"""\n  a \\""" "\n  """', ';', 't']],
    ['Kotlin template with nested string', KOTLIN, '"a${f("}")}b" x', ['"a${f("}")}b"', 'x']],
    ['Kotlin raw string ending in quotes', KOTLIN, '"""a""""" x', ['"""a"""""', 'x']],
    ['Kotlin backtick name', KOTLIN, 'fun `a b`()', ['fun', '`a b`', '(', ')']],
    ['C# verbatim', CSHARP, '@"a""b\\" x', ['@"a""b\\"', 'x']],
    ['C# interpolated verbatim', CSHARP, '$@"{a}""{{" @$"{b}" x', ['$@"{a}""{{"', '@$"{b}"', 'x']],
    ['C# raw with two dollars', CSHARP, '$$"""{{a}} { """ x', ['$$"""{{a}} { """', 'x']],
    ['C# verbatim identifier', CSHARP, '@class', ['@class']],
  ])('%s', (_name, dialect, source, expected) => {
    expect(tokensOf(source, dialect)).toEqual(expected);
  });

  it('tells Rust lifetimes from chars', () => {
    const source = "fn f<'a>(x: &'a str) { let c = 'a'; let n = '\\n'; let e = '😀'; let u = '\\u{1F600}'; 'l: loop {} }";
    const { tokens } = lexCFamily(source, RUST);
    const kinds = Array.from({ length: tokens.count }, (_, index) => [tokens.kinds[index], tokenText(source, tokens, index)]);
    expect(kinds.filter(([kind]) => kind === LIFETIME).map(([, text]) => text)).toEqual(["'a", "'a", "'l"]);
    expect(kinds.filter(([kind]) => kind === CHAR).map(([, text]) => text)).toEqual(["'a'", "'\\n'", "'😀'", "'\\u{1F600}'"]);
    expect(kinds.filter(([kind]) => kind === STRING)).toEqual([]);
    expect(kinds.filter(([kind]) => kind === IDENT).length).toBeGreaterThan(0);
  });
});

describe('scale', () => {
  it('reads a 1 MB file quickly', () => {
    const unit = [
      '@Test',
      'void parses() { try { run("x // y"); } catch (Exception e) { } } // TODO: more',
      'String s = """',
      '  block """;',
      '',
    ].join('\n');
    const source = `class Big {\n${unit.repeat(Math.ceil(1_000_000 / unit.length))}}\n`;
    const started = performance.now();
    const findings = scan('src/main/java/Big.java', source);
    const elapsed = performance.now() - started;
    const units = Math.ceil(1_000_000 / unit.length);
    expect(countOf(findings, 'tests.cases')).toBe(units);
    expect(countOf(findings, 'catch.generic')).toBe(units);
    expect(countOf(findings, 'todo.comments')).toBe(units);
    expect(countOf(findings, 'parse.errors')).toBe(0);
    expect(elapsed).toBeLessThan(2000);
  });

  it('survives deep nesting and hostile input without throwing', () => {
    const deep = `${'('.repeat(100_000)}${']'.repeat(100_000)}`;
    for (const path of ['a.go', 'src/a.rs', 'A.java', 'A.kt', 'A.cs']) {
      expect(countOf(scan(path, deep), 'parse.errors')).toBe(1);
      expect(() => scan(path, '"\\')).not.toThrow();
      expect(() => scan(path, "'")).not.toThrow();
      expect(() => scan(path, '$@"{')).not.toThrow();
    }
  });
});
