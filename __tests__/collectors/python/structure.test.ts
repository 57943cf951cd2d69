import { describe, expect, it } from 'vitest';
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
