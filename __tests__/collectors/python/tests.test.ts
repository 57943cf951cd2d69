import { describe, expect, it } from 'vitest';
import { collect, found } from './helpers.js';

const TEST_FILE = 'tests/test_things.py';

describe('python tests.cases', () => {
  it.each([
    ['module-level functions, async too', ['def test_a(): pass', 'async def test_b():', '    pass', 'def helper(): pass'], ['1: test `test_a`', '2: test `test_b`']],
    [
      'Test* classes and nested Test* classes',
      ['class TestOuter:', '    def test_a(self): pass', '    class TestInner:', '        def test_b(self): pass', '    def helper(self): pass'],
      ['2: test `TestOuter.test_a`', '4: test `TestOuter.TestInner.test_b`'],
    ],
    ['Test* class with __init__ is not collected', ['class TestX:', '    def __init__(self): pass', '    def test_a(self): pass'], []],
    ['class not named Test* is not collected', ['class Helpers:', '    def test_a(self): pass'], []],
    [
      'tests inside top-level if/try/with blocks',
      ['import sys', 'if sys.version_info >= (3, 12):', '    def test_new(): pass', 'else:', '    try:', '        def test_old(): pass', '    finally:', '        pass'],
      ['3: test `test_new`', '6: test `test_old`'],
    ],
    ['tests inside a for loop are not module-level', ['for i in range(3):', '    def test_a(): pass'], []],
    ['a nested helper def is not a test', ['def test_a():', '    def test_helper(): pass', '    test_helper()'], ['1: test `test_a`']],
    ['parametrized test counts once', ['@pytest.mark.parametrize("x", [1, 2, 3])', 'def test_a(x):', '    assert x'], ['2: test `test_a`']],
    ['test in a docstring is nothing', ['"""', 'def test_a(): pass', '"""'], []],
    [
      'TestCase subclass counted once in a test file',
      ['class TestA(unittest.TestCase):', '    def test_a(self): pass'],
      ['2: test `TestA.test_a`'],
    ],
  ])('%s', (_name, source, expected) => {
    expect(found(collect(source, TEST_FILE), 'tests.cases')).toEqual(expected);
  });

  it('counts TestCase subclass methods in any file, and nothing else there', () => {
    const source = [
      'def test_module_level(): pass',
      'class Checks(django.test.TestCase):',
      '    def test_a(self): pass',
      'class MoreChecks(APITestCase):',
      '    def test_b(self): pass',
      '    def setUp(self): pass',
      'class TestPlain:',
      '    def test_c(self): pass',
      'def factory():',
      '    class Local(TestCase):',
      '        def test_d(self): pass',
    ];
    expect(found(collect(source, 'pkg/checks.py'), 'tests.cases')).toEqual([
      '3: test `Checks.test_a`',
      '5: test `MoreChecks.test_b`',
    ]);
  });
});

describe('python tests.skipped', () => {
  it.each([
    [
      'pytest.mark.skip with a reason',
      ['@pytest.mark.skip(reason="later")', 'def test_a(): pass', 'def test_b(): pass'],
      ['2: skipped test `test_a` (pytest.mark.skip)'],
    ],
    ['mark.skipif', ['@mark.skipif(sys.platform == "win32", reason="x")', 'def test_a(): pass'], ['2: skipped test `test_a` (mark.skipif)']],
    ['xfail', ['@pytest.mark.xfail', 'def test_a(): pass'], ['2: skipped test `test_a` (pytest.mark.xfail)']],
    ['unittest.skip', ['class TestA(unittest.TestCase):', '    @unittest.skip("x")', '    def test_a(self): pass'], ['3: skipped test `TestA.test_a` (unittest.skip)']],
    ['plain skipIf', ['class TestA(TestCase):', '    @skipIf(True, "x")', '    def test_a(self): pass'], ['3: skipped test `TestA.test_a` (skipIf)']],
    [
      'class decorator marks all its tests',
      ['@unittest.skipUnless(HAS_X, "x")', 'class TestA(unittest.TestCase):', '    def test_a(self): pass', '    def test_b(self): pass'],
      ['3: skipped test `TestA.test_a` (unittest.skipUnless)', '4: skipped test `TestA.test_b` (unittest.skipUnless)'],
    ],
    [
      'module pytestmark list',
      ['import pytest', 'pytestmark = [pytest.mark.skip, pytest.mark.slow]', 'def test_a(): pass'],
      ['3: skipped test `test_a` (pytest.mark.skip via pytestmark)'],
    ],
    [
      'class-level pytestmark only marks that class',
      ['class TestA:', '    pytestmark = pytest.mark.skipif(True, reason="x")', '    def test_a(self): pass', 'def test_b(): pass'],
      ['3: skipped test `TestA.test_a` (pytest.mark.skipif via pytestmark)'],
    ],
    ['other marks are not skips', ['pytestmark = pytest.mark.slow', '@pytest.mark.usefixtures("db")', 'def test_a(): pass'], []],
    ['skipped helper is not a test', ['@pytest.mark.skip', 'def helper(): pass'], []],
  ])('%s', (_name, source, expected) => {
    const findings = collect(source, TEST_FILE);
    expect(found(findings, 'tests.skipped')).toEqual(expected);
  });

  it('reports the skip as an extra finding beside the test case', () => {
    const findings = collect(['@pytest.mark.skip', 'def test_a(): pass'], TEST_FILE);
    expect(findings.map((finding) => finding.kind)).toEqual(['tests.cases', 'tests.skipped']);
    expect(findings[1]).toMatchObject({ line: 2, column: 1, data: { mark: 'pytest.mark.skip' } });
  });
});
