import { Minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COVERAGE_GLOBS, DEFAULT_REPORT_EXCLUDE_GLOBS, DEFAULT_TEST_REPORT_GLOBS } from '../src/artefacts/report-globs.js';
import { matchesAnyGlob } from '../src/globs.js';

const GLOBS = [
  ...DEFAULT_TEST_REPORT_GLOBS,
  ...DEFAULT_COVERAGE_GLOBS,
  ...DEFAULT_REPORT_EXCLUDE_GLOBS,
  'README*',
  '.github/workflows/*.y?(a)ml',
  '{src,lib}/**/health*.ts',
  '[Rr]elease*',
  '!**/*.xml',
  '#a comment',
  '',
  'a/**',
  '{a,b}/**',
  'x/**/',
  '*/**',
  '*/**/*.xml',
  '**/.x/**/.*',
];

const PATHS = [
  'junit.xml', 'build/test-results/test/TEST-com.Example.xml', 'reports/junit-unit.xml', 'coverage/lcov.info', 'x.lcov',
  'coverage.xml', 'out/coverage.cobertura.xml', 'pkg/fixtures/junit.xml', 'src/test/resources/TEST-a.xml', '.resultset.json',
  'coverage/.resultset.json', 'README.md', 'docs/README.md', '.github/workflows/ci.yml', '.github/workflows/a/b.yaml',
  'src/a/healthz.ts', 'lib/health.ts', 'Release-notes', 'release', 'a/.hidden/x', 'a', '.env', 'TestResult.xml', 'r.trx',
  'go/cover.out', 'deep/er/coverage-final.json', 'notes.txt', '', 'b', 'x', 'x/y', '.hidden', 'c/.hidden/a.xml', '.x/a/README.md/.hidden',
];

describe('matchesAnyGlob', () => {
  it.each([
    ['dot', { dot: true }],
    ['dot, nocase', { dot: true, nocase: true }],
    ['defaults', {}],
  ] as const)('decides as minimatch does, glob by glob and for the whole list (%s)', (_name, options) => {
    for (const glob of GLOBS) {
      const matches = matchesAnyGlob([glob], options);
      for (const path of PATHS) expect({ glob, path, matched: matches(path) }).toEqual({ glob, path, matched: new Minimatch(glob, options).match(path) });
    }
    const matchers = GLOBS.map((glob) => new Minimatch(glob, options));
    const matchesAny = matchesAnyGlob(GLOBS, options);
    for (const path of PATHS) expect({ path, matched: matchesAny(path) }).toEqual({ path, matched: matchers.some((matcher) => matcher.match(path)) });
  });

  it('matches nothing without globs', () => {
    expect(matchesAnyGlob([], { dot: true })('anything')).toBe(false);
  });
});
