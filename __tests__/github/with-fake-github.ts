// One fake GitHub and one client per test, with the client's log captured for exact assertions.
import { afterEach, expect } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../helpers/fake-github/index.js';

export interface FakeGitHubSetup {
  github: FakeGitHub;
  client: GitHubClient;
  warnings: string[];
}

const open: FakeGitHub[] = [];

afterEach(async () => {
  // Every test must have sent only requests GitHub's OpenAPI description allows.
  const fakes = open.splice(0);
  for (const fake of fakes) await fake.close();
  for (const fake of fakes) expect(fake.state.violations).toEqual([]);
});

export async function withFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHubSetup> {
  const github = await startFakeGitHub(options);
  open.push(github);
  const warnings: string[] = [];
  const client = createGitHubClient({
    token: 'ghs_test-token',
    baseUrl: github.url,
    log: { warning: (message) => warnings.push(message), debug: () => {} },
    retryBaseMs: 0,
    pauseBetweenWrites: false,
  });
  return { github, client, warnings };
}

export const REPO = { owner: 'octo-org', repo: 'octo-repo' } as const;
