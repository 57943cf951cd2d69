import { describe, expect, it } from 'vitest';
import { countOf, linesOf, scan } from './scan.js';

const SOURCE = 'src/Client.php';
const counts = (source: string, path = SOURCE): [number, number] => {
  const findings = scan(path, `<?php\n${source}`);
  return [countOf(findings, 'catch.generic'), countOf(findings, 'catch.empty')];
};

describe('catch.generic and catch.empty in PHP', () => {
  it.each([
    ['\\Exception', 'try { f(); } catch (\\Exception $e) { log($e); }', [1, 0]],
    ['Exception', 'try { f(); } catch (Exception $e) { log($e); }', [1, 0]],
    ['\\Throwable', 'try { f(); } catch (\\Throwable $e) { log($e); }', [1, 0]],
    ['Throwable without a variable (PHP 8)', 'try { f(); } catch (Throwable) { log(); }', [1, 0]],
    ['lower case is the same class', 'try { f(); } catch (exception $e) { log($e); }', [1, 0]],
    ['union with a catch-all', 'try { f(); } catch (\\InvalidArgumentException | \\Exception $e) { log($e); }', [1, 0]],
    ['specific classes', 'try { f(); } catch (\\InvalidArgumentException | RuntimeException $e) { log($e); }', [0, 0]],
    ['namespaced Exception class', 'try { f(); } catch (\\Foo\\Exception $e) { log($e); }', [0, 0]],
    ['empty', 'try { f(); } catch (RuntimeException $e) {}', [0, 1]],
    ['empty with comments', 'try { f(); } catch (RuntimeException $e) {\n  // ignore\n  /* really */\n}', [0, 1]],
    ['generic and empty', 'try { f(); } catch (\\Throwable $e) { }', [1, 1]],
    ['a statement', 'try { f(); } catch (RuntimeException $e) { ; }', [0, 0]],
    ['inline HTML is output', 'try { f(); } catch (RuntimeException $e) { ?>\n<p>failed</p>\n<?php }', [0, 0]],
    ['method named catch', '$promise->catch(function () {});', [0, 0]],
  ])('%s', (_name, source, expected) => {
    expect(counts(source)).toEqual(expected);
  });

  it('reports exact messages at the catch, and nothing in test code', () => {
    const source = 'try {\n  f();\n} catch (\\Exception $e) {}\n';
    expect(linesOf(scan(SOURCE, `<?php\n${source}`), 'catch.generic')).toEqual([
      [4, '`catch (\\Exception $e)` catches every exception; catch the exceptions you expect'],
    ]);
    expect(linesOf(scan(SOURCE, `<?php\n${source}`), 'catch.empty')).toEqual([
      [4, 'empty `catch (\\Exception $e)` block swallows the error'],
    ]);
    expect(counts(source, 'tests/ClientTest.php')).toEqual([0, 0]);
    expect(counts(source, 'tests/Fakes/FakeClient.php')).toEqual([0, 0]);
  });
});

const placeholder = (name: string): string => `\`${name}\` is a placeholder: it only throws "Not implemented"`;

describe('stubs.placeholder in PHP', () => {
  it.each([
    ['function with a message', "function load() { throw new \\BadMethodCallException('Not implemented yet'); }", 'load'],
    ['method, class name says so', 'class A { public function load(): array { throw new NotImplementedException(); } }', 'load'],
    ['no parentheses', 'class A { public function load() { throw new NotImplementedException; } }', 'load'],
    ['qualified class name', 'class A { public function load() { throw new \\App\\Errors\\NotImplemented(); } }', 'load'],
    ['double-quoted message', 'function load() { throw new LogicException("load is not implemented"); }', 'load'],
    ['closure', "$f = function ($x) use ($y) { throw new RuntimeException('NOT_IMPLEMENTED'); };", 'function'],
    ['by-reference function with a union return type', "function &load(): int|string { throw new Exception('not implemented'); }", 'load'],
  ])('%s', (_name, source, name) => {
    expect(linesOf(scan(SOURCE, `<?php\n${source}`), 'stubs.placeholder')).toEqual([[2, placeholder(name)]]);
  });

  it.each([
    ['conditional throw', "function f($x) { if ($x) { throw new Exception('not implemented'); } }"],
    ['two statements', "function f() { log(); throw new Exception('not implemented'); }"],
    ['another message', "function f() { throw new Exception('invalid state'); }"],
    ['message built by a call', "function f() { throw new Exception(sprintf('not implemented: %s', 'x')); }"],
    ['abstract method', 'abstract class A { abstract public function f(); }'],
    ['arrow function', "$f = fn() => throw new Exception('not implemented');"],
  ])('not a stub: %s', (_name, source) => {
    expect(countOf(scan(SOURCE, `<?php\n${source}`), 'stubs.placeholder')).toBe(0);
  });

  it('ignores test code', () => {
    const source = "<?php\nclass Fake { public function load() { throw new Exception('not implemented'); } }";
    expect(countOf(scan('tests/Fakes/Fake.php', source), 'stubs.placeholder')).toBe(0);
  });
});
