import { describe, expect, it } from 'vitest';
import { createCheckRun, type CheckRunRequest } from '../../src/github/check-run.js';
import type { CheckAnnotation } from '../../src/github/types.js';
import { NOT_ACCESSIBLE_BY_INTEGRATION } from '../helpers/fake-github/index.js';
import { REPO, withFakeGitHub } from './with-fake-github.js';

const HEAD_SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';

function annotations(count: number): CheckAnnotation[] {
  return Array.from({ length: count }, (_, index) => ({
    path: `src/file-${index}.ts`,
    start_line: index + 1,
    end_line: index + 1,
    annotation_level: 'warning',
    title: 'readiness-gate: generic-catches',
    message: `finding ${index}`,
  }));
}

function request(overrides: Partial<CheckRunRequest> = {}): CheckRunRequest {
  return {
    ...REPO,
    headSha: HEAD_SHA,
    name: 'readiness-gate',
    conclusion: 'failure',
    title: 'Score 72.5: 2 errors',
    summary: '## readiness-gate',
    annotations: [],
    ...overrides,
  };
}

describe('createCheckRun', () => {
  it('sends 120 annotations as one create of 50 and updates of 50 and 20', async () => {
    const { github, client } = await withFakeGitHub();

    const outcome = await createCheckRun(client, request({ annotations: annotations(120), text: 'details' }));

    const [run] = github.state.checkRuns;
    expect(outcome).toEqual({ status: 'created', url: `https://github.com/octo-org/octo-repo/runs/${run?.id}` });
    expect(github.state.requests.map((sent) => sent.operationId)).toEqual(['checks/create', 'checks/update', 'checks/update']);
    const batchSizes = github.state.requests.map(
      (sent) => ((sent.body as { output: { annotations: unknown[] } }).output.annotations).length,
    );
    expect(batchSizes).toEqual([50, 50, 20]);
    expect(github.state.checkRuns).toHaveLength(1);
    expect(run).toMatchObject({
      name: 'readiness-gate',
      head_sha: HEAD_SHA,
      status: 'completed',
      conclusion: 'failure',
      output: { title: 'Score 72.5: 2 errors', summary: '## readiness-gate', text: 'details' },
    });
    expect(run?.annotations).toEqual(annotations(120));
  });

  it('sends no update when 50 annotations or fewer fit in the create', async () => {
    const { github, client } = await withFakeGitHub();

    await createCheckRun(client, request({ conclusion: 'success', annotations: annotations(50) }));
    await createCheckRun(client, request({ conclusion: 'neutral' }));

    expect(github.state.requests.map((sent) => sent.operationId)).toEqual(['checks/create', 'checks/create']);
    expect(github.state.checkRuns.map((run) => [run.conclusion, run.annotations.length])).toEqual([
      ['success', 50],
      ['neutral', 0],
    ]);
  });

  it('cuts title, summary and text to GitHub’s limits and moves whole-file annotations to line 1', async () => {
    const { github, client } = await withFakeGitHub();
    const wholeFile: CheckAnnotation = { path: 'Dockerfile', start_line: 0, end_line: 0, annotation_level: 'notice', message: 'no HEALTHCHECK' };

    await createCheckRun(
      client,
      request({ title: 't'.repeat(300), summary: 's'.repeat(70_000), text: 'x'.repeat(65_536), annotations: [wholeFile] }),
    );

    const [run] = github.state.checkRuns;
    const note = '\n\n…(cut to fit GitHub’s 65,535-character check-run limit)';
    expect(run?.output.title).toBe(`${'t'.repeat(254)}…`);
    expect(run?.output.summary).toBe(`${'s'.repeat(65_535 - note.length)}${note}`);
    expect(run?.output.text).toHaveLength(65_535);
    expect(run?.annotations).toEqual([{ ...wholeFile, start_line: 1, end_line: 1 }]);
  });

  it('skips with a warning naming checks: write when the token may not create check runs', async () => {
    const { github, client } = await withFakeGitHub();
    github.failNext('checks/create', NOT_ACCESSIBLE_BY_INTEGRATION);

    const outcome = await createCheckRun(client, request({ annotations: annotations(3) }));

    expect(outcome).toEqual({
      status: 'skipped',
      warning: "could not create the check run: the token has no checks: write permission (a fork's pull request gets a read-only token)",
    });
    expect(github.state.checkRuns).toEqual([]);
  });
});
