import { describe, expect, it } from 'vitest';
import { collect, found } from './helpers.js';

function stubs(source: readonly string[], path?: string): string[] {
  return found(collect(source, path), 'stubs.placeholder');
}

describe('python stubs.placeholder', () => {
  it.each([
    ['pass body', ['def f():', '    pass'], ['1: `f` is a placeholder: its body is only `pass`']],
    ['same-line ellipsis', ['def f(x: int) -> None: ...'], ['1: `f` is a placeholder: its body is only `...`']],
    [
      'docstring then raise NotImplementedError("x")',
      ['class Store:', '    def save(self):', '        """Saves."""', '        raise NotImplementedError("x")'],
      ['2: `Store.save` is a placeholder: its body is only `raise NotImplementedError`'],
    ],
    [
      'bare raise NotImplementedError in a nested function',
      ['def outer():', '    def inner():', '        raise NotImplementedError', '    return inner'],
      ['2: `inner` is a placeholder: its body is only `raise NotImplementedError`'],
    ],
    [
      'async def, decorated, with a multi-line signature',
      ['@app.route("/x")', 'async def handler(', '    request,', '):', '    pass'],
      ['2: `handler` is a placeholder: its body is only `pass`'],
    ],
    ['docstring only is not a stub', ['def f():', '    """Nothing yet."""'], []],
    ['two statements are not a stub', ['def f():', '    pass', '    return 1'], []],
    ['raise NotImplementedError with a cause is not a stub', ['def f():', '    raise NotImplementedError() from None'], []],
    ['abstractmethod', ['import abc', 'class A:', '    @abc.abstractmethod', '    def f(self): ...'], []],
    ['abstractproperty stacked', ['class A:', '    @property', '    @abstractproperty', '    def f(self):', '        pass'], []],
    ['typing.overload', ['@typing.overload', 'def f(x: int) -> int: ...', '@overload', 'def f(x: str) -> str: ...'], []],
    ['Protocol base', ['class P(Protocol):', '    def f(self) -> int: ...'], []],
    ['generic Protocol[T] base', ['class P(typing.Protocol[T]):', '    def f(self) -> T: ...'], []],
    ['ABC base', ['class A(abc.ABC):', '    def f(self):', '        raise NotImplementedError'], []],
    ['metaclass=ABCMeta', ['class A(Base, metaclass=abc.ABCMeta):', '    def f(self):', '        pass'], []],
    [
      'a nested function inside a Protocol method still counts',
      ['class P(Protocol):', '    def f(self):', '        def g(): pass', '        return g'],
      ['3: `g` is a placeholder: its body is only `pass`'],
    ],
    ['def inside a string is nothing', ['x = """', 'def f(): pass', '"""'], []],
  ])('%s', (_name, source, expected) => {
    expect(stubs(source)).toEqual(expected);
  });

  it('ignores test code', () => {
    expect(stubs(['def f():', '    pass'], 'tests/fakes.py')).toEqual([]);
  });
});
