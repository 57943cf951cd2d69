// The Ruby collector's shortcuts must not change what it finds: keywords looked up by length and first
// letter, a token buffer reused across files, and rescues found from where the text spells `rescue`.
import { describe, expect, it } from 'vitest';
import { keywordAt } from '../../../src/collectors/ruby/keywords.js';
import { lexRuby } from '../../../src/collectors/ruby/lexer.js';
import { createTokenBuffer, type TokenBuffer } from '../../../src/collectors/ruby/tokens.js';
import { countOf, linesOf, scan } from './scan.js';

const LIB = 'lib/client.rb';

describe('keywordAt', () => {
  it.each(['if', 'do', 'end', 'def', 'rescue', 'elsif', '__END__', '__FILE__', '__LINE__', '__ENCODING__', '__method__'])(
    'finds %s inside a longer text',
    (word) => {
      const text = `x ${word} y`;
      expect(keywordAt(text, 2, 2 + word.length)?.word).toBe(word);
    },
  );

  it.each(['dO', 'iF', 'ends', 'en', 'dx', 'ed', 'Do', '__LINE_X', '__FILEX_', 'rescues', 'éf'])('does not take %s for a keyword', (word) => {
    expect(keywordAt(word, 0, word.length)).toBeUndefined();
  });

  it('tells a keyword from a word that shares its length and letters but not its case', () => {
    // `iF /x/` is a call with a regex argument, `if /x/` a condition: neither is a division.
    expect(countOf(scan(LIB, 'a = iF /rescue/ rescue nil'), 'catch.rescue-modifier')).toBe(1);
    expect(countOf(scan(LIB, 'a = 1 if /rescue/ rescue nil'), 'catch.rescue-modifier')).toBe(1);
  });

  it('still reads `do |x|` parameters, after which a statement starts', () => {
    expect(countOf(scan(LIB, 'f do |x| rescue\nend\n'), 'catch.generic')).toBe(1);
    expect(countOf(scan(LIB, 'f dox |x| rescue\nend\n'), 'catch.rescue-modifier')).toBe(1);
  });

  it('still continues a statement after `and` at a line end', () => {
    expect(countOf(scan(LIB, 'x = a and\nrescue\n'), 'catch.rescue-modifier')).toBe(1);
    expect(countOf(scan(LIB, 'x = a andy\nrescue\n'), 'catch.generic')).toBe(1);
  });
});

describe('a token buffer reused across files', () => {
  const tokensOf = (buffer: TokenBuffer): number[][] =>
    [buffer.kinds, buffer.starts, buffer.ends, buffer.values, buffer.partners].map((array) => Array.from(array));

  it('gives the next file the same tokens as a new buffer, brackets paired afresh', () => {
    const long = 'def a(x)\n  [x, {y: (1)}]\nend\n'.repeat(200);
    const short = 'f(g[1], "#{h}")\nx = 1\n';
    const reused = createTokenBuffer(16);
    lexRuby(long, reused);
    const again = lexRuby(short, reused);
    const fresh = lexRuby(short);
    expect(again.tokens.count).toBe(fresh.tokens.count);
    expect(tokensOf(again.tokens)).toEqual(tokensOf(fresh.tokens));
  });

  it('reads nothing past the last token', () => {
    const reused = createTokenBuffer(16);
    lexRuby('a(b)\n'.repeat(50), reused);
    const { tokens } = lexRuby('x', reused);
    expect(tokens.count).toBe(1);
    expect(tokens.kinds[1]).toBeUndefined();
    expect(tokens.partners[1]).toBeUndefined();
  });

  it('keeps findings the same when a file follows a larger one', () => {
    const large = `${'x = y rescue nil\n'.repeat(300)}`;
    const small = 'begin\n  f\nrescue\nend\n';
    const alone = scan(LIB, small);
    scan(LIB, large);
    expect(scan(LIB, small)).toEqual(alone);
  });
});

describe('rescues found where the text spells rescue', () => {
  it('counts a rescue as the very first and the very last token', () => {
    expect(countOf(scan(LIB, 'rescue'), 'catch.generic')).toBe(1);
    expect(countOf(scan(LIB, 'x = f rescue'), 'catch.rescue-modifier')).toBe(1);
  });

  it('skips the spellings that are no rescue token', () => {
    const source = [
      'rescue_from IOError', // a longer identifier
      'x.rescue(1)', // a method name
      'y = "rescue" # rescue', // a string and a comment
      'z = :rescue', // a symbol
      'myrescue = 1', // the end of an identifier
      'w = v rescue nil', // the only real one
    ].join('\n');
    expect(linesOf(scan(LIB, source), 'catch.rescue-modifier')).toEqual([
      [6, '`rescue nil` modifier rescues every StandardError the statement raises'],
    ]);
    expect(countOf(scan(LIB, source), 'catch.generic')).toBe(0);
  });

  it('finds rescues next to each other in order', () => {
    const findings = scan(LIB, 'a = b rescue c rescue nil\n');
    expect(linesOf(findings, 'catch.rescue-modifier').length).toBe(2);
    expect(findings.map((finding) => finding.column)).toEqual([7, 16]);
  });
});

describe('whole-file pre-checks', () => {
  it('still finds a placeholder whose NotImplementedError ends the file or is ::-rooted', () => {
    expect(countOf(scan(LIB, 'def a = raise NotImplementedError'), 'stubs.placeholder')).toBe(1);
    expect(countOf(scan(LIB, 'def a\n  raise ::NotImplementedError, "later"\nend'), 'stubs.placeholder')).toBe(1);
  });

  it('finds no placeholder when NotImplementedError is only in a comment', () => {
    expect(countOf(scan(LIB, 'def a\n  raise ArgumentError # not NotImplementedError\nend\n'), 'stubs.placeholder')).toBe(0);
  });

  it('still counts the longest example names', () => {
    const findings = scan('spec/a_spec.rb', 'xscenario "a" do\nend\nfspecify { x }\n');
    expect(linesOf(findings, 'tests.cases')).toEqual([
      [1, 'test `a`'],
      [3, 'test (no description)'],
    ]);
    expect(countOf(findings, 'tests.skipped')).toBe(1);
  });
});
