import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BAD_GATEWAY, NOT_ACCESSIBLE_BY_INTEGRATION, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';
import {
  makePullRequestFixture,
  mergeGroupPayload,
  pullRequestPayload,
  type PullRequestFixture,
} from '../helpers/pull-request-fixture.js';
import { git } from '../helpers/temp-repo.js';
import { runActionBundle } from '../helpers/run-action-bundle.js';

const READY = {
  'README.md': '# Service\n',
  'LICENSE': 'MIT\n',
  'SECURITY.md': 'Report problems to security@example.com\n',
  'src/service.py': 'def handler(event):\n    try:\n        return event["x"]\n    except Exception:\n        return None\n',
  'tests/test_service.py': 'def test_handler():\n    assert True\n\ndef test_missing():\n    assert True\n',
  '.github/workflows/ci.yml':
    'name: CI\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: python -m pytest -q\n',
};

const ADDS_EXCEPT_PASS = {
  'src/retry.py': 'def retry(call):\n    try:\n        return call()\n    except Exception:\n        pass\n',
};

let github: FakeGitHub;

beforeEach(async () => {
  github = await startFakeGitHub();
});

afterEach(async () => {
  expect(github.state.violations).toEqual([]);
  await github.close();
});

function runPullRequest(fixture: PullRequestFixture, options: { fork?: boolean; action?: 'opened' | 'synchronize'; inputs?: Record<string, string> } = {}) {
  return runActionBundle(fixture.workspace, options.inputs ?? {}, {
    event: { name: 'pull_request', payload: pullRequestPayload(fixture, options) },
    env: { GITHUB_API_URL: github.url, GITHUB_SHA: fixture.mergeSha },
  });
}

const comments = () => github.state.comments.get(42) ?? [];
const writes = () => github.state.requests.filter((r) => r.method !== 'GET');

describe('pull-request mode, run as the runner runs dist/index.js', () => {
  it('fails a PR that adds `except Exception: pass`, annotates that line, comments once, and keeps old catches notices', async () => {
    const fixture = makePullRequestFixture(READY, ADDS_EXCEPT_PASS);
    const run = await runPullRequest(fixture);
    expect(run.status).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.outputs['new-findings']).toBe('2');
    expect(Number(run.outputs['score-delta'])).toBeLessThan(0);
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
    expect(errors.filter((line) => line.startsWith('::error file=src/retry.py,line=4,'))).toHaveLength(2);
    expect(errors.at(-1)).toBe('::error::readiness gate failed: 2 errors (new-generic-catches, new-empty-catches)');

    const report = JSON.parse(readFileSync(run.outputs.report as string, 'utf8'));
    const generic = report.results.find((r: { id: string }) => r.id === 'generic-catches');
    expect([generic.level, generic.status, generic.evidence.actual]).toEqual(['notice', 'pass', 2]);
    expect(report.change.deltas['catch.generic']).toEqual({ base: 0, head: 1, delta: 1 });
    expect(report.change.newFindings.map((f: { file: string; line: number }) => `${f.file}:${f.line}`)).toEqual([
      'src/retry.py:4',
      'src/retry.py:4',
    ]);

    expect(comments()).toHaveLength(1);
    const body = comments()[0]?.body ?? '';
    expect(body.startsWith('<!-- readiness-gate:.:default -->')).toBe(true);
    expect(body).toContain('new-generic-catches');
    expect(body).toContain(`/blob/${fixture.headSha}/src/retry.py#L4`);
    expect(run.summary).toContain('new-generic-catches');
  });

  it('updates its one comment on a rerun instead of adding another', async () => {
    const fixture = makePullRequestFixture(READY, ADDS_EXCEPT_PASS);
    await runPullRequest(fixture);
    await runPullRequest(fixture, { action: 'synchronize' });
    expect(comments()).toHaveLength(1);
    expect(writes().map((r) => r.method)).toEqual(['POST']);
    github.seedComment(42, 'LGTM');
    const fixed = makePullRequestFixture(READY, { 'src/retry.py': 'def retry(call):\n    return call()\n' });
    const again = await runActionBundle(fixed.workspace, {}, {
      event: { name: 'pull_request', payload: { ...pullRequestPayload(fixed), repository: pullRequestPayload(fixture).repository } },
      env: { GITHUB_API_URL: github.url, GITHUB_SHA: fixed.mergeSha },
    });
    expect(again.status).toBe(0);
    expect(comments().map((c) => c.body.includes('readiness-gate'))).toEqual([true, false]);
    expect(writes().map((r) => r.method)).toEqual(['POST', 'PATCH']);
  });

  it('on a fork PR writes nothing, says so once, and gives the same verdict', async () => {
    const fixture = makePullRequestFixture(READY, ADDS_EXCEPT_PASS);
    const run = await runPullRequest(fixture, { fork: true });
    expect(run.status).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(writes()).toEqual([]);
    const note = 'this pull request comes from a fork, whose token is read-only';
    expect(run.summary.split(note)).toHaveLength(2);
    expect(run.stdout.split(note)).toHaveLength(2);
  });

  it('turns a 403 on the comment into a warning naming the permission, with the same verdict', async () => {
    github.failNext('issues/create-comment', NOT_ACCESSIBLE_BY_INTEGRATION);
    const fixture = makePullRequestFixture(READY, ADDS_EXCEPT_PASS);
    const run = await runPullRequest(fixture);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::warning::could not write the pull-request comment.*pull-requests: write/m);
    expect(comments()).toHaveLength(0);
  });

  it('survives a 502 and a secondary rate limit without losing the comment', async () => {
    github.failNext('issues/list-comments', BAD_GATEWAY);
    github.failNext('issues/create-comment', {
      status: 403,
      headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
    });
    const fixture = makePullRequestFixture(READY, ADDS_EXCEPT_PASS);
    const run = await runPullRequest(fixture);
    expect(run.status).toBe(1);
    expect(comments()).toHaveLength(1);
  });

  it('fetches the base commit a shallow checkout lacks and judges only what the PR changes', async () => {
    const fixture = makePullRequestFixture(READY, { 'tests/test_more.py': 'def test_three():\n    assert True\n' });
    expect(() => git(fixture.workspace, 'cat-file', '-e', `${fixture.baseSha}^{commit}`)).toThrow();
    const run = await runPullRequest(fixture);
    expect(run.status).toBe(0);
    const report = JSON.parse(readFileSync(run.outputs.report as string, 'utf8'));
    expect(report.change.deltas).toEqual({
      'tests.cases': { base: 0, head: 1, delta: 1 },
      'tests.files': { base: 0, head: 1, delta: 1 },
    });
    expect(run.stdout).toContain('fetched the base commit');
    expect(comments()[0]?.body).toContain('+1 test case');
  });

  it('falls back to the paginated files API when git cannot reach the base, for more than 100 files', async () => {
    const many = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`src/m${i}.py`, `# TODO item ${i}\nx = ${i}\n`]));
    const fixture = makePullRequestFixture(READY, many);
    git(fixture.workspace, 'remote', 'remove', 'origin');
    github.seedPullFiles(
      42,
      Object.keys(many).map((filename) => ({ filename, status: 'added' as const, patch: '@@ -0,0 +1,2 @@\n+# TODO item\n+x = 1' })),
    );
    const run = await runPullRequest(fixture);
    const listFiles = github.state.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/pulls/42/files'));
    expect(listFiles).toHaveLength(2);
    const report = JSON.parse(readFileSync(run.outputs.report as string, 'utf8'));
    expect(report.change.source).toBe('api');
    expect(report.change.files.changed).toBe(150);
    expect(report.change.newFindings.filter((f: { kind: string }) => f.kind === 'todo.comments')).toHaveLength(150);
    expect(run.summary).toContain('pull-request files API');
  });

  it('judges a PR that edits its own rule file by the base rules, and says what the PR would change', async () => {
    const base = { ...READY, '.github/readiness.yml': 'extends: recommended\n' };
    const fixture = makePullRequestFixture(base, {
      ...ADDS_EXCEPT_PASS,
      '.github/readiness.yml': 'extends: recommended\nrules:\n  new-generic-catches: { level: off }\n  new-empty-catches: { level: off }\n',
    });
    const run = await runPullRequest(fixture);
    expect(run.status).toBe(1);
    expect(run.outputs['failed-rules']).toContain('new-generic-catches');
    const body = comments()[0]?.body ?? '';
    expect(body).toContain('.github/readiness.yml');
    // Rule-file text is untrusted, so it is Markdown-escaped (it renders as "new-generic-catches: level error → off").
    expect(body).toContain('new\\-generic\\-catches: level error → off');
  });

  it('keeps workflow commands and mentions in added text inert in the log and the comment', async () => {
    const fixture = makePullRequestFixture(READY, {
      'src/evil.py': '# TODO ::error file=x::pwned @someone\n# FIXME ##[error]boom #1\nx = 1\n',
    });
    const run = await runPullRequest(fixture);
    const lines = run.stdout.split('\n');
    const stop = lines.findIndex((line) => line.startsWith('::stop-commands::'));
    const resume = lines.indexOf(`::${lines[stop]?.slice('::stop-commands::'.length)}::`);
    const outside = [...lines.slice(0, stop), ...lines.slice(resume + 1)];
    expect(outside.some((line) => line.startsWith('::warning file=src/evil.py,line=1,'))).toBe(true);
    expect(outside.filter((line) => /^::error(?! file=src\/evil\.py)/.test(line) || line.includes('##[error]'))).toEqual([]);
    const body = comments()[0]?.body ?? '';
    expect(body).not.toMatch(/(^|[^\u200d`])@someone/);
    expect(body).not.toContain('##[error]');
  });

  it('creates a check run on the pull request head with every annotation, in batches of 50, when asked', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 60 }, (_, i) => [`src/c${i}.py`, 'def f():\n    try:\n        return 1\n    except Exception:\n        pass\n']),
    );
    const fixture = makePullRequestFixture(READY, many);
    const run = await runPullRequest(fixture, { inputs: { 'INPUT_CHECK-RUN': 'true' } });
    expect(run.status).toBe(1);
    expect(github.state.checkRuns).toHaveLength(1);
    const checkRun = github.state.checkRuns[0];
    expect([checkRun?.head_sha, checkRun?.conclusion]).toEqual([fixture.headSha, 'failure']);
    const calls = github.state.requests.filter((r) => r.path.includes('/check-runs')).map((r) => r.method);
    expect(calls[0]).toBe('POST');
    expect(calls.slice(1).every((method) => method === 'PATCH')).toBe(true);
    expect(checkRun?.annotations.length).toBeGreaterThan(50);
    const notAnnotated = /(\d+) more findings are not annotated/;
    expect(Number(notAnnotated.exec(run.summary)?.[1])).toBeGreaterThan(0);
    expect(comments()[0]?.body).toMatch(notAnnotated);
  });

  it('judges a merge queue group against its base without commenting', async () => {
    const fixture = makePullRequestFixture(READY, ADDS_EXCEPT_PASS, { shallow: false });
    const run = await runActionBundle(fixture.workspace, {}, {
      event: { name: 'merge_group', payload: mergeGroupPayload(fixture) },
      env: { GITHUB_API_URL: github.url, GITHUB_SHA: fixture.mergeSha },
    });
    expect(run.status).toBe(1);
    expect(run.outputs['new-findings']).toBe('2');
    expect(github.state.requests).toEqual([]);
  });

  it('refuses an event it does not handle, by name', async () => {
    const fixture = makePullRequestFixture(READY, ADDS_EXCEPT_PASS);
    const run = await runActionBundle(fixture.workspace, {}, {
      event: { name: 'issue_comment', payload: {} },
      env: { GITHUB_API_URL: github.url },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('::error::readiness-gate: the event cannot be judged');
    expect(run.summary).toContain('does not handle the "issue_comment" event');
  });
});
