import { describe, expect, it } from 'vitest';
import { countOf, linesOf, scan } from './scan.js';

const TEST = 'tests/Unit/UserTest.php';
const inClass = (body: string): string => `<?php\nclass UserTest extends TestCase\n{\n${body}\n}\n`;
const cases = (source: string, path = TEST): string[] => linesOf(scan(path, source), 'tests.cases').map(([, m]) => m);

describe('tests.cases in PHP', () => {
  it.each([
    ['public test* method', 'public function testCreates(): void { $this->assertTrue(true); }', ['test `testCreates`']],
    ['no visibility means public', 'function testDefault() {}', ['test `testDefault`']],
    ['static and final modifiers', 'final public static function testStatic() {}', ['test `testStatic`']],
    ['@test docblock', '/**\n * Creates a user.\n * @test\n */\npublic function createsAUser() {}', ['test `createsAUser`']],
    ['#[Test] attribute', '#[Test]\npublic function createsAUser() {}', ['test `createsAUser`']],
    ['fully qualified attribute among others', "#[DataProvider('rows'), \\PHPUnit\\Framework\\Attributes\\Test]\npublic function it_works($a) {}", ['test `it_works`']],
    ['test name, @test and #[Test] together count once', '/** @test */\n#[Test]\npublic function testOnce() {}', ['test `testOnce`']],
  ])('%s', (_name, body, expected) => {
    expect(cases(inClass(body))).toEqual(expected);
  });

  it.each([
    ['private and protected test* methods', 'private function testHidden() {}\nprotected function testHelper() {}'],
    ['@testdox is not @test', '/** @testdox creates a user */\npublic function createsAUser() {}'],
    ['a docblock above the previous method', '/** @test */\npublic function a() {}\npublic function b() {}'],
    ['an attribute that is not Test', '#[Group("x")]\npublic function createsAUser() {}'],
    ['abstract test method', 'abstract public function testLater();'],
    ['other names', 'public function setUp(): void {}\npublic function Testing() {}'],
    ['in a string', "public function data() { return 'function testX() {}'; }"],
    ['closures inside a method', 'public function provider() { return [function testInner() {}]; }'],
  ])('not a test: %s', (_name, body) => {
    const found = cases(inClass(body));
    expect(found.filter((message) => message !== 'test `a`')).toEqual([]);
  });

  it('counts methods of classes and traits only, in test files only', () => {
    const source = '<?php\nfunction testFree() {}\ntrait Shared { public function testShared() {} }\ninterface I { public function testI(); }\n$o = new class { public function testAnon() {} };';
    expect(cases(source)).toEqual(['test `testShared`', 'test `testAnon`']);
    expect(cases(inClass('public function testX() {}'), 'src/User.php')).toEqual([]);
    expect(cases(inClass('public function testX() {}'), 'tests/bootstrap.php')).toEqual([]);
  });
});

describe('tests.skipped in PHP', () => {
  it('counts test methods that call markTestSkipped or markTestIncomplete, once each', () => {
    const source = inClass([
      'public function testA() { $this->markTestSkipped("no db"); }', // 4
      'public function testB() {', // 5
      '    if (!extension_loaded("x")) { self::markTestIncomplete(); }', // 6
      '    $this->markTestSkipped();', // 7
      '}', // 8
      'public function testC() { $this->assertTrue(true); }', // 9
      'public function helper() { $this->markTestSkipped(); }', // 10
      'public function testD() { $s = "$this->markTestSkipped()"; }', // 11
    ].join('\n'));
    const findings = scan(TEST, source);
    expect(countOf(findings, 'tests.cases')).toBe(4);
    expect(linesOf(findings, 'tests.skipped')).toEqual([
      [4, 'skipped test `testA` (markTestSkipped)'],
      [5, 'skipped test `testB` (markTestIncomplete)'],
    ]);
  });
});
