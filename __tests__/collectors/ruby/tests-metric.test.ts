import { describe, expect, it } from 'vitest';
import { countOf, linesOf, scan } from './scan.js';

const SPEC = 'spec/models/user_spec.rb';
const cases = (source: string, path = SPEC): Array<[number, string]> => linesOf(scan(path, source), 'tests.cases');

describe('tests.cases in Ruby', () => {
  it.each([
    ['it with a string and do', 'it "does x" do\n  expect(1).to eq 1\nend', ['test `does x`']],
    ['it with parentheses and braces', "it('x') { expect(1).to eq 1 }", ['test `x`']],
    ['it with metadata', "it 'x', :focus, retry: 3 do\nend", ['test `x`']],
    ['specify, scenario, example', "specify 'a' do end\nscenario 'b' do end\nexample 'c' do end", ['test `a`', 'test `b`', 'test `c`']],
    ['it with an interpolated description', 'it "handles #{kind}" do end', ['test `handles #{kind}`']],
    ['%q description', 'it %q(quotes "x") do end', ['test `quotes "x"`']],
    ['one-liners without a description', 'it { is_expected.to be_valid }\nspecify do\n  x\nend\nexample { y }', ['test (no description)', 'test (no description)', 'test (no description)']],
    ['ActiveSupport test blocks', 'test "creates a user" do\n  assert true\nend', ['test `creates a user`']],
    ['minitest methods', 'class UserTest < Minitest::Test\n  def test_creates\n  end\n  def helper; end\n  def testing; end\nend', ['test `test_creates`']],
    ['focused examples', "fit 'a' do end\nfspecify { }", ['test `a`', 'test (no description)']],
    ['nested examples inside describe blocks', "describe 'a' do\n  context 'b' do\n    it 'c' do end\n  end\nend", ['test `c`']],
  ])('%s', (_name, source, expected) => {
    expect(cases(source).map(([, message]) => message)).toEqual(expected);
  });

  it.each([
    ['method call on a receiver', 'foo.it "x" do end\nbar&.test("y")'],
    ['inside strings and heredocs', 'write_file "a_spec.rb", "it \'x\' do end"\nx = <<~RUBY\n  it "y" do end\nRUBY'],
    ['test without a description', 'test do end\ntest { }'],
    ['scenario with a symbol', 'scenario :x do end'],
    ['a method named it', 'def it(x) = x'],
    ['hash keys', 'run(it: "x", test: "y")'],
    ['symbols', 'send(:it, "x")'],
    ['Ruby 3.4 `it` block parameter', 'xs.map { it * 2 }'],
  ])('not a test: %s', (_name, source) => {
    expect(cases(source)).toEqual([]);
  });

  it('counts only in test files', () => {
    const source = 'it "x" do end\ndef test_y; end';
    expect(cases(source, 'spec/models/user_spec.rb')).toHaveLength(2);
    expect(cases(source, 'test/models/user_test.rb')).toHaveLength(2);
    expect(cases(source, 'spec/support/helpers.rb')).toEqual([]);
    expect(cases(source, 'lib/user.rb')).toEqual([]);
  });
});

describe('tests.skipped and tests.pending in Ruby', () => {
  it('counts x-prefixed examples as skipped tests', () => {
    const source = "xit 'a' do end\nxspecify { }\nxscenario 'c' do end\nxexample 'd' do end\nit 'e' do end";
    const findings = scan(SPEC, source);
    expect(countOf(findings, 'tests.cases')).toBe(5);
    expect(linesOf(findings, 'tests.skipped')).toEqual([
      [1, 'skipped test `a` (xit)'],
      [2, 'skipped test (no description) (xspecify)'],
      [3, 'skipped test `c` (xscenario)'],
      [4, 'skipped test `d` (xexample)'],
    ]);
  });

  it('counts skip and pending statements', () => {
    const source = [
      "it 'a' do", // 1
      '  skip "flaky on CI" if ENV["CI"]', // 2
      'end', // 3
      "it('b') { pending }", // 4
      'def test_c', // 5
      '  skip("later"); assert true', // 6
      'end', // 7
      "it 'd', skip: 'metadata is not a statement' do end", // 8
      'expect(pending).to be(false)', // 9
      'skip = true', // 10
      'runner.skip "x"', // 11
    ].join('\n');
    expect(linesOf(scan(SPEC, source), 'tests.pending')).toEqual([
      [2, 'pending test: `skip "flaky on CI" if ENV["CI"]`'],
      [4, 'pending test: `pending`'],
      [6, 'pending test: `skip("later")`'],
    ]);
  });
});
