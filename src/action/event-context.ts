// What the triggering event says about the change to judge. Base and head come from the payload, and the
// head is what the workspace has checked out; nothing is guessed from branch names.
import { SUPPORTED_EVENTS, type EventName } from '../change/change-evidence.js';
import { gitFailureReason, runGitText } from '../change/run-git.js';
import {
  type RepositoryName,
  readMergeGroupEvent,
  readPullRequestEvent,
  readPushEvent,
} from '../github/event-payload.js';

export interface ChangeTarget {
  baseSha: string;
  headSha: string;
  baseRef?: string;
  pullRequest?: number;
  /** The commit to attach check runs to and link findings at: the pull request's head. */
  linkSha: string;
}

export interface EventContext {
  event: EventName;
  repository?: RepositoryName;
  /** Set when the event names a change to judge. */
  change?: ChangeTarget;
  /** A pull request from a fork under `pull_request`: the token is read-only. */
  isFork: boolean;
  notes: string[];
}

/** An event the action does not handle, reported as the step's failure. */
export class UnsupportedEventError extends Error {}

const NO_COMMIT = /^0+$/;

function isSupported(name: string): name is EventName {
  return (SUPPORTED_EVENTS as readonly string[]).includes(name);
}

/**
 * The checked-out commit and its parents; a reason when git cannot say. The parents come from the commit
 * object itself: in a shallow clone `rev-list --parents` shows the grafted commit as having none.
 */
function checkout(repositoryRoot: string): { head: string; parents: string[] } | { problem: string } {
  try {
    const head = runGitText(repositoryRoot, ['rev-parse', '--verify', 'HEAD^{commit}']).trim();
    const object = runGitText(repositoryRoot, ['cat-file', 'commit', head]);
    const header = object.slice(0, object.indexOf('\n\n'));
    const parents = header
      .split('\n')
      .filter((line) => line.startsWith('parent '))
      .map((line) => line.slice('parent '.length));
    return { head, parents };
  } catch (error) {
    return { problem: gitFailureReason(error) };
  }
}

function branchOf(ref: string): string {
  return ref.replace(/^refs\/heads\//, '');
}

export function readEventContext(eventName: string, payload: unknown, repositoryRoot: string): EventContext {
  if (!isSupported(eventName)) {
    throw new UnsupportedEventError(
      `readiness-gate does not handle the "${eventName}" event; run it on ${SUPPORTED_EVENTS.join(', ')}`,
    );
  }
  if (eventName === 'workflow_dispatch') return { event: eventName, isFork: false, notes: [] };
  const checkedOut = checkout(repositoryRoot);
  if ('problem' in checkedOut) {
    return { event: eventName, isFork: false, notes: [`git cannot read the checkout (${checkedOut.problem}); the whole repository is judged`] };
  }
  const { head, parents } = checkedOut;

  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const pr = readPullRequestEvent(payload);
    // On pull_request the workspace is GitHub's test merge commit: its first parent is the base tip it was
    // merged onto, which is exactly what the pull request is compared with (the payload's base.sha may be older).
    const isTestMerge = parents.length === 2 && parents[1] === pr.head.sha;
    if (!isTestMerge && head !== pr.head.sha) {
      return {
        event: eventName,
        repository: pr.repository,
        isFork: pr.isFork && eventName === 'pull_request',
        notes: [
          `the checkout (${head.slice(0, 12)}) is neither pull request #${pr.number}'s head nor its merge commit, so only the whole repository is judged; check out the pull request to judge its change`,
        ],
      };
    }
    return {
      event: eventName,
      repository: pr.repository,
      change: {
        baseSha: isTestMerge ? (parents[0] as string) : pr.base.sha,
        headSha: head,
        baseRef: pr.base.ref,
        pullRequest: pr.number,
        linkSha: pr.head.sha,
      },
      isFork: pr.isFork && eventName === 'pull_request',
      notes: [],
    };
  }
  if (eventName === 'merge_group') {
    const group = readMergeGroupEvent(payload);
    return {
      event: eventName,
      repository: group.repository,
      change: { baseSha: group.baseSha, headSha: group.headSha, baseRef: branchOf(group.baseRef), linkSha: group.headSha },
      isFork: false,
      notes: [],
    };
  }
  const push = readPushEvent(payload);
  if (NO_COMMIT.test(push.before)) {
    return {
      event: eventName,
      repository: push.repository,
      isFork: false,
      notes: ['the push created the branch, so there is no earlier commit to compare with; the whole repository is judged'],
    };
  }
  return {
    event: eventName,
    repository: push.repository,
    change: { baseSha: push.before, headSha: push.after, baseRef: branchOf(push.ref), linkSha: push.after },
    isFork: false,
    notes: [],
  };
}
