// The default checkout is shallow (fetch-depth: 1), so a pull request's base commit is usually absent.
// GitHub serves any reachable commit by SHA, so one small fetch brings it; when even that fails the caller
// falls back to the pull-request files API and can say why.
import { gitFailureReason, isCommitSha, runGitText } from './run-git.js';

export interface CommitPresence {
  present: boolean;
  /** The commit was missing and this call fetched it from origin. */
  fetched: boolean;
  /** Why the commit is not present, in one line. */
  problem?: string;
}

export interface EnsureCommitOptions {
  /** Default `origin`. */
  remote?: string;
  /** Default two minutes: a hung fetch must not hang the job. */
  timeoutMs?: number;
}

function hasCommit(root: string, sha: string): boolean {
  try {
    runGitText(root, ['cat-file', '-e', `${sha}^{commit}`]);
    return true;
  } catch {
    // Any failure (missing object, not a repository, no git) means "not here"; the fetch that follows
    // reports the real reason.
    return false;
  }
}

function isShallow(root: string): boolean {
  return runGitText(root, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
}

/** Fetches one commit by SHA; returns why it failed, or undefined. */
function fetchCommit(root: string, sha: string, remote: string, timeoutMs: number): string | undefined {
  try {
    // In a shallow clone fetch just that commit; in a full clone a depth would make the repository shallow,
    // so there the fetch brings the missing history instead.
    const depth = isShallow(root) ? ['--depth=1'] : [];
    runGitText(root, ['fetch', '--quiet', '--no-tags', '--no-recurse-submodules', '--no-auto-gc', ...depth, remote, sha], {
      timeoutMs,
      // Never wait for a password on a terminal: without credentials the fetch must fail, not hang.
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    });
    return undefined;
  } catch (error) {
    const reason = gitFailureReason(error);
    return reason === 'git timed out' ? `git fetch timed out after ${Math.round(timeoutMs / 1000)} s` : reason;
  }
}

/** Makes sure commit `sha` is in the repository at `root`, fetching it when needed. Never throws for git. */
export function ensureCommit(root: string, sha: string, options: EnsureCommitOptions = {}): CommitPresence {
  if (!isCommitSha(sha)) {
    return { present: false, fetched: false, problem: `not a full commit SHA: ${JSON.stringify(sha)}` };
  }
  if (hasCommit(root, sha)) return { present: true, fetched: false };
  const remote = options.remote ?? 'origin';
  if (remote.startsWith('-')) return { present: false, fetched: false, problem: `not a remote name: ${remote}` };
  const reason = fetchCommit(root, sha, remote, options.timeoutMs ?? 120_000);
  if (reason !== undefined) {
    return { present: false, fetched: false, problem: `commit ${sha} is not in the clone and fetching it from ${remote} failed: ${reason}` };
  }
  if (hasCommit(root, sha)) return { present: true, fetched: true };
  return { present: false, fetched: false, problem: `commit ${sha} is still missing after fetching it from ${remote}` };
}
