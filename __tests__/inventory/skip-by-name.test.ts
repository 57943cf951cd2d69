import { describe, expect, it } from 'vitest';
import { parseGitattributes, skipReasonByAttributes, skipReasonByName } from '../../src/inventory/skip-by-name.js';

describe('skipReasonByName', () => {
  it.each([
    ['node_modules/x/index.js', 'vendored'],
    ['a/b/vendor/x.go', 'vendored'],
    ['.venv/lib/site.py', 'vendored'],
    ['packages/web/.next/server.js', 'generated'],
    ['dist/index.js', 'generated'],
    ['web/coverage/lcov.info', 'generated'],
    ['static/app.min.js', 'generated'],
    ['static/App.Bundle.js', 'generated'],
    ['assets/logo.PNG', 'binary'],
    ['src/vendor.py', undefined],
    ['src/distance.py', undefined],
    ['build.gradle', undefined],
  ])('%s → %s', (filePath, reason) => {
    expect(skipReasonByName(filePath)).toBe(reason);
  });
});

describe('.gitattributes', () => {
  const lines = [
    ...parseGitattributes('', '# comment\n*.pb.go linguist-generated\n/docs/** linguist-vendored\nkeep.pb.go -linguist-generated\n'),
    ...parseGitattributes('web', 'api/*.ts linguist-generated=true\n'),
  ];

  it.each([
    ['svc/a.pb.go', 'generated'],
    ['svc/keep.pb.go', undefined],
    ['docs/x/y.md', 'vendored'],
    ['src/docs/y.md', undefined],
    ['web/api/client.ts', 'generated'],
    ['api/client.ts', undefined],
  ])('%s → %s', (filePath, reason) => {
    expect(skipReasonByAttributes(filePath, lines)).toBe(reason);
  });

  it('ignores lines that set no linguist attribute', () => {
    expect(parseGitattributes('', '*.sh text eol=lf\n')).toEqual([]);
  });
});
