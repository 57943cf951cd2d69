import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../../src/reporters/render-markdown.js';
import { finding, reportWithResult, result, sampleChangeReport, sampleReport, todoFindings } from './fixture.js';

const ZWJ = '\u200D';
const LINK_BASE = 'https://github.com/o/r/blob/abc/';

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

describe('renderMarkdown', () => {
  test('renders the full report', () => {
    expect(renderMarkdown(sampleReport(), { linkBase: LINK_BASE })).toMatchInlineSnapshot(`
      "## ❌ Readiness gate: failed · score 72.5 / 100

      2 errors · 1 warning · 1 notice · 1 passed · 1 not applicable · fail-on: error

      | Category | Score | Weight | Rules | Failed |
      | --- | ---: | ---: | ---: | ---: |
      | testing | 40.0 | 3 | 2 | 1 |
      | ci | 100.0 | 2 | 1 | 0 |
      | containers | 75.0 | 1 | 2 | 1 |
      | code\\-quality | 70.0 | 2 | 3 | 2 |

      ### Failed rules

      #### ❌ \`tests-present\` · error · testing

      tests.cases is 0; at least 1 is required

      A service needs automated tests that CI runs.

      **Impact:** −7.5 overall (−60 on testing)

      #### ❌ \`no-generic-catch\` · error · code\\-quality

      catch.generic is 3; at most 0 is allowed

      Catch the errors you expect, so unexpected ones surface.

      **Impact:** −3 overall (−20 on code\\-quality)

      - [\`src/app/service.py:12\`](https://github.com/o/r/blob/abc/src/app/service.py#L12) — \`except Exception\` catches every error
      - [\`src/app/worker.py:40\`](https://github.com/o/r/blob/abc/src/app/worker.py#L40) — \`except Exception\` catches every error
      - [\`web/src/api.ts:7\`](https://github.com/o/r/blob/abc/web/src/api.ts#L7) — \`catch (e) {}\` ignores every error

      #### ⚠️ \`dockerfile-healthcheck\` · warning · containers

      1 Dockerfile has no HEALTHCHECK

      Orchestrators restart containers that report unhealthy.

      **Impact:** −2.5 overall (−25 on containers)

      - [\`Dockerfile\`](https://github.com/o/r/blob/abc/Dockerfile) — no HEALTHCHECK instruction

      <details>
      <summary>1 notice</summary>

      #### ℹ️ \`few-todos\` · notice · code\\-quality

      todo.comments is 27; at most 10 is allowed

      TODO comments mark unfinished work.

      **Impact:** no score impact

      - [\`src/app/jobs.py:3\`](https://github.com/o/r/blob/abc/src/app/jobs.py#L3) — TODO comment left in code
      - [\`src/app/jobs.py:4\`](https://github.com/o/r/blob/abc/src/app/jobs.py#L4) — TODO comment left in code
      - [\`src/app/jobs.py:5\`](https://github.com/o/r/blob/abc/src/app/jobs.py#L5) — TODO comment left in code
      - [\`src/app/jobs.py:6\`](https://github.com/o/r/blob/abc/src/app/jobs.py#L6) — TODO comment left in code
      - [\`src/app/jobs.py:7\`](https://github.com/o/r/blob/abc/src/app/jobs.py#L7) — TODO comment left in code
      - [\`src/app/jobs.py:8\`](https://github.com/o/r/blob/abc/src/app/jobs.py#L8) — TODO comment left in code
      - [\`src/app/jobs.py:9\`](https://github.com/o/r/blob/abc/src/app/jobs.py#L9) — TODO comment left in code
      - [\`src/app/jobs.py:10\`](https://github.com/o/r/blob/abc/src/app/jobs.py#L10) — TODO comment left in code
      - [\`src/app/jobs.py:11\`](https://github.com/o/r/blob/abc/src/app/jobs.py#L11) — TODO comment left in code
      - [\`src/app/jobs.py:12\`](https://github.com/o/r/blob/abc/src/app/jobs.py#L12) — TODO comment left in code
      - … and 17 more

      </details>

      <details>
      <summary>Metrics</summary>

      | Metric | Value |
      | --- | ---: |
      | \`tests.cases\` | 0 |
      | \`tests.files\` | 0 |
      | \`source.files\` | 42 |
      | \`ci.workflows\` | 2 |
      | \`docker.files\` | 1 |
      | \`catch.generic\` | 3 |
      | \`todo.comments\` | 27 |
      | \`lines.code\` | 5120 |

      By language:

      | Metric | python | typescript |
      | --- | ---: | ---: |
      | \`source.files\` | 30 | 12 |
      | \`catch.generic\` | 2 | 1 |

      </details>

      ---

      Rules: \`built-in:recommended\` · Files: 120 listed, 100 scanned, 20 skipped (15 vendored, 5 generated), from git ls-files · readiness-gate 0.1.0
      "
    `);
  });

  test('shows findings as code spans when there is no link base', () => {
    const markdown = renderMarkdown(sampleReport());
    expect(markdown).toContain('- `src/app/service.py:12` — `except Exception` catches every error\n');
    expect(markdown).toContain('- `Dockerfile` — no HEALTHCHECK instruction\n');
    expect(markdown).not.toContain('](');
  });

  test('a passing report says so in the heading', () => {
    const report = sampleReport({ verdict: 'pass', results: [], counts: { errors: 0, warnings: 0, notices: 0, passed: 4, notApplicable: 0 } });
    expect(renderMarkdown(report, { title: 'API service' }).split('\n')[0]).toBe('## ✅ API service: passed · score 72.5 / 100');
    expect(renderMarkdown(report)).not.toContain('### Failed rules');
  });

  test('escapes a hostile title', () => {
    expect(renderMarkdown(sampleReport(), { title: '</details> @team' }).split('\n')[0]).toBe(
      `## ❌ &lt;/details&gt; @${ZWJ}team: failed · score 72.5 / 100`,
    );
  });
});

describe('renderMarkdown with hostile repository text', () => {
  const hostile = result({
    id: 'evil|rule`',
    message: 'ping @octocat, see #1 and https://evil.example\n\n| injected | row |',
    description: '</details><img src=x onerror=alert(1)> **approved** by @org/team',
    evidence: {
      findings: [
        finding({ file: 'src/`a|b`/x.py', line: 4, message: '</details>\n# Approved ✅ @admin' }),
        finding({ file: 'docs/@octocat #1.md', line: 0, message: '[click](https://evil.example)' }),
        finding({ file: '../outside.py', line: 2, message: 'x' }),
      ],
      findingCount: 3,
    },
  });
  const markdown = renderMarkdown(reportWithResult(hostile), { linkBase: LINK_BASE });

  test('puts the rule id in a safe code span', () => {
    expect(markdown).toContain('#### ❌ `` evil|rule` `` · error · code\\-quality\n');
  });

  test('escapes the message and the description as text', () => {
    expect(markdown).toContain(
      `\nping @${ZWJ}octocat, see \\#${ZWJ}1 and https:${ZWJ}//evil.example  \\| injected \\| row \\|\n`,
    );
    expect(markdown).toContain(
      `\n&lt;/details&gt;&lt;img src=x onerror=alert\\(1\\)&gt; \\*\\*approved\\*\\* by @${ZWJ}org/team\n`,
    );
  });

  test('links hostile file paths with encoded segments and escaped messages', () => {
    expect(markdown).toContain(
      `- [\`\`src/\`a|b\`/x.py:4\`\`](${LINK_BASE}src/%60a%7Cb%60/x.py#L4) — &lt;/details&gt; \\#${ZWJ} Approved ✅ @${ZWJ}admin\n`,
    );
    expect(markdown).toContain(
      `- [\`docs/@octocat #1.md\`](${LINK_BASE}docs/%40octocat%20%231.md) — \\[click\\]\\(https:${ZWJ}//evil.example\\)\n`,
    );
  });

  test('does not link a path that could leave the link base', () => {
    expect(markdown).toContain('- `../outside.py:2` — x\n');
  });

  test('keeps exactly the details blocks it opened', () => {
    expect(markdown.match(/<details>/g)).toHaveLength(1);
    expect(markdown.match(/<\/details>/g)).toHaveLength(1);
  });
});

describe('renderMarkdown within a byte budget', () => {
  const longMessage = 'x'.repeat(400);
  function bigReport() {
    const findings = todoFindings(20).map((item) => ({ ...item, message: longMessage }));
    const results = Array.from({ length: 30 }, (_, index) =>
      result({
        id: `rule-${index}`,
        level: index < 20 ? 'error' : 'notice',
        evidence: { findings, findingCount: 25 },
      }),
    );
    return sampleReport({ results, counts: { errors: 20, warnings: 0, notices: 10, passed: 0, notApplicable: 0 } });
  }
  const total = 30 * 25;

  test('is not truncated when it fits', () => {
    expect(renderMarkdown(bigReport())).not.toContain('report truncated');
  });

  test('drops findings first and says how many are not shown', () => {
    const full = renderMarkdown(bigReport());
    const markdown = renderMarkdown(bigReport(), { maxBytes: bytes(full) - 2000 });
    expect(bytes(markdown)).toBeLessThanOrEqual(bytes(full) - 2000);
    const shown = markdown.split('\n').filter((line) => line.endsWith(longMessage)).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(300);
    expect(markdown).toContain(`> **… report truncated: ${total - shown} findings not shown (the JSON report has them all)**`);
    expect(markdown).toContain('<summary>10 notices</summary>');
  });

  test('then drops the notice details', () => {
    const noFindings = renderMarkdown(bigReport(), { maxBytes: 7_000 });
    expect(noFindings).not.toContain(longMessage);
    expect(noFindings).not.toContain('<summary>10 notices</summary>');
    expect(noFindings).toContain('`rule-19`');
    expect(noFindings).toContain(`> **… report truncated: ${total} findings and 10 failed rules not shown (the JSON report has them all)**`);
    expect(bytes(noFindings)).toBeLessThanOrEqual(7_000);
  });

  test('then drops failed-rule sections, keeping the heading and the note', () => {
    const markdown = renderMarkdown(bigReport(), { maxBytes: 3_000 });
    expect(bytes(markdown)).toBeLessThanOrEqual(3_000);
    expect(markdown).toContain('`rule-0`');
    expect(markdown).not.toContain('`rule-19`');
    expect(markdown).toMatch(/report truncated: 750 findings and \d+ failed rules not shown/);
    expect(markdown.split('\n')[0]).toBe('## ❌ Readiness gate: failed · score 72.5 / 100');
  });

  test('counts multi-byte characters as UTF-8 bytes', () => {
    const report = reportWithResult(
      result({ id: 'wide', evidence: { findings: todoFindings(10).map((item) => ({ ...item, message: '界'.repeat(300) })), findingCount: 10 } }),
    );
    const full = renderMarkdown(report);
    const limit = full.length + 100;
    expect(bytes(full)).toBeGreaterThan(limit);
    expect(bytes(renderMarkdown(report, { maxBytes: limit }))).toBeLessThanOrEqual(limit);
  });
});

describe('renderMarkdown in pull-request mode', () => {
  const markdown = renderMarkdown(sampleChangeReport(), { linkBase: LINK_BASE });

  test('shows the score change in the heading', () => {
    expect(markdown.split('\n')[0]).toBe('## ❌ Readiness gate: failed · score 72.5 / 100 (−3.4 vs base)');
  });

  test('adds the "What this PR changed" table before the category table', () => {
    expect(markdown).toContain(
      [
        '### What this PR changed',
        '',
        '| Change | In the changed files |',
        '| --- | --- |',
        '| +4 test cases | 10 → 14 |',
        '| +1 generic catch (`except Exception`) | 2 → 3 |',
        '| +2 TODO comments | 25 → 27 |',
        '| −1 Dockerfile HEALTHCHECK | 1 → 0 |',
        '| +5 `lines.code` | 100 → 105 |',
        '',
        '| Category | Score | Weight | Rules | Failed |',
      ].join('\n'),
    );
  });

  test('lists new findings first and marks them, also new ones the report had cut', () => {
    expect(markdown).toContain(
      [
        `- [\`src/app/worker.py:40\`](${LINK_BASE}src/app/worker.py#L40) **new** — \`except Exception\` catches every error`,
        `- [\`src/app/service.py:12\`](${LINK_BASE}src/app/service.py#L12) — \`except Exception\` catches every error`,
      ].join('\n'),
    );
    expect(markdown).toContain(
      [
        `- [\`src/app/jobs.py:5\`](${LINK_BASE}src/app/jobs.py#L5) **new** — TODO comment left in code`,
        `- [\`src/app/jobs.py:30\`](${LINK_BASE}src/app/jobs.py#L30) **new** — TODO comment left in code`,
        `- [\`src/app/jobs.py:3\`](${LINK_BASE}src/app/jobs.py#L3) — TODO comment left in code`,
      ].join('\n'),
    );
    expect(markdown).toContain('- … and 17 more\n');
  });

  test('notes a rule-file change with its differences', () => {
    const report = sampleChangeReport({ ruleFileChange: { path: '.github/readiness.yml', differences: ['few-todos: level notice → off'] } });
    expect(renderMarkdown(report)).toContain(
      "> This pull request changes `.github/readiness.yml`; the gate used the base branch's rules. With the PR's rules:\n>\n> - few\\-todos: level notice → off\n",
    );
  });

  test('keeps under the byte cap, shedding older findings before new ones', () => {
    const full = renderMarkdown(sampleChangeReport());
    const capped = renderMarkdown(sampleChangeReport(), { maxBytes: bytes(full) - 300 });
    expect(bytes(capped)).toBeLessThanOrEqual(bytes(full) - 300);
    expect(capped).toContain('report truncated');
    expect(capped.match(/\*\*new\*\*/g)).toHaveLength(3);
  });
});
