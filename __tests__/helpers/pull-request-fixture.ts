import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { git, makeTempRepo } from './temp-repo.js';

const require = createRequire(import.meta.url);

export interface PullRequestFixture {
  /** The runner's workspace: a clone checked out at GitHub's test merge commit. */
  workspace: string;
  origin: string;
  baseSha: string;
  headSha: string;
  mergeSha: string;
}

function writeAll(root: string, files: Record<string, string>): void {
  for (const [relative, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), content);
  }
}

/**
 * An origin whose `main` holds `base`, a `feature` branch adding `changes`, and the merge commit GitHub
 * would test; the workspace is a clone of that merge commit, shallow by default as actions/checkout makes it.
 */
export function makePullRequestFixture(
  base: Record<string, string>,
  changes: Record<string, string>,
  options: { shallow?: boolean; removed?: string[] } = {},
): PullRequestFixture {
  const origin = makeTempRepo(base);
  const baseSha = git(origin, 'rev-parse', 'HEAD').trim();
  git(origin, 'checkout', '-q', '-b', 'feature');
  writeAll(origin, changes);
  for (const file of options.removed ?? []) git(origin, 'rm', '-q', file);
  git(origin, 'add', '-A');
  git(origin, 'commit', '-q', '-m', 'feature');
  const headSha = git(origin, 'rev-parse', 'HEAD').trim();
  git(origin, 'checkout', '-q', '-b', 'pull/42/merge', baseSha);
  git(origin, 'merge', '-q', '--no-ff', '-m', 'Merge feature into main', 'feature');
  const mergeSha = git(origin, 'rev-parse', 'HEAD').trim();
  const workspace = path.join(makeTempRepo({}, { git: false }), 'workspace');
  const depth = options.shallow === false ? [] : ['--depth=1'];
  git(origin, 'clone', '-q', ...depth, '--branch', 'pull/42/merge', `file://${origin}`, workspace);
  return { workspace, origin, baseSha, headSha, mergeSha };
}

type Payload = Record<string, unknown> & { pull_request: Record<string, unknown> };

/** GitHub's published `pull_request` example, pointed at the fixture's commits. */
export function pullRequestPayload(
  fixture: PullRequestFixture,
  options: { action?: 'opened' | 'synchronize'; fork?: boolean } = {},
): Payload {
  const index = require('@octokit/webhooks-examples/api.github.com/index.json') as {
    name: string;
    examples: Payload[];
  }[];
  const example = index.find((event) => event.name === 'pull_request')?.examples.find((e) => e.action === (options.action ?? 'opened'));
  if (example === undefined) throw new Error('no pull_request example in @octokit/webhooks-examples');
  const payload = structuredClone(example);
  const pr = payload.pull_request as Record<string, Record<string, unknown>>;
  payload.pull_request.number = 42;
  pr.base = { ...pr.base, sha: fixture.baseSha, ref: 'main' };
  const headRepo = { ...(pr.head?.repo as Record<string, unknown>) };
  if (options.fork) headRepo.full_name = 'contributor/Hello-World';
  pr.head = { ...pr.head, sha: fixture.headSha, ref: 'feature', repo: headRepo };
  return payload;
}

/** GitHub's published `merge_group` example, pointed at the fixture's commits. */
export function mergeGroupPayload(fixture: PullRequestFixture): Record<string, unknown> {
  const index = require('@octokit/webhooks-examples/api.github.com/index.json') as {
    name: string;
    examples: Record<string, Record<string, unknown>>[];
  }[];
  const example = index.find((event) => event.name === 'merge_group')?.examples[0];
  if (example === undefined) throw new Error('no merge_group example in @octokit/webhooks-examples');
  const payload = structuredClone(example);
  payload.merge_group = { ...payload.merge_group, base_sha: fixture.baseSha, head_sha: fixture.mergeSha, base_ref: 'refs/heads/main' };
  return payload;
}
