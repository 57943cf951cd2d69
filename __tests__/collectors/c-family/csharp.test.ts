import { describe, expect, it } from 'vitest';
import { countOf, linesOf, scan, summary } from './scan.js';

describe('C# tests', () => {
  it('counts each attributed method once', () => {
    const source = [
      'using Xunit;',
      'namespace App.Tests;',
      'public class ParserTests',
      '{',
      '    [Fact]',
      '    public void Parses() { }',
      '    [Fact(Skip = "flaky")] public async Task Skipped() { }',
      '    [Theory]',
      '    [InlineData(1)]',
      '    [InlineData(2)]',
      '    public void Theory(int x) { }',
      '    [Xunit.FactAttribute, Trait("Category", "Slow")]',
      '    public void Qualified() { }',
      '    [TestCase(1)] [TestCase(2)]',
      '    [Ignore("later")]',
      '    public void Cases<T>(int a) { }',
      '    [TestMethod] internal static void MsTest() { }',
      '    [global::NUnit.Framework.Test] public void Global() { }',
      '    [SetUp] public void SetUp() { }',
      '    [Fact] public int Property { get; }',
      '    int[] values = new int[3]; int first = values[0];',
      '}',
    ].join('\n');
    expect(summary(scan('tests/App.Tests/ParserTests.cs', source))).toEqual([
      'tests.cases 6 test `Parses`',
      'tests.skipped 7 test `Skipped` is skipped (`Skip = …`)',
      'tests.cases 7 test `Skipped`',
      'tests.cases 11 test `Theory`',
      'tests.cases 13 test `Qualified`',
      'tests.skipped 15 test `Cases` is skipped (`[Ignore]`)',
      'tests.cases 16 test `Cases`',
      'tests.cases 17 test `MsTest`',
      'tests.cases 18 test `Global`',
    ]);
  });

  it('counts ignored classes and ignores attributes in strings, comments and directives', () => {
    const source = [
      '#region Parser\'s tests',
      '[Ignore]',
      'public class SlowTests {',
      '    string a = @"[Fact] public void InVerbatim() { } ""quoted""";',
      '    string b = $"{(ok ? "[Fact]" : $@"{{ {x} }}")} [Fact]";',
      '    string c = $$"""{{x}} [Fact] "" { """;',
      '    // [Fact] public void InComment() { }',
      '    [Fact] public void Real() { }',
      '}',
      '#endregion',
    ].join('\n');
    const findings = scan('tests/SlowTests.cs', source);
    expect(summary(findings)).toEqual([
      'tests.skipped-classes 2 test class `SlowTests` is skipped (`[Ignore]`)',
      'tests.cases 8 test `Real`',
    ]);
  });
});

describe('C# catches', () => {
  const inMethod = (body: string): string => `class A {\n    void F() {\n        ${body}\n    }\n}`;

  it.each([
    ['bare catch', 'try { G(); } catch { Log(); }', 'bare `catch` catches every exception; catch the exceptions you expect'],
    ['type only', 'try { G(); } catch (Exception) { Log(); }', '`catch (Exception)` catches every exception; catch the exceptions you expect'],
    ['qualified with filter', 'try { G(); } catch (System.Exception e) when (e is not X) { Log(); }', '`catch (System.Exception e)` catches every exception; catch the exceptions you expect'],
    ['global', 'try { G(); } catch (global::System.Exception e) { Log(); }', '`catch (global::System.Exception e)` catches every exception; catch the exceptions you expect'],
  ])('catch.generic: %s', (_name, body, message) => {
    expect(linesOf(scan('src/App/A.cs', inMethod(body)), 'catch.generic')).toEqual([[3, message]]);
  });

  it.each([
    ['specific', 'try { G(); } catch (IOException e) { Log(e); }'],
    ['in a string', 'var s = "} catch (Exception e) {";'],
    ['test code', 'try { G(); } catch (Exception e) { }'],
  ])('not generic: %s', (_name, body) => {
    const path = _name === 'test code' ? 'tests/App.Tests/A.cs' : 'src/App/A.cs';
    expect(countOf(scan(path, inMethod(body)), 'catch.generic')).toBe(0);
  });

  it('counts empty catches, comments allowed, after a filter', () => {
    const source = inMethod('try { G(); } catch (IOException e) when (e.HResult == 5) {\n            // ignored\n        } catch { }');
    expect(linesOf(scan('src/App/A.cs', source), 'catch.empty')).toEqual([
      [3, 'empty `catch (IOException e)` block swallows the error'],
      [5, 'empty `catch` block swallows the error'],
    ]);
  });
});

describe('C# placeholders', () => {
  it.each([
    ['method', 'public int Parse() { throw new NotImplementedException(); }', 'Parse'],
    ['expression body', 'public int Parse(string s) => throw new NotImplementedException("later");', 'Parse'],
    ['generic method', 'public T Parse<T>(string s) { throw new System.NotImplementedException(); }', 'Parse'],
    ['constructor with base call', 'public A(int x) : base(x) { throw new NotImplementedException(); }', 'A'],
    ['property', 'public int Size => throw new NotImplementedException();', 'Size'],
    ['getter', 'public int Size { get { throw new NotImplementedException(); } }', 'Size.get'],
    ['message', 'public void Run() { throw new InvalidOperationException("Not implemented"); }', 'Run'],
  ])('%s', (_name, member, name) => {
    const findings = linesOf(scan('src/App/A.cs', `class A {\n    ${member}\n}`), 'stubs.placeholder');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.[1]).toMatch(new RegExp(`^\`${name.replace('.', '\\.')}\` is a placeholder: its body only throws \``));
  });

  it.each([
    ['lambda', 'Func<int, int> f = x => throw new NotImplementedException();'],
    ['other exception', 'public int Parse() { throw new InvalidOperationException(); }'],
    ['if block', 'void F() { if (x) { throw new NotImplementedException(); } }'],
    ['two statements', 'void F() { Log(); throw new NotImplementedException(); }'],
  ])('not a placeholder: %s', (_name, member) => {
    expect(countOf(scan('src/App/A.cs', `class A {\n    ${member}\n}`), 'stubs.placeholder')).toBe(0);
  });

  it('is not counted in test code', () => {
    const source = 'class A { int Parse() { throw new NotImplementedException(); } }';
    expect(countOf(scan('tests/App.Tests/A.cs', source), 'stubs.placeholder')).toBe(0);
  });
});

describe('C# lexing', () => {
  it.each([
    ['string', 'class A { string s = "open; }', 1, 'unterminated string'],
    ['verbatim string', 'class A { string s = @"open\n}', 1, 'unterminated string'],
    ['raw string', 'class A { string s = """\nopen "" \n}', 1, 'unterminated string'],
    ['interpolation hole', 'class A { string s = $"{x"; }', 1, 'unterminated string'],
  ])('unterminated %s', (_name, source, line, reason) => {
    expect(linesOf(scan('src/A.cs', source), 'parse.errors')).toEqual([
      [line, `could not follow C# syntax after line ${line} (${reason}); counts for this file may be incomplete`],
    ]);
  });
});
