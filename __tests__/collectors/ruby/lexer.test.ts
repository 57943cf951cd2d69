import { describe, expect, it } from 'vitest';
import { countOf, linesOf, scan } from './scan.js';

const SOURCE = 'lib/thing.rb';
const modifiers = (source: string): number => countOf(scan(SOURCE, source), 'catch.rescue-modifier');
const todos = (source: string): Array<[number, string]> => linesOf(scan(SOURCE, source), 'todo.comments');
const errors = (source: string): Array<[number, string]> => linesOf(scan(SOURCE, source), 'parse.errors');

describe('Ruby lexer: nothing inside a literal counts', () => {
  it.each([
    ['double quotes', 'x = "a rescue b"'],
    ['single quotes', "x = 'a rescue b'"],
    ['interpolation with a nested string', 'x = "#{ "y rescue z" } rescue"'],
    ['interpolation with braces', 'x = "#{ {a: 1}.map { |k, v| "rescue #{k}" } }"'],
    ['%q with nested parens', 'x = %q(a (rescue) b)'],
    ['%Q with brackets', 'x = %Q[a [b] rescue #{c}]'],
    ['%w braces', 'x = %w{a rescue b}'],
    ['%i angle brackets', 'x = %i<a rescue>'],
    ['bare %() with any delimiter', 'x = %|a rescue b|'],
    ['%r regex', 'x = %r{a/rescue}i'],
    ['regex after =', 'x = /a rescue b/'],
    ['regex as a command argument', 'x = line.split /rescue/'],
    ['regex after a keyword', 'if /rescue/ =~ s then x end'],
    ['symbol', 'x = :rescue'],
    ['quoted symbol', 'x = :"a rescue b"'],
    ['heredoc', 'x = <<~EOS\n  a rescue b\nEOS\n'],
    ['dash heredoc, quoted', "x = <<-'EOS'\n  a rescue b\n  EOS\n"],
    ['two heredocs on one line', 'x = f(<<~A, <<~B)\n  a rescue 1\nA\n  b rescue 2\nB\n'],
    ['backticks', 'x = `ls rescue`'],
    ['after __END__', 'x = 1\n__END__\ny rescue z\n'],
    ['=begin block', '=begin\ny rescue z\n=end\n'],
  ])('%s', (_name, source) => {
    expect(modifiers(source)).toBe(0);
    expect(errors(source)).toEqual([]);
  });

  it.each([
    ['division, not a regex', 'x = a / b rescue nil', 1],
    ['division by a call', 'x = total.size / 2 rescue nil', 1],
    ['modulo, not a percent literal', 'x = a % b rescue nil', 1],
    ['append, not a heredoc', 'x << y rescue nil', 1],
    ['class << self is no heredoc', 'class << self\n  def a = b rescue nil\nend', 1],
    ['ternary, not a character', 'x = a ? b : c rescue nil', 1],
    ['character literals', 'x = [?a, ?", ?\\n, ?#] rescue nil', 1],
    ['predicate method, then a symbol', 'x = a.empty? ? :y : :z rescue nil', 1],
    ['code after a heredoc on its line', 'x = <<~EOS.strip rescue nil\n  body\nEOS\n', 1],
    ['global variables that look like quotes', "x = [$', $\", $/, $`] rescue nil", 1],
    ['code after a closed interpolation', 'x = "#{a}" rescue nil', 1],
    ['Cucumber step with a regex', 'Given /^a (rescue)$/ do |x|\n  y rescue nil\nend', 1],
  ])('%s', (_name, source, expected) => {
    expect(modifiers(source)).toBe(expected);
    expect(errors(source)).toEqual([]);
  });
});

describe('todo.comments in Ruby', () => {
  it('counts # comments and one per =begin block, never strings or heredocs', () => {
    const source = [
      '# TODO: retry on timeout', // 1
      'x = "TODO in a string" # FIXME: name', // 2
      'y = <<~EOS', // 3
      '  # TODO: inside a heredoc', // 4
      'EOS', // 5
      '=begin', // 6
      'HACK around the parser', // 7
      'TODO: second tag in the same block', // 8
      '=end', // 9
      'z = %q(# XXX not a comment) # todo: lowercase', // 10
      '__END__', // 11
      '# TODO: data, not code', // 12
    ].join('\n');
    expect(todos(source)).toEqual([
      [1, 'TODO: retry on timeout'],
      [2, 'FIXME: name'],
      [7, 'HACK: around the parser TODO: second tag in the same block'],
    ]);
  });
});

describe('parse.errors in Ruby', () => {
  it.each([
    ['unterminated string', 'a = 1\nb = "open\n', [2, 'could not follow Ruby syntax after line 2 (unterminated string); counts for this file may be incomplete']],
    ['unterminated heredoc', 'a = <<~EOS\n  body\n', [1, 'could not follow Ruby syntax after line 1 (unterminated heredoc <<EOS); counts for this file may be incomplete']],
    ['unterminated =begin', 'x = 1\n=begin\nnever ends\n', [2, 'could not follow Ruby syntax after line 2 (unterminated =begin comment); counts for this file may be incomplete']],
    ['unterminated %w', 'x = %w[a b\n', [1, 'could not follow Ruby syntax after line 1 (unterminated %w array); counts for this file may be incomplete']],
    ['unterminated interpolation', 'x = "#{a\n', [1, 'could not follow Ruby syntax after line 1 (unterminated string); counts for this file may be incomplete']],
    ['unmatched bracket', 'x = 1\nfoo)\n', [2, 'could not follow Ruby syntax after line 2 (unmatched `)`); counts for this file may be incomplete']],
    ['unclosed bracket', 'foo(1,\n2\n', [1, 'could not follow Ruby syntax after line 1 (unclosed `(`); counts for this file may be incomplete']],
  ])('%s', (_name, source, expected) => {
    expect(errors(source)).toEqual([expected]);
  });

  it('still counts what comes before the problem', () => {
    const findings = scan(SOURCE, '# TODO: one\nx = y rescue nil\nz = "open\n');
    expect(countOf(findings, 'todo.comments')).toBe(1);
    expect(countOf(findings, 'catch.rescue-modifier')).toBe(1);
    expect(countOf(findings, 'parse.errors')).toBe(1);
  });

  it('reads a 1 MB file quickly and without errors', () => {
    const chunk = [
      'class Widget',
      '  def call(x) = x.map { |y| "#{y} rescue" }.join(%q(,)) rescue nil',
      '  def parse(s)',
      '    s.split(/,/).map { _1 / 2 } # TODO: faster',
      '  rescue => e',
      '    log <<~MSG',
      '      failed #{e}',
      '    MSG',
      '  end',
      'end',
      '',
    ].join('\n');
    const source = chunk.repeat(Math.ceil(1_048_576 / chunk.length));
    const started = performance.now();
    const findings = scan(SOURCE, source);
    const elapsed = performance.now() - started;
    const copies = Math.ceil(1_048_576 / chunk.length);
    expect(countOf(findings, 'catch.rescue-modifier')).toBe(copies);
    expect(countOf(findings, 'catch.generic')).toBe(copies);
    expect(countOf(findings, 'todo.comments')).toBe(copies);
    expect(countOf(findings, 'parse.errors')).toBe(0);
    expect(elapsed).toBeLessThan(2000);
  });
});
