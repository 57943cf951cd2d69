import { describe, expect, it } from 'vitest';
import { lexPython } from '../../../src/collectors/python/lexer.js';
import { buildStatementTree } from '../../../src/collectors/python/structure.js';
import { pythonCode } from '../../../src/collectors/python-code.js';
import { describeFile } from '../../../src/inventory/classify.js';
import { collect, found, lines } from './helpers.js';

describe('python statement structure', () => {
  it('wants Python files only', () => {
    expect(pythonCode.id).toBe('python-code');
    expect(pythonCode.wants(describeFile('a/b.py'))).toBe(true);
    expect(pythonCode.wants(describeFile('a/b.pyi'))).toBe(false);
    expect(pythonCode.wants(describeFile('a/b.ts'))).toBe(false);
  });

  it('follows match/case soft keywords and keeps `match` usable as a name', () => {
    const source = [
      'match = re.match(x)',
      'match command.split():',
      '    case [action]:',
      '        try: run()',
      '        except Exception: pass',
      '    case _:',
      '        pass',
      'def stub(): pass',
    ];
    const findings = collect(source);
    expect(lines(findings, 'catch.generic')).toEqual([5]);
    expect(lines(findings, 'stubs.placeholder')).toEqual([8]);
  });

  it('finds the header colon past lambdas, slices, dicts and annotations', () => {
    const source = [
      'if (lambda: {"a": 1})()["a"] and xs[1:2]: pass',
      'with open(p) as f, lock: pass',
      'def f(x: dict[str, int] = {"k": 1}, *, g=lambda y: y) -> Callable[[int], None]: pass',
      'class C(Base[T], metaclass=Meta): pass',
    ];
    expect(found(collect(source), 'stubs.placeholder')).toEqual(['3: `f` is a placeholder: its body is only `pass`']);
  });

  it('splits semicolons into statements', () => {
    expect(lines(collect(['def f(): pass; pass', 'def g(): ...']), 'stubs.placeholder')).toEqual([2]);
  });

  it('splits only at real semicolons, each on its own line', () => {
    const source = [
      'a = 1; b = ";"  # ;',
      'c = (1,',
      '  2); d = 3',
      'def f(): pass;',
      'def g(): x; pass',
      'def h(): "doc; not a split"; pass',
    ];
    const { module } = buildStatementTree(lexPython(source.join('\n')).lines);
    const texts = (statements: readonly { tokens: readonly { text: string }[] }[]) =>
      statements.map((statement) => statement.tokens.map((token) => token.text).join(' '));
    expect(texts(module.body)).toEqual(['a = 1', 'b = ";"', 'c = ( 1 , 2 )', 'd = 3', 'def f ( )', 'def g ( )', 'def h ( )']);
    expect(module.body.map((statement) => `${statement.line}:${statement.column}`)).toEqual([
      '1:1', '1:8', '2:1', '3:7', '4:1', '5:1', '6:1',
    ]);
    expect(texts(module.body[5]?.body ?? [])).toEqual(['x', 'pass']);
    expect(lines(collect(source), 'stubs.placeholder')).toEqual([4, 6]);
  });

  it('makes the same token objects the old per-token lexer made, async left out of the header', () => {
    const { module } = buildStatementTree(lexPython('x = 1\n  \nasync def f(a): pass').lines);
    const def = module.body[1];
    expect(def?.kind).toBe('def');
    expect([def?.line, def?.column]).toEqual([3, 1]);
    expect(def?.tokens.map((token) => token.text)).toEqual(['def', 'f', '(', 'a', ')']);
    expect(def?.body[0]?.tokens).toEqual([{ type: 'name', text: 'pass', line: 3, column: 17, start: 25, end: 29 }]);
    expect(module.body[0]?.startsWithName('x')).toBe(true);
    expect(module.body[0]?.startsWithName('xy')).toBe(false);
    expect(def?.body[0]?.startsWithName('pass')).toBe(true);
  });

  it('returns the previous tree for the same lexed lines, as mock-data and python-code read the same file', () => {
    const text = 'def f(): pass';
    const first = lexPython(text);
    expect(lexPython(text)).toBe(first);
    expect(buildStatementTree(first.lines)).toBe(buildStatementTree(lexPython(text).lines));
    const other = lexPython('def g(): pass');
    expect(other).not.toBe(first);
    expect(buildStatementTree(other.lines).module.body[0]?.tokens[1]?.text).toBe('g');
  });

  it('reads tab indentation as advancing to multiples of 8', () => {
    const source = ['class TestA:', '\tdef test_a(self): pass', '        def test_b(self): pass', 'def test_c(): pass'];
    expect(lines(collect(source, 'test_tabs.py'), 'tests.cases')).toEqual([2, 3, 4]);
  });

  it('tolerates inconsistent dedents', () => {
    const source = ['def f():', '        x = 1', '    pass', 'def g(): pass'];
    expect(lines(collect(source), 'stubs.placeholder')).toEqual([4]);
  });

  it('reports more than 100 nested blocks once', () => {
    const source = Array.from({ length: 150 }, (_, depth) => `${' '.repeat(depth)}if x:`);
    source.push(`${' '.repeat(150)}pass`);
    expect(found(collect(source), 'parse.errors')).toEqual([
      '101: could not follow Python syntax after line 101 (too many levels of indentation); counts for this file may be incomplete',
    ]);
  });
});
