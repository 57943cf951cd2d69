import { describe, expect, it } from 'vitest';
import { countOf, linesOf, scan, summary } from './scan.js';

describe('Java tests', () => {
  it('counts annotated methods once, with qualified names, arguments and annotations across lines', () => {
    const source = [
      'class ParserTest {',
      '  @Test',
      '  void parses() {}',
      '  @org.junit.jupiter.api.Test(expected = Foo.class)',
      '  public void qualified() throws IOException {}',
      '  @ParameterizedTest',
      '  @ValueSource(ints = {1, 2})',
      '  @Disabled("flaky")',
      '  void params(int x) {}',
      '  public @Test @Ignore void modifiersFirst() {}',
      '  @RepeatedTest(3) void repeated() {}',
      '  @TestFactory @DisabledOnOs(OS.WINDOWS) Stream<DynamicTest> factory() { return null; }',
      '  @Test @Timeout(5) public <T> List<T> generic() { return null; }',
      '  @Mock Parser parser;',
      '  @BeforeEach void setUp() {}',
      '}',
    ].join('\n');
    expect(summary(scan('src/test/java/ParserTest.java', source))).toEqual([
      'tests.cases 3 test `parses`',
      'tests.cases 5 test `qualified`',
      'tests.skipped 8 test `params` is skipped (`@Disabled`)',
      'tests.cases 9 test `params`',
      'tests.skipped 10 test `modifiersFirst` is skipped (`@Ignore`)',
      'tests.cases 10 test `modifiersFirst`',
      'tests.templates 11 test template `repeated`',
      'tests.skipped 12 test `factory` is skipped (`@DisabledOnOs`)',
      'tests.templates 12 test template `factory`',
      'tests.cases 13 test `generic`',
    ]);
  });

  it('counts skipped classes and ignores annotations in text blocks, strings and comments', () => {
    const source = [
      '@Disabled',
      'public class SlowTest {',
      '  String block = """',
      '      @Test void inBlock() {}',
      '      """;',
      '  String s = "@Test void inString() {}";',
      '  /** @Test in javadoc */',
      '  char c = \'"\';',
      '  @Test void real() {}',
      '}',
    ].join('\n');
    expect(summary(scan('src/test/java/SlowTest.java', source))).toEqual([
      'tests.skipped-classes 1 test class `SlowTest` is skipped (`@Disabled`)',
      'tests.cases 9 test `real`',
    ]);
  });
});

describe('Java catches and stubs', () => {
  const inMethod = (body: string): string => `class A {\n  void f() {\n    ${body}\n  }\n}`;

  it.each([
    ['Exception', 'try { g(); } catch (Exception e) { log(e); }', 1],
    ['final and annotated', 'try { g(); } catch (final @SuppressWarnings("x") Throwable t) { log(t); }', 1],
    ['qualified', 'try { g(); } catch (java.lang.RuntimeException e) { log(e); }', 1],
    ['multi-catch', 'try { g(); } catch (IOException | Exception e) { log(e); }', 1],
    ['second clause', 'try { g(); } catch (IOException e) { log(e); } catch (Exception e) { log(e); }', 1],
    ['specific', 'try { g(); } catch (IOException e) { log(e); }', 0],
    ['other package', 'try { g(); } catch (com.acme.Exception e) { log(e); }', 0],
    ['in a string', 'String s = "} catch (Exception e) {";', 0],
  ])('catch.generic: %s', (_name, body, expected) => {
    expect(countOf(scan('src/main/java/A.java', inMethod(body)), 'catch.generic')).toBe(expected);
  });

  it('reports generic and empty catches with the clause as written, outside test code', () => {
    const source = inMethod('try { g(); } catch (Exception   e) {\n      // ignored\n    }');
    expect(summary(scan('src/main/java/A.java', source))).toEqual([
      'catch.generic 3 `catch (Exception e)` catches every exception; catch the exceptions you expect',
      'catch.empty 3 empty `catch (Exception e)` block swallows the error',
    ]);
    expect(countOf(scan('src/test/java/ATest.java', source), 'catch.empty')).toBe(0);
  });

  it.each([
    ['message', 'int parse() { throw new UnsupportedOperationException("Not implemented yet"); }', 'parse', 'UnsupportedOperationException'],
    ['class name', 'int parse(int a) throws IOException, X { throw new NotImplementedException(); }', 'parse', 'NotImplementedException'],
    ['constructor', 'A() { throw new RuntimeException("not_implemented"); }', 'A', 'RuntimeException'],
  ])('stubs.placeholder: %s', (_name, member, name, type) => {
    expect(linesOf(scan('src/main/java/A.java', `class A {\n  ${member}\n}`), 'stubs.placeholder')).toEqual([
      [2, `\`${name}\` is a placeholder: its body only throws \`${type}\``],
    ]);
  });

  it.each([
    ['no message', 'int parse() { throw new UnsupportedOperationException(); }'],
    ['other message', 'int parse() { throw new IllegalStateException("closed"); }'],
    ['lambda', 'Runnable r = () -> { throw new NotImplementedException(); };'],
    ['if block', 'void f() { if (x) { throw new NotImplementedException(); } }'],
    ['two statements', 'void f() { log(); throw new NotImplementedException(); }'],
  ])('not a placeholder: %s', (_name, member) => {
    expect(countOf(scan('src/main/java/A.java', `class A {\n  ${member}\n}`), 'stubs.placeholder')).toBe(0);
  });
});

describe('Kotlin', () => {
  it('counts annotated functions with backtick names, and skips', () => {
    const source = [
      '@Ignore',
      'class ParserTest {',
      '  @get:Rule val temp = TemporaryFolder()',
      '  @Test',
      '  fun `parses an empty string`() {',
      '    list.forEach { if (it) return@forEach }',
      '  }',
      '  @Test @Disabled fun skipped() = runTest { }',
      '  @kotlin.test.Test fun <T> generic() {}',
      '  val s = "@Test fun inString() ${ "nested \\"${x}\\"" } done"',
      '  val r = """@Test fun inRaw() ${ "}" } """"',
      '}',
    ].join('\n');
    expect(summary(scan('src/test/kotlin/ParserTest.kt', source))).toEqual([
      'tests.skipped-classes 1 test class `ParserTest` is skipped (`@Ignore`)',
      'tests.cases 5 test `parses an empty string`',
      'tests.skipped 8 test `skipped` is skipped (`@Disabled`)',
      'tests.cases 8 test `skipped`',
      'tests.cases 9 test `generic`',
    ]);
  });

  it.each([
    ['Exception', 'try { g() } catch (e: Exception) { log(e) }', 1],
    ['kotlin.Throwable', 'try { g() } catch (t: kotlin.Throwable) { log(t) }', 1],
    ['java.lang.RuntimeException', 'try { g() } catch (e: java.lang.RuntimeException) { log(e) }', 1],
    ['specific', 'try { g() } catch (e: IOException) { log(e) }', 0],
    ['Flow.catch', 'flow.catch { e -> log(e) }', 0],
  ])('catch.generic: %s', (_name, body, expected) => {
    expect(countOf(scan('src/main/kotlin/A.kt', `fun f() {\n  ${body}\n}`), 'catch.generic')).toBe(expected);
  });

  it('counts empty catches', () => {
    const source = 'fun f() {\n  try { g() } catch (_: IOException) { /* fine */ }\n}';
    expect(linesOf(scan('src/main/kotlin/A.kt', source), 'catch.empty')).toEqual([
      [2, 'empty `catch (_: IOException)` block swallows the error'],
    ]);
  });

  it.each([
    ['block TODO()', 'fun parse(): Int {\n  TODO()\n}', 'parse', 'is only `TODO()`'],
    ['expression TODO', 'fun parse(s: String): List<Int> = TODO("later")', 'parse', 'is only `TODO(…)`'],
    ['extension function', 'fun String.parse() = TODO()', 'parse', 'is only `TODO()`'],
    ['throw', 'override fun parse(): Int {\n  throw UnsupportedOperationException("not implemented yet!")\n}', 'parse', 'only throws `UnsupportedOperationException`'],
  ])('stubs.placeholder: %s', (_name, source, name, what) => {
    expect(linesOf(scan('src/main/kotlin/A.kt', source), 'stubs.placeholder')).toEqual([
      [source.includes('{\n') ? 2 : 1, `\`${name}\` is a placeholder: its body ${what}`],
    ]);
  });

  it.each([
    ['chained', 'fun parse() = TODO().let { 1 }'],
    ['property', 'val parsed: Int = TODO()'],
    ['lambda', 'fun parse() = run { TODO() }'],
    ['default argument', 'fun parse(x: Int = TODO()) { use(x) }'],
  ])('not a placeholder: %s', (_name, source) => {
    expect(countOf(scan('src/main/kotlin/A.kt', source), 'stubs.placeholder')).toBe(0);
  });

  it('nests block comments and reports unterminated raw strings', () => {
    const findings = scan('src/main/kotlin/A.kt', '/* a /* b */ TODO: c */\nval s = """open\n');
    expect(linesOf(findings, 'todo.comments')).toEqual([[1, 'TODO: c']]);
    expect(linesOf(findings, 'parse.errors')).toEqual([
      [2, 'could not follow Kotlin syntax after line 2 (unterminated string); counts for this file may be incomplete'],
    ]);
  });
});
