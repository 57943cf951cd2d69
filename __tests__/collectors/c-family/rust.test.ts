import { describe, expect, it } from 'vitest';
import { countOf, linesOf, scan, summary } from './scan.js';

describe('Rust tests', () => {
  it('counts test functions by attribute, in any file', () => {
    const source = [
      'pub fn parse() {}',
      '#[cfg(test)]',
      'mod tests {',
      '    /// Doc comments sit between attributes.',
      '    #[test]',
      '    #[ignore = "slow"]',
      '    fn parses() {}',
      '    #[tokio::test(flavor = "multi_thread")]',
      '    async fn async_test() {}',
      '    #[rstest]',
      '    #[case(1)]',
      '    #[case(2)]',
      '    fn cases(#[case] n: u8) {}',
      '    #[test] #[ignore] pub(crate) fn inline() {}',
      '    #[derive(Debug)] struct NotATest;',
      '    #[bench] fn bench_parse(b: &mut Bencher) {}',
      '    fn helper() {}',
      '}',
    ].join('\n');
    expect(summary(scan('src/lib.rs', source))).toEqual([
      'tests.skipped 6 test `parses` is skipped (`#[ignore]`)',
      'tests.cases 7 test `parses`',
      'tests.cases 9 test `async_test`',
      'tests.cases 13 test `cases`',
      'tests.skipped 14 test `inline` is skipped (`#[ignore]`)',
      'tests.cases 14 test `inline`',
      'tests.benchmarks 16 benchmark `bench_parse`',
    ]);
  });

  it('does not count attributes on other items or text in literals and comments', () => {
    const source = [
      'const A: &str = r#"#[test] fn in_raw() {}"#;',
      'const B: &[u8] = br##"#[test] "# fn in_bytes() {}"##;',
      '/* outer /* #[test] fn nested() {} */ still a comment #[test] fn no() {} */',
      "fn lifetimes<'a>(s: &'a str) -> char { '\"' }",
      '#[test]',
      'fn real() { let c = \'}\'; let e = \'\\u{1F600}\'; \'outer: loop { break \'outer; } }',
      '#[test] mod not_a_function {}',
    ].join('\n');
    const findings = scan('src/lib.rs', source);
    expect(linesOf(findings, 'tests.cases')).toEqual([[6, 'test `real`']]);
    expect(countOf(findings, 'parse.errors')).toBe(0);
  });
});

describe('Rust placeholders and panics', () => {
  it.each([
    ['todo!()', 'fn parse() -> u8 { todo!() }', '`parse` is a placeholder: its body is only `todo!()`'],
    ['with a message and semicolon', 'fn parse() { unimplemented!("later"); }', '`parse` is a placeholder: its body is only `unimplemented!(…)`'],
    ['generic with where clause', 'fn parse<T>(t: T) -> Vec<T> where T: Clone { std::todo!() }', '`parse` is a placeholder: its body is only `todo!()`'],
    ['trait default method', 'trait P { fn parse(&self) { todo!() } }', '`parse` is a placeholder: its body is only `todo!()`'],
    ['raw identifier', 'fn r#match() { todo!() }', '`r#match` is a placeholder: its body is only `todo!()`'],
  ])('%s', (_name, source, message) => {
    expect(linesOf(scan('src/lib.rs', source), 'stubs.placeholder')).toEqual([[1, message]]);
  });

  it.each([
    ['more statements', 'fn parse() { log(); todo!() }'],
    ['a closure', 'fn parse() { let f = || todo!(); f() }'],
    ['trait declaration', 'trait P { fn parse(&self); }'],
    ['in a cfg(test) module', '#[cfg(test)]\nmod tests { fn helper() { todo!() } }'],
    ['cfg(all(test, …))', '#[cfg(all(test, feature = "x"))]\nmod tests { fn helper() { todo!() } }'],
    ['a test function', '#[test]\nfn later() { todo!() }'],
    ['an inner cfg(test)', '#![cfg(test)]\nfn helper() { todo!() }'],
  ])('not a placeholder: %s', (_name, source) => {
    expect(countOf(scan('src/lib.rs', source), 'stubs.placeholder')).toBe(0);
  });

  it('counts panic! in non-test code only', () => {
    const source = [
      'fn f() { panic!("boom"); core::panic!{"x"} }',
      'fn g() { let s = "panic!(1)"; } // panic!(2)',
      '#[cfg(test)]',
      'mod tests { fn h() { panic!("in test") } }',
      '#[cfg(any(test, feature = "x"))]',
      'fn maybe() { panic!() }',
      '#[should_panic] fn not_a_test() {}',
    ].join('\n');
    expect(linesOf(scan('src/lib.rs', source), 'code.panics')).toEqual([
      [1, '`panic!(…)` call'],
      [1, '`panic!(…)` call'],
      [6, '`panic!(…)` call'],
    ]);
    expect(countOf(scan('tests/it.rs', source), 'code.panics')).toBe(0);
    expect(countOf(scan('tests/it.rs', 'fn x() { todo!() }'), 'stubs.placeholder')).toBe(0);
  });
});

describe('Rust lexing', () => {
  it.each([
    ['string', 'fn f() { let s = "open; }', 1, 'unterminated string'],
    ['raw string', 'const S: &str = r##"open"#;', 1, 'unterminated raw string'],
    ['nested comment', '/* one /* two */\nfn f() {}', 1, 'unterminated block comment'],
  ])('unterminated %s', (_name, source, line, reason) => {
    expect(linesOf(scan('src/lib.rs', source), 'parse.errors')).toEqual([
      [line, `could not follow Rust syntax after line ${line} (${reason}); counts for this file may be incomplete`],
    ]);
  });

  it('reads multi-line strings, byte chars and TODOs in doc comments', () => {
    const source = '//! TODO: crate docs\nconst S: &str = "line one\n// TODO not a comment\n";\nconst B: u8 = b\'"\';\n/// FIXME: doc';
    const findings = scan('src/lib.rs', source);
    expect(linesOf(findings, 'todo.comments')).toEqual([[1, 'TODO: crate docs'], [6, 'FIXME: doc']]);
    expect(countOf(findings, 'parse.errors')).toBe(0);
  });
});
