import { describe, expect, test } from 'vitest';
import { renderText } from '../../src/reporters/render-text.js';
import { finding, reportWithResult, result, sampleReport } from './fixture.js';

const ESC = '\u001B';
const ZWSP = '\u200B';

describe('renderText', () => {
  test('renders the full report without colour', () => {
    expect(renderText(sampleReport(), { color: false })).toMatchInlineSnapshot(`
      "✖ readiness gate failed: 2 errors, 1 warning, 1 notice
        Score: 72.5 / 100 · 1 rule passed, 1 not applicable
        Rules: built-in:recommended

        Category         Score  Rules  Failed
        testing           40.0      2       1
        ci               100.0      1       0
        containers        75.0      2       1
        code-quality      70.0      3       2

      Errors (2)
        ✖ tests-present  testing · −7.5 overall
          tests.cases is 0; at least 1 is required
          A service needs automated tests that CI runs.

        ✖ no-generic-catch  code-quality · −3 overall
          catch.generic is 3; at most 0 is allowed
          Catch the errors you expect, so unexpected ones surface.
          src/app/service.py:12  \`except Exception\` catches every error
          src/app/worker.py:40  \`except Exception\` catches every error
          web/src/api.ts:7  \`catch (e) {}\` ignores every error

      Warnings (1)
        ▲ dockerfile-healthcheck  containers · −2.5 overall
          1 Dockerfile has no HEALTHCHECK
          Orchestrators restart containers that report unhealthy.
          Dockerfile  no HEALTHCHECK instruction

      Notices (1)
        ● few-todos  code-quality · no score impact
          todo.comments is 27; at most 10 is allowed
          TODO comments mark unfinished work.
          src/app/jobs.py:3  TODO comment left in code
          src/app/jobs.py:4  TODO comment left in code
          src/app/jobs.py:5  TODO comment left in code
          src/app/jobs.py:6  TODO comment left in code
          src/app/jobs.py:7  TODO comment left in code
          … and 22 more

      Files: 120 listed, 100 scanned, 20 skipped (15 vendored, 5 generated) · from git ls-files
      Metrics: tests.cases 0 · tests.files 0 · source.files 42 · ci.workflows 2 · docker.files 1
        catch.generic 3 · todo.comments 27"
    `);
  });

  test('colours only when asked', () => {
    expect(renderText(sampleReport(), { color: false })).not.toContain(ESC);
    const coloured = renderText(sampleReport(), { color: true });
    expect(coloured.split('\n')[0]).toBe(`${ESC}[31m${ESC}[1m✖ readiness gate failed: 2 errors, 1 warning, 1 notice${ESC}[22m${ESC}[39m`);
  });

  test('a passing report lists what still failed', () => {
    const report = sampleReport({ verdict: 'pass', counts: { errors: 0, warnings: 0, notices: 3, passed: 9, notApplicable: 0 } });
    expect(renderText(report, { color: false }).split('\n')[0]).toBe('✔ readiness gate passed (3 notices)');
  });

  test('a clean pass has no counts', () => {
    const report = sampleReport({ verdict: 'pass', results: [], counts: { errors: 0, warnings: 0, notices: 0, passed: 9, notApplicable: 0 } });
    expect(renderText(report, { color: false }).split('\n')[0]).toBe('✔ readiness gate passed');
  });

  test('an advisory gate says so', () => {
    const report = sampleReport({ verdict: 'pass', failOn: 'never' });
    expect(renderText(report, { color: false }).split('\n')[0]).toBe(
      '✔ readiness gate passed (2 errors, 1 warning, 1 notice) — advisory (fail-on: never)',
    );
  });

  test('keeps every line within 100 columns when the text allows it', () => {
    const long = result({ id: 'long', description: 'word '.repeat(60), evidence: { findings: [finding({ message: 'because '.repeat(30) })], findingCount: 1 } });
    const lines = renderText(reportWithResult(long), { color: false }).split('\n');
    expect(lines.filter((line) => line.length > 100)).toEqual([]);
    expect(lines).toContain('    src/app/service.py:12  because because because because because because because because because');
  });
});

describe('renderText with hostile repository text', () => {
  const hostile = result({
    id: `rule${ESC}[2J`,
    message: `moves${ESC}[1A the cursor\rand\u009B31m recolours`,
    description: 'reorders \u202Etxt.exe\u202C text',
    evidence: {
      findings: [
        finding({ file: `src/${ESC}]0;title\u0007x.py`, line: 3, message: 'line one\nline two\ttab' }),
        finding({ file: 'ci.yml', line: 1, message: '::error::forged ##[error]also forged' }),
      ],
      findingCount: 2,
    },
  });
  const text = renderText(reportWithResult(hostile), { color: false });

  test('strips control characters from ids, messages, descriptions and paths', () => {
    expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
    expect(text).toContain('  ✖ rule[2J  code-quality · −2.5 overall\n');
    expect(text).toContain('    moves[1A the cursor and31m recolours\n');
    expect(text).toContain('    reorders txt.exe text\n');
    expect(text).toContain('    src/]0;titlex.py:3  line one line two tab\n');
  });

  test('cannot issue workflow commands when printed in an Actions log', () => {
    expect(text).toContain(`    ci.yml:1  ::error::forged #${ZWSP}#[error]also forged\n`);
    const forged = sampleReport({ rules: { source: 'x\n::add-mask::y', extends: [] } });
    expect(renderText(forged, { color: false })).toContain('  Rules: x ::add-mask::y\n');
    const wrapped = result({ id: 'w', message: `${'a'.repeat(95)} ::warning::forged`, evidence: { findings: [], findingCount: 0 } });
    expect(renderText(reportWithResult(wrapped), { color: false })).toContain(`\n    :${ZWSP}:warning::forged\n`);
  });
});
