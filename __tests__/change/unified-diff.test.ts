import { describe, expect, it } from 'vitest';
import { addedLinesOfPatch, parseHunkHeader } from '../../src/change/unified-diff.js';
import { pathOfSameNameHeader, unquoteGitPath } from '../../src/change/git-quoted-path.js';

describe('parseHunkHeader', () => {
  it.each([
    ['@@ -1,3 +1,4 @@', { oldLeft: 3, newLeft: 4, nextNewLine: 1 }],
    ['@@ -5 +7 @@ function f() {', { oldLeft: 1, newLeft: 1, nextNewLine: 7 }],
    ['@@ -4,2 +3,0 @@', { oldLeft: 2, newLeft: 0, nextNewLine: 3 }],
    ['@@ -0,0 +1,12 @@', { oldLeft: 0, newLeft: 12, nextNewLine: 1 }],
    ['@@@ -1 -1 +1 @@@', undefined],
    ['+++ b/file', undefined],
  ])('%s', (line, cursor) => {
    expect(parseHunkHeader(line)).toEqual(cursor);
  });
});

describe('addedLinesOfPatch', () => {
  it.each([
    ['additions only', '@@ -0,0 +1,3 @@\n+a\n+b\n+c\n', [1, 2, 3]],
    ['context moves the head line', '@@ -1,3 +1,4 @@\n a\n+b\n c\n+d\n-e\n', [2, 4]],
    ['two hunks, omitted counts', '@@ -2 +2 @@\n-x\n+y\n@@ -9,0 +10,2 @@\n+p\n+q', [2, 10, 11]],
    ['a removal adds nothing', '@@ -3,2 +2,0 @@\n-a\n-b', []],
    ['no-newline markers are not lines', '@@ -1 +1,2 @@\n-a\n\\ No newline at end of file\n+a\n+b\n\\ No newline at end of file', [1, 2]],
    ['empty context line without its space', '@@ -1,3 +1,4 @@\n a\n\n+new\n c', [3]],
    ['lines that look like headers inside a hunk', '@@ -0,0 +1,2 @@\n+@@ -1 +1 @@\n+diff --git a/x b/x', [1, 2]],
    ['CR kept in lines', '@@ -1 +1,2 @@\n a\r\n+b\r\n', [2]],
    ['empty patch', '', []],
  ])('%s', (_, patch, lines) => {
    expect(addedLinesOfPatch(patch)).toEqual(lines);
  });

  it('rejects text between hunks that is not a hunk header', () => {
    expect(() => addedLinesOfPatch('@@ -1 +1 @@\n-a\n+b\ngarbage')).toThrow('malformed patch, line 4: expected a hunk header');
  });
});

describe('git paths in patch headers', () => {
  it.each([
    ['plain/path.ts', 'plain/path.ts'],
    ['"tab\\there"', 'tab\there'],
    ['"new\\nline \\"q\\" back\\\\slash"', 'new\nline "q" back\\slash'],
    ['"\\303\\274ber"', 'über'],
    ['"ü\\tx"', 'ü\tx'],
  ])('unquotes %s', (quoted, path) => {
    expect(unquoteGitPath(quoted)).toBe(path);
  });

  it.each([
    ['a/x.ts b/x.ts', 'x.ts'],
    ['a/a b/c b/a b/c', 'a b/c'],
    ['"a/x\\ty" "b/x\\ty"', 'x\ty'],
  ])('reads the path of diff --git %s', (names, path) => {
    expect(pathOfSameNameHeader(names)).toBe(path);
  });

  it('refuses names that differ', () => {
    expect(() => pathOfSameNameHeader('a/x b/y')).toThrow('unexpected diff header names a/x b/y');
  });
});
