import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/evidence.js';
import type { Report } from '../../src/report.js';
import { MAX_COMMENT_CHARS, renderComment } from '../../src/reporters/render-comment.js';
import { finding, reportWithResult, result, sampleChangeReport, sampleReport, todoFindings } from './fixture.js';

const ZWJ = '\u200D';
const MARKER = '<!-- readiness-gate:recommended -->';
const HEAD = '2222222eeeeeeeeffffffff0000000011111111';
const LINK_BASE = `https://github.com/o/r/blob/${HEAD}/`;

function comment(report: Report, options: { maxChars?: number; notes?: string[] } = {}): string {
  return renderComment(report, { marker: MARKER, linkBase: LINK_BASE, ...options });
}

describe('renderComment', () => {
  test('renders the full comment', () => {
    const report = sampleChangeReport({
      ruleFileChange: { path: '.github/readiness.yml', differences: ['generic-catches: level notice → off'] },
    });
    expect(comment(report, { notes: ['check run not created: the token cannot write checks'] })).toMatchInlineSnapshot(`
      "<!-- readiness-gate:recommended -->
      ### ✖ Readiness gate failed · score 72.5 (−3.4 vs base)

      2 errors · 1 warning · 1 notice · fail-on: error · profile \`strict\`

      #### What this PR changed

      | Change | In the changed files |
      | --- | --- |
      | +4 test cases | 10 → 14 |
      | +1 generic catch (\`except Exception\`) | 2 → 3 |
      | +2 TODO comments | 25 → 27 |
      | −1 Dockerfile HEALTHCHECK | 1 → 0 |
      | +5 \`lines.code\` | 100 → 105 |

      > This pull request changes \`.github/readiness.yml\`; the gate used the base branch's rules. With the PR's rules:
      >
      > - generic\\-catches: level notice → off

      **3 new findings** on the lines this pull request adds, listed first.

      #### ✖ \`no-generic-catch\` · error · code\\-quality

      catch.generic is 3; at most 0 is allowed — Catch the errors you expect, so unexpected ones surface.

      - [\`src/app/worker.py:40\`](https://github.com/o/r/blob/2222222eeeeeeeeffffffff0000000011111111/src/app/worker.py#L40) **new** — \`except Exception\` catches every error
      - [\`src/app/service.py:12\`](https://github.com/o/r/blob/2222222eeeeeeeeffffffff0000000011111111/src/app/service.py#L12) — \`except Exception\` catches every error
      - [\`web/src/api.ts:7\`](https://github.com/o/r/blob/2222222eeeeeeeeffffffff0000000011111111/web/src/api.ts#L7) — \`catch (e) {}\` ignores every error

      #### ✖ \`tests-present\` · error · testing

      tests.cases is 0; at least 1 is required — A service needs automated tests that CI runs.

      #### ▲ \`dockerfile-healthcheck\` · warning · containers

      1 Dockerfile has no HEALTHCHECK — Orchestrators restart containers that report unhealthy.

      - [\`Dockerfile\`](https://github.com/o/r/blob/2222222eeeeeeeeffffffff0000000011111111/Dockerfile) — no HEALTHCHECK instruction

      <details>
      <summary>1 notice</summary>

      #### ● \`few-todos\` · notice · code\\-quality

      todo.comments is 27; at most 10 is allowed — TODO comments mark unfinished work.

      - [\`src/app/jobs.py:5\`](https://github.com/o/r/blob/2222222eeeeeeeeffffffff0000000011111111/src/app/jobs.py#L5) **new** — TODO comment left in code
      - [\`src/app/jobs.py:30\`](https://github.com/o/r/blob/2222222eeeeeeeeffffffff0000000011111111/src/app/jobs.py#L30) **new** — TODO comment left in code
      - [\`src/app/jobs.py:3\`](https://github.com/o/r/blob/2222222eeeeeeeeffffffff0000000011111111/src/app/jobs.py#L3) — TODO comment left in code
      - [\`src/app/jobs.py:4\`](https://github.com/o/r/blob/2222222eeeeeeeeffffffff0000000011111111/src/app/jobs.py#L4) — TODO comment left in code
      - [\`src/app/jobs.py:6\`](https://github.com/o/r/blob/2222222eeeeeeeeffffffff0000000011111111/src/app/jobs.py#L6) — TODO comment left in code
      - [\`src/app/jobs.py:7\`](https://github.com/o/r/blob/2222222eeeeeeeeffffffff0000000011111111/src/app/jobs.py#L7) — TODO comment left in code
      - [\`src/app/jobs.py:8\`](https://github.com/o/r/blob/2222222eeeeeeeeffffffff0000000011111111/src/app/jobs.py#L8) — TODO comment left in code
      - … and 20 more

      </details>

      ---

      Rules: \`.github/readiness.yml\` · 5 files changed (1 added, 1 renamed) · base \`1111111\` → head \`2222222\` · readiness-gate 0.1.0

      > check run not created: the token cannot write checks
      "
    `);
  });

  test('starts with the marker line', () => {
    expect(comment(sampleChangeReport()).split('\n')[0]).toBe(MARKER);
    expect(comment(sampleChangeReport(), { maxChars: 600 }).split('\n')[0]).toBe(MARKER);
  });

  test('lists new findings before older ones, and rules with new findings first within a level', () => {
    const report = sampleChangeReport({
      newFindings: [finding({ kind: 'todo.comments', file: 'new.py', line: 9, message: 'TODO comment left in code' })],
      deltas: {},
    }, {
      results: [
        result({ id: 'old-only', impact: { category: 50, overall: 9 }, evidence: { metric: 'catch.generic', findings: [finding()], findingCount: 1 } }),
        result({
          id: 'has-new',
          impact: { category: 10, overall: 1 },
          evidence: { metric: 'todo.comments', findings: todoFindings(2, 'old.py'), findingCount: 3 },
        }),
      ],
      counts: { errors: 2, warnings: 0, notices: 0, passed: 0, notApplicable: 0 },
    });
    const lines = comment(report).split('\n').filter((line) => line.startsWith('#### ') || line.startsWith('- '));
    expect(lines).toEqual([
      '#### ✖ `has-new` · error · code\\-quality',
      `- [\`new.py:9\`](${LINK_BASE}new.py#L9) **new** — TODO comment left in code`,
      `- [\`old.py:3\`](${LINK_BASE}old.py#L3) — TODO comment left in code`,
      `- [\`old.py:4\`](${LINK_BASE}old.py#L4) — TODO comment left in code`,
      '#### ✖ `old-only` · error · code\\-quality',
      `- [\`src/app/service.py:12\`](${LINK_BASE}src/app/service.py#L12) — \`except Exception\` catches every error`,
    ]);
  });

  test('links files at the head commit with encoded path segments', () => {
    const report = sampleChangeReport({ newFindings: [finding({ file: 'docs/@team #1/a b.py', line: 3 })] });
    expect(comment(report)).toContain(
      `- [\`docs/@team #1/a b.py:3\`](${LINK_BASE}docs/%40team%20%231/a%20b.py#L3) **new** — \`except Exception\` catches every error\n`,
    );
  });

  test('says how the score moved, up, down or not at all', () => {
    const heading = (scoreDelta: number, verdict: Report['verdict']) =>
      comment(sampleChangeReport({ scoreDelta }, { verdict })).split('\n')[1];
    expect(heading(-3.4, 'fail')).toBe('### ✖ Readiness gate failed · score 72.5 (−3.4 vs base)');
    expect(heading(1.25, 'pass')).toBe('### ✔ Readiness gate passed · score 72.5 (+1.3 vs base)');
    expect(heading(0.01, 'pass')).toBe('### ✔ Readiness gate passed · score 72.5 (same as base)');
  });
});

describe('renderComment: what the pull request changed', () => {
  function table(deltas: Record<string, number>, newFindings: Finding[] = []): string[] {
    const entries = Object.entries(deltas).map(([metric, delta]) => [metric, { base: 10, head: 10 + delta, delta }]);
    const text = comment(sampleChangeReport({ deltas: Object.fromEntries(entries), newFindings }));
    return text.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Change') && !line.startsWith('| ---'));
  }

  test('describes each moved metric in words, in a fixed order, with + and −', () => {
    expect(
      table({
        'ci.jobs': -2,
        'tests.skipped': 1,
        'docker.nonroot': 1,
        'catch.empty': -1,
        'docker.unpinned-base': 3,
        'migrations.files': 1,
        'compose.services': -1,
        'stubs.placeholder': 2,
        'ci.test-jobs': 1,
        'tests.files': -1,
        'ci.workflows': 1,
        'docker.files': 2,
      }),
    ).toEqual([
      '| +1 skipped test | 10 → 11 |',
      '| −1 test file | 10 → 9 |',
      '| −1 empty catch | 10 → 9 |',
      '| +2 placeholder stubs | 10 → 12 |',
      '| +2 Dockerfiles | 10 → 12 |',
      '| +1 non-root Dockerfile | 10 → 11 |',
      '| +3 unpinned base images | 10 → 13 |',
      '| +1 CI workflow | 10 → 11 |',
      '| −2 CI jobs | 10 → 8 |',
      '| +1 CI test job | 10 → 11 |',
      '| −1 compose service | 10 → 9 |',
      '| +1 migration | 10 → 11 |',
    ]);
  });

  test('leaves out metrics that did not move', () => {
    expect(table({ 'tests.cases': 0, 'todo.comments': 2 })).toEqual(['| +2 TODO comments | 10 → 12 |']);
  });

  test('names the code a new finding quotes, at most three distinct examples', () => {
    const quoted = ['`except:`', '`except Exception`', '`except:`', '`except BaseException`', '`except Error`'].map(
      (message, line) => finding({ line, message: `${message} catches every error` }),
    );
    expect(table({ 'catch.generic': 5 }, quoted)).toEqual([
      '| +5 generic catches (`except:`, `except Exception`, `except BaseException`) | 10 → 15 |',
    ]);
    expect(table({ 'catch.generic': -1 }, quoted)).toEqual(['| −1 generic catch | 10 → 9 |']);
  });

  test('keeps hostile metric names and quoted code inside one table cell', () => {
    const hostile = finding({ message: '`| x | <img src=x>` catches @org/team' });
    expect(table({ 'evil|metric`': 1, 'catch.generic': 1 }, [hostile])).toEqual([
      '| +1 generic catch (`\\| x \\| <img src=x>`) | 10 → 11 |',
      '| +1 `` evil\\|metric` `` | 10 → 11 |',
    ]);
  });

  test('notes a rule-file change, escaping the differences', () => {
    const report = sampleChangeReport({
      ruleFileChange: { path: '.github/readiness.yml', differences: ['no-todo: level error → off @org/team </details>', '1. #12 | x |'] },
    });
    expect(comment(report)).toContain(
      [
        "> This pull request changes `.github/readiness.yml`; the gate used the base branch's rules. With the PR's rules:",
        '>',
        `> - no\\-todo: level error → off @${ZWJ}org/team &lt;/details&gt;`,
        `> - 1\\. \\#${ZWJ}12 \\| x \\|`,
      ].join('\n'),
    );
    const unchanged = sampleChangeReport({ ruleFileChange: { path: 'rules.yml', differences: [] } });
    expect(comment(unchanged)).toContain(
      "> This pull request changes `rules.yml`; the gate used the base branch's rules. The PR's rules would not change any rule's level or check.\n",
    );
  });
});

describe('renderComment with hostile repository text', () => {
  const hostileFinding = finding({
    file: 'src/@org/team/#12 </details> | x |.py',
    line: 4,
    message: '</details><img src=x> ping @org/team about #12 | x | ``` `code` ',
  });
  const report = sampleChangeReport(
    { newFindings: [hostileFinding], deltas: {} },
    {
      results: [
        result({
          id: 'evil`|rule',
          category: 'code-quality',
          message: '<img src=x> @admin',
          description: '</details> **approved**',
          evidence: { metric: 'catch.generic', findings: [hostileFinding], findingCount: 1 },
        }),
        result({ id: 'n', level: 'notice', evidence: { metric: 'todo.comments', findings: todoFindings(1), findingCount: 1 } }),
      ],
      counts: { errors: 1, warnings: 0, notices: 1, passed: 0, notApplicable: 0 },
    },
  );
  const text = comment(report);

  test('neutralises the rule id, message and description', () => {
    expect(text).toContain('#### ✖ ``evil`|rule`` · error · code\\-quality\n');
    expect(text).toContain(`\n&lt;img src=x&gt; @${ZWJ}admin — &lt;/details&gt; \\*\\*approved\\*\\*\n`);
  });

  test('neutralises the file name and the finding message', () => {
    expect(text).toContain(
      `- [\`src/@org/team/#12 </details> | x |.py:4\`](${LINK_BASE}src/%40org/team/%2312%20%3C/details%3E%20%7C%20x%20%7C.py#L4) **new** — ` +
        `&lt;/details&gt;&lt;img src=x&gt; ping @${ZWJ}org/team about \\#${ZWJ}12 \\| x \\| \\\`\\\`\\\` \`code\``,
    );
  });

  test('keeps only the HTML it wrote', () => {
    // Inside a code span GitHub shows `</details>` as text; everywhere else it must be escaped.
    const outsidePath = text.replace('`src/@org/team/#12 </details> | x |.py:4`', '');
    expect(outsidePath.match(/<details>/g)).toHaveLength(1);
    expect(outsidePath.match(/<\/details>/g)).toHaveLength(1);
    expect(text).not.toContain('<img');
  });
});

describe('renderComment within maxChars', () => {
  function manyRules(rules: number, newPerRule: number, message = 'x'.repeat(120)): Report {
    const newFindings: Finding[] = [];
    const results = Array.from({ length: rules }, (_, index) => {
      const kind = `kind.${index}`;
      const fresh = Array.from({ length: newPerRule }, (_, line) => finding({ kind, file: `src/f${index}.py`, line: line + 1, message }));
      newFindings.push(...fresh);
      return result({
        id: `rule-${index}`,
        level: index % 4 === 3 ? 'notice' : 'error',
        evidence: { metric: kind, findings: [...fresh.slice(0, 20), ...todoFindings(3, `old${index}.py`)], findingCount: newPerRule + 3 },
      });
    });
    const notices = results.filter((item) => item.level === 'notice').length;
    return sampleChangeReport(
      { newFindings },
      { results, counts: { errors: rules - notices, warnings: 0, notices, passed: 0, notApplicable: 0 } },
    );
  }

  test('is not truncated when it fits', () => {
    expect(comment(manyRules(4, 3))).not.toContain('comment truncated');
  });

  test('drops older findings before new ones and says how many are not shown', () => {
    const report = manyRules(8, 10);
    const full = comment(report);
    const text = comment(report, { maxChars: full.length - 1500 });
    expect(text.length).toBeLessThanOrEqual(full.length - 1500);
    const shownNew = text.split('\n').filter((line) => line.includes('**new**')).length;
    const shownOld = text.split('\n').filter((line) => line.includes('TODO comment left in code')).length;
    expect(shownNew).toBe(80);
    expect(shownOld).toBeLessThan(24);
    expect(text).toContain(
      `> **… comment truncated: ${8 * 13 - shownNew - shownOld} findings not shown (the job summary and the JSON report have them all)**`,
    );
    expect(text).toContain('<summary>2 notices</summary>');
  });

  test('then drops the notice details, then rule sections, keeping the heading and the note', () => {
    const report = manyRules(40, 5);
    const withoutNotices = comment(report, { maxChars: 6_000 });
    expect(withoutNotices.length).toBeLessThanOrEqual(6_000);
    expect(withoutNotices).not.toContain('<details>');
    expect(withoutNotices).toContain('`rule-38`');
    expect(withoutNotices).toContain('> **… comment truncated: 320 findings and 10 failed rules not shown (the job summary');

    const fewRules = comment(report, { maxChars: 2_500 });
    expect(fewRules.length).toBeLessThanOrEqual(2_500);
    expect(fewRules).toContain('`rule-0`');
    expect(fewRules).not.toContain('`rule-38`');
    expect(fewRules).toMatch(/comment truncated: 320 findings and \d+ failed rules not shown/);
    expect(fewRules.split('\n').slice(0, 2)).toEqual([MARKER, '### ✖ Readiness gate failed · score 72.5 (−3.4 vs base)']);
  });

  test('fits 20,000 findings under the default cap', () => {
    const text = comment(manyRules(200, 100));
    expect(text.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(text.length).toBeGreaterThan(MAX_COMMENT_CHARS - 2_000);
    expect(text.split('\n')[0]).toBe(MARKER);
    expect(text).toMatch(/> \*\*… comment truncated: \d+ findings not shown \(the job summary and the JSON report have them all\)\*\*/);
    expect(text).not.toContain('TODO comment left in code');
  });

  test('counts UTF-16 code units, so astral characters count twice', () => {
    const report = manyRules(6, 10, '😀'.repeat(100));
    const full = comment(report);
    const limit = Array.from(full).length - 100;
    const text = comment(report, { maxChars: limit });
    expect(text.length).toBeLessThanOrEqual(limit);
    expect(text).toContain('comment truncated');
  });

  test('drops the change details last and cuts whole lines when even that is too long', () => {
    const report = manyRules(4, 1);
    const text = comment(report, { maxChars: 500 });
    expect(text.length).toBeLessThanOrEqual(500);
    expect(text).not.toContain('What this PR changed');
    expect(text.endsWith('\n')).toBe(true);
    expect(text.split('\n').slice(0, 2)).toEqual([MARKER, '### ✖ Readiness gate failed · score 72.5 (−3.4 vs base)']);
  });
});

describe('renderComment when nothing is wrong', () => {
  const passing = { verdict: 'pass' as const, results: [], counts: { errors: 0, warnings: 0, notices: 0, passed: 5, notApplicable: 0 } };

  test('is only the verdict, the score and one sentence', () => {
    const report = sampleChangeReport({ newFindings: [], deltas: {}, scoreDelta: 0 }, passing);
    expect(comment(report)).toBe(
      `${MARKER}\n### ✔ Readiness gate passed · score 72.5 (same as base)\n\nNo findings on the lines this pull request adds.\n`,
    );
  });

  test("keeps the caller's notes", () => {
    const report = sampleChangeReport({ newFindings: [], deltas: {}, scoreDelta: 0 }, passing);
    expect(comment(report, { notes: ['pull-request comment not written: 403'] }).endsWith(
      '\n\n> pull-request comment not written: 403\n',
    )).toBe(true);
  });

  test('shows the table when metrics moved, and says findings on passing rules are not failures', () => {
    const report = sampleChangeReport({ scoreDelta: 0.5 }, passing);
    const text = comment(report);
    expect(text).toContain('| +4 test cases | 10 → 14 |');
    expect(text).toContain('\n\nNo failed rule has findings on the lines this pull request adds.\n\n');
    expect(text).toContain('no failed rules · fail-on: error · profile `strict`');
  });

  test('says when the change set from the API was truncated', () => {
    const report = sampleChangeReport(
      { source: 'api', truncated: true, deltas: {}, newFindings: [], files: { changed: 3000, added: 0, removed: 0, renamed: 0, binary: 0 } },
      passing,
    );
    expect(comment(report)).toContain(
      '\n\nThe change set came from the pull-request files API, which stopped after 3000 files: files beyond those were not judged as changed.\n',
    );
  });

  test('renders a report without a change as a plain verdict', () => {
    expect(comment(reportWithResult(result({ id: 'a', status: 'pass' }), passing)).split('\n')[1]).toBe(
      '### ✔ Readiness gate passed · score 72.5',
    );
    expect(comment(sampleReport()).split('\n')[1]).toBe('### ✖ Readiness gate failed · score 72.5');
  });
});

