import { describe, expect, it } from 'vitest';
import { countOf, linesOf, scan } from './scan.js';

const EMPTY_CATCH = 'empty `catch` block swallows the error';

describe('catch.empty', () => {
  it.each([
    ['catch (e) {}', 'try { f(); } catch (e) {}', 1],
    ['catch {} without binding', 'try { f(); } catch {}', 1],
    ['typed binding', 'try { f(); } catch (e: unknown) {\n}', 1],
    ['only a comment', 'try { f(); } catch (error) {\n  // ignore: best effort\n  /* really */\n}', 1],
    ['with a statement', 'try { f(); } catch (e) { log(e); }', 0],
    ['with only a semicolon', 'try { f(); } catch (e) { ; }', 0],
    ['promise.catch', 'p.catch(() => {}); p.catch((e) => {}).finally(() => {});', 0],
    ['method named catch', 'class P { then() {} catch(reject) {} }', 0],
    ['try/finally', 'try { f(); } finally {}', 0],
    ['nested', 'try { try { f(); } catch {} } catch (e) { g(); }', 1],
  ])('%s', (_name, source, expected) => {
    expect(countOf(scan('src/io.ts', source), 'catch.empty')).toBe(expected);
  });

  it('points at the catch keyword and skips test code', () => {
    const source = 'try {\n  f();\n} catch {}';
    expect(linesOf(scan('src/io.js', source), 'catch.empty')).toEqual([[3, EMPTY_CATCH]]);
    expect(scan('src/io.js', source)[0]?.column).toBe(3);
    expect(countOf(scan('test/io.js', source), 'catch.empty')).toBe(0);
    expect(countOf(scan('src/io.test.js', source), 'catch.empty')).toBe(0);
  });
});

const placeholder = (name: string): string => `\`${name}\` is a placeholder: it only throws "Not implemented"`;

describe('stubs.placeholder', () => {
  it.each([
    ['function declaration', "function load() { throw new Error('Not implemented'); }", 'load'],
    ['error class name', 'function load() { throw new NotImplementedError(); }', 'load'],
    ['dotted error name, no new', 'function load() { throw errors.notImplemented() }', 'load'],
    ['new without arguments', 'function load() { throw new NotImplementedException; }', 'load'],
    ['template message', 'function load(x) { throw new Error(`not implemented: ${x}`); }', 'load'],
    ['message with a sentence', "function load() { throw new Error('load is not yet implemented') }", undefined],
    ['not_implemented', "function load() { throw new TypeError('NOT_IMPLEMENTED'); }", 'load'],
    ['async generator', "async function* rows() { throw new Error('not implemented'); }", 'rows'],
    ['function expression', "const load = function () { throw new Error('not implemented'); };", 'load'],
    ['named generator expression', "exports.load = function* () { throw new Error('not implemented'); };", 'load'],
    ['arrow', "const load = async (id) => { throw new Error('not implemented'); };", 'load'],
    ['arrow with one parameter', "const load = id => { throw new Error('not implemented') }", 'load'],
    ['arrow with return type', "const load = (id: string): Promise<User> => { throw new Error('not implemented'); };", 'load'],
    ['typed variable', "const load: Loader = () => { throw new Error('not implemented'); };", 'load'],
    ['object property', "const api = { load: () => { throw new Error('not implemented'); } };", 'load'],
    ['object method', "const api = { load(id) { throw new Error('not implemented'); } };", 'load'],
    ['callback argument', "register(() => { throw new Error('not implemented'); });", 'function'],
    ['getter', "class A { get size() { throw new Error('not implemented'); } }", 'size'],
    ['setter', "class A { set size(v: number) { throw new Error('not implemented'); } }", 'size'],
    ['constructor', "class A { constructor(private readonly db: Db) { throw new Error('not implemented'); } }", 'constructor'],
    ['method with TS return type', "class A { async run(x: number): Promise<void> { throw new Error('Not implemented'); } }", 'run'],
    ['object return type', "class A { shape(): { a: string } { throw new Error('not implemented'); } }", 'shape'],
    ['generic method', "class A { map<T>(f: (x: T) => T): T[] { throw new Error('not implemented'); } }", 'map'],
    ['decorated method', "class A { @Get('/x') @Auth() find(): User { throw new Error('not implemented'); } }", 'find'],
    ['computed method', "class A { [Symbol.iterator]() { throw new Error('not implemented'); } }", '[Symbol.iterator]'],
    ['class property arrow', "class A { load = (): void => { throw new Error('not implemented'); }; }", 'load'],
  ])('%s', (_name, source, name) => {
    const findings = linesOf(scan('src/api.ts', source), 'stubs.placeholder');
    expect(findings).toEqual(name === undefined ? [] : [[1, placeholder(name)]]);
  });

  it.each([
    ['throw inside if inside a function', "function f(x) { if (x) { throw new Error('not implemented'); } }"],
    ['throw in else', "function f(x) { if (x) { g(); } else { throw new Error('not implemented'); } }"],
    ['loops, switch, catch, plain block', "for (;;) { throw new Error('not implemented') } while (x) { throw new Error('not implemented') } switch (x) { case 1: { throw new Error('not implemented') } } try {} catch (e) { throw new Error('not implemented') } { throw new Error('not implemented') }"],
    ['two statements', "function f() { log(); throw new Error('not implemented'); }"],
    ['another message', "function f() { throw new Error('invalid state'); }"],
    ['abstract member has no body', "abstract class A { abstract run(): void; other() { return 1; } }"],
    ['overload signature', "function f(a: string): void;\nfunction f(a: unknown) { return a; }"],
    ['message only in a comment', "function f() { throw new Error('x'); /* not implemented */ }"],
    ['throwing a string', "function f() { throw 'not implemented'; }"],
  ])('not a stub: %s', (_name, source) => {
    expect(countOf(scan('src/api.ts', source), 'stubs.placeholder')).toBe(0);
  });

  it('ignores test code and reports the throw line', () => {
    const source = "class Repo {\n  find(): User {\n    throw new Error('not implemented');\n  }\n}";
    expect(linesOf(scan('src/repo.ts', source), 'stubs.placeholder')).toEqual([[3, placeholder('find')]]);
    expect(countOf(scan('src/__tests__/repo.ts', source), 'stubs.placeholder')).toBe(0);
    expect(countOf(scan('tests/fakes/repo.ts', source), 'stubs.placeholder')).toBe(0);
  });
});
