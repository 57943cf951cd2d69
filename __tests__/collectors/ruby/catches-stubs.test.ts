import { describe, expect, it } from 'vitest';
import { countOf, linesOf, scan } from './scan.js';

const LIB = 'lib/client.rb';
const kinds = (source: string, path = LIB): Record<string, number> => {
  const findings = scan(path, source);
  return {
    generic: countOf(findings, 'catch.generic'),
    empty: countOf(findings, 'catch.empty'),
    modifier: countOf(findings, 'catch.rescue-modifier'),
  };
};

describe('rescue clauses in Ruby', () => {
  it.each([
    ['bare rescue in begin', 'begin\n  f\nrescue\n  log\nend', { generic: 1, empty: 0, modifier: 0 }],
    ['rescue => e in a def body', 'def a\n  f\nrescue => e\n  log(e)\nend', { generic: 1, empty: 0, modifier: 0 }],
    ['Exception', 'begin\n  f\nrescue Exception => e\n  raise\nend', { generic: 1, empty: 0, modifier: 0 }],
    ['::Exception', 'begin; f; rescue ::Exception; g; end', { generic: 1, empty: 0, modifier: 0 }],
    ['StandardError among others', 'begin\n  f\nrescue StandardError, IOError => e\n  g\nend', { generic: 1, empty: 0, modifier: 0 }],
    ['list across lines', 'begin\n  f\nrescue IOError,\n       Exception => e\n  g\nend', { generic: 1, empty: 0, modifier: 0 }],
    ['specific classes', 'begin\n  f\nrescue IOError, Errno::ENOENT => e\n  g\nend', { generic: 0, empty: 0, modifier: 0 }],
    ['namespaced Exception is not the root class', 'begin\n  f\nrescue Faraday::Exception\n  g\nend', { generic: 0, empty: 0, modifier: 0 }],
    ['in a do block', 'items.each do |i|\n  f(i)\nrescue => e\n  g\nend', { generic: 1, empty: 0, modifier: 0 }],
    ['empty, with comments', 'begin\n  f\nrescue IOError\n  # best effort\nend', { generic: 0, empty: 1, modifier: 0 }],
    ['empty before else', 'begin\n  f\nrescue IOError\nelse\n  g\nend', { generic: 0, empty: 1, modifier: 0 }],
    ['empty before ensure', 'begin\n  f\nrescue => e\nensure\n  g\nend', { generic: 1, empty: 1, modifier: 0 }],
    ['empty before another rescue', 'begin\n  f\nrescue IOError\nrescue Exception\n  g\nend', { generic: 1, empty: 1, modifier: 0 }],
    ['empty on one line', 'begin; f; rescue; end', { generic: 1, empty: 1, modifier: 0 }],
    ['then on one line', 'begin f; rescue IOError then nil end', { generic: 0, empty: 0, modifier: 0 }],
    ['nil is a statement', 'begin\n  f\nrescue IOError\n  nil\nend', { generic: 0, empty: 0, modifier: 0 }],
    ['modifier', 'x = f rescue nil', { generic: 0, empty: 0, modifier: 1 }],
    ['modifier after a block', 'x = begin\n  f\nend rescue nil', { generic: 0, empty: 0, modifier: 1 }],
    ['method named rescue, symbol, label', 'obj.rescue(x)\nsend(:rescue)\nopts(rescue: 1)', { generic: 0, empty: 0, modifier: 0 }],
  ])('%s', (_name, source, expected) => {
    expect(kinds(source)).toEqual(expected);
  });

  it('reports the clause with exact messages, and never in test code', () => {
    const source = 'begin\n  f\nrescue Exception => e\nend\ny = g rescue nil\nbegin\n  f\nrescue\n  h\nend';
    const findings = scan(LIB, source);
    expect(linesOf(findings, 'catch.generic')).toEqual([
      [3, '`rescue Exception => e` catches every exception, even Interrupt and SystemExit; rescue the exceptions you expect'],
      [8, 'bare `rescue` catches every StandardError; rescue the exceptions you expect'],
    ]);
    expect(linesOf(findings, 'catch.empty')).toEqual([[3, '`rescue Exception => e` swallows the error: its body is empty']]);
    expect(linesOf(findings, 'catch.rescue-modifier')).toEqual([
      [5, '`rescue nil` modifier rescues every StandardError the statement raises'],
    ]);
    expect(kinds(source, 'spec/client_spec.rb')).toEqual({ generic: 0, empty: 0, modifier: 0 });
    expect(kinds(source, 'test/support/fake.rb')).toEqual({ generic: 0, empty: 0, modifier: 0 });
  });
});

const placeholder = (name: string): string => `\`${name}\` is a placeholder: its body is only \`raise NotImplementedError\``;

describe('stubs.placeholder in Ruby', () => {
  it.each([
    ['bare raise', 'def call\n  raise NotImplementedError\nend', 'call'],
    ['with a message', 'def call(x)\n  raise NotImplementedError, "#{self.class} must implement #call"\nend', 'call'],
    ['with .new', "def call\n  raise NotImplementedError.new('subclass')\nend", 'call'],
    ['raise(…)', 'def call = raise(NotImplementedError)', 'call'],
    ['endless def', 'def call = raise NotImplementedError', 'call'],
    ['::NotImplementedError and fail', 'def call a, b\n  fail ::NotImplementedError\nend', 'call'],
    ['singleton method', 'def self.build; raise NotImplementedError; end', 'self.build'],
    ['predicate and operator names', 'def valid?\n  raise NotImplementedError\nend\ndef <=>(other)\n  raise NotImplementedError\nend', 'valid?'],
    ['comments around', 'def call\n  # subclasses override\n  raise NotImplementedError # always\nend', 'call'],
  ])('%s', (_name, source, name) => {
    const found = linesOf(scan(LIB, source), 'stubs.placeholder');
    expect(found[0]).toEqual([1, placeholder(name)]);
  });

  it.each([
    ['conditional raise', 'def call(x)\n  raise NotImplementedError if x\nend'],
    ['two statements', 'def call\n  log\n  raise NotImplementedError\nend'],
    ['another error', 'def call\n  raise ArgumentError\nend'],
    ['a string, not the class', 'def call\n  raise "NotImplementedError"\nend'],
    ['empty body', 'def call\nend'],
  ])('not a stub: %s', (_name, source) => {
    expect(countOf(scan(LIB, source), 'stubs.placeholder')).toBe(0);
  });

  it('counts both operator and named methods, never in test code', () => {
    const source = 'def valid?\n  raise NotImplementedError\nend\ndef <=>(other)\n  raise NotImplementedError\nend';
    expect(linesOf(scan(LIB, source), 'stubs.placeholder')).toEqual([[1, placeholder('valid?')], [4, placeholder('<=>')]]);
    expect(countOf(scan('spec/support/fake.rb', source), 'stubs.placeholder')).toBe(0);
  });
});
