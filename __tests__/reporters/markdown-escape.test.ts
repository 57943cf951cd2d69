import { describe, expect, test } from 'vitest';
import { codeBlock, codeSpan, escapeInline, escapeText, fileUrl } from '../../src/reporters/markdown-escape.js';

const ZWJ = '\u200D';
const ZWSP = '\u200B';

describe('escapeText', () => {
  test.each([
    ['Markdown punctuation', '*bold* _it_ [x](y) ~~s~~ `c` !img + - | \\', '\\*bold\\* \\_it\\_ \\[x\\]\\(y\\) \\~\\~s\\~\\~ \\`c\\` \\!img \\+ \\- \\| \\\\'],
    ['HTML becomes entities', '<img src=x onerror=alert(1)> & co', '&lt;img src=x onerror=alert\\(1\\)&gt; &amp; co'],
    ['closing a details block', '</details><details open>', '&lt;/details&gt;&lt;details open&gt;'],
    ['an @mention', 'ask @octocat', `ask @${ZWJ}octocat`],
    ['an @org/team mention', 'cc @github/security', `cc @${ZWJ}github/security`],
    ['an issue reference', 'fixes #123', `fixes \\#${ZWJ}123`],
    ['a cross-repository reference', 'see owner/repo#1', `see owner/repo\\#${ZWJ}1`],
    ['a GH- reference', 'GH-42 and gh-7', `GH\\-${ZWJ}42 and gh\\-${ZWJ}7`],
    ['a bare URL', 'go to https://evil.example/x', `go to https:${ZWJ}//evil.example/x`],
    ['a www link', 'visit www.evil.example', `visit www${ZWJ}.evil.example`],
    ['an e-mail address', 'mail a@b.example', `mail a@${ZWJ}b.example`],
    ['LaTeX math', '$\\huge{X}$', '\\$\\\\huge{X}\\$'],
    ['newlines collapse to spaces', 'one\ntwo\r\nthree\rfour\u2028five', 'one two three four five'],
    ['a heading at the start', '# Approved', `\\#${ZWJ} Approved`],
    ['an ordered list at the start', '1. step', '1\\. step'],
    ['a version number stays as it is', '0.1.0', '0.1.0'],
    ['a table row injection', 'a | b |\n| --- | --- |', 'a \\| b \\| \\| \\-\\-\\- \\| \\-\\-\\- \\|'],
    ['control characters', 'a\u0000b\u001B[31mc\u009Bd\u202Eе', 'ab\\[31mcdе'],
    ['indentation that would make a code block', '    indented', 'indented'],
  ])('%s', (_name, input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });
});

describe('codeSpan', () => {
  test.each([
    ['plain text', 'src/a.py', '`src/a.py`'],
    ['a backtick inside', 'a`b', '``a`b``'],
    ['a longer backtick run inside', 'a``b`c', '```a``b`c```'],
    ['a leading backtick gets padding', '`start', '`` `start ``'],
    ['a trailing backtick gets padding', 'end`', '`` end` ``'],
    ['spaces at both ends keep padding', ' x ', '`  x  `'],
    ['HTML and mentions stay literal', '</details> @octocat', '`</details> @octocat`'],
    ['newlines collapse', 'a\nb', '`a b`'],
    ['empty text', '', '` `'],
    ['pipes outside a table stay', 'a|b', '`a|b`'],
  ])('%s', (_name, input, expected) => {
    expect(codeSpan(input)).toBe(expected);
  });

  test('escapes pipes inside a table, keeping a preceding backslash from pairing with the escape', () => {
    expect(codeSpan('a|b', { inTable: true })).toBe('`a\\|b`');
    expect(codeSpan('a\\|b', { inTable: true })).toBe(`\`a\\${ZWSP}\\|b\``);
  });
});

describe('escapeInline', () => {
  test('keeps quoted code as code and escapes the prose around it', () => {
    expect(escapeInline('`except Exception` catches *every* error')).toBe('`except Exception` catches \\*every\\* error');
  });

  test('re-fences quoted code so it cannot break out', () => {
    expect(escapeInline('use ``a`b`` here')).toBe('use ``a`b`` here');
    expect(escapeInline('`</details>` and </details>')).toBe('`</details>` and &lt;/details&gt;');
  });

  test('an unmatched backtick is escaped as text', () => {
    expect(escapeInline('a ` b @x')).toBe(`a \\\` b @${ZWJ}x`);
  });

  test('mentions inside quoted code stay in the code span', () => {
    expect(escapeInline('`@octocat` and @octocat')).toBe(`\`@octocat\` and @${ZWJ}octocat`);
  });
});

describe('codeBlock', () => {
  test('uses a fence longer than any backtick run and strips controls', () => {
    expect(codeBlock('line ```\n\u001B[2Jnext')).toBe('````text\nline ```\n[2Jnext\n````');
  });
});

describe('fileUrl', () => {
  const base = 'https://github.com/o/r/blob/abc/';

  test('encodes each path segment and adds the line anchor', () => {
    expect(fileUrl(base, 'src/a b/c#d?(e).py', 3)).toBe(`${base}src/a%20b/c%23d%3F%28e%29.py#L3`);
  });

  test('links a whole file without an anchor', () => {
    expect(fileUrl(base, 'Dockerfile', 0)).toBe(`${base}Dockerfile`);
  });

  test('refuses paths that could leave the base', () => {
    expect(fileUrl(base, '../../other/repo', 1)).toBeUndefined();
    expect(fileUrl(base, 'a//b', 1)).toBeUndefined();
    expect(fileUrl(base, '/etc/passwd', 1)).toBeUndefined();
  });
});
