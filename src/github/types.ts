// Plain data that crosses the GitHub port. Nothing outside src/github sees Octokit types.

/** One entry of the pull-request files API, with only the fields readiness-gate reads. */
export interface ApiPullRequestFile {
  filename: string;
  /** Set for renamed files. */
  previous_filename?: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  /** The unified diff; GitHub leaves it out for binary files and very large diffs. */
  patch?: string;
  /** Added plus deleted lines: 0 for a pure rename or an empty file, which have no patch either. */
  changes?: number;
}

/** One annotation of a check run. Line numbers start at 1. */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title?: string;
  message: string;
}

/**
 * What a write did. `skipped` means the token may not write (a fork's pull request, or a missing
 * `permissions:` entry); `warning` then says which permission is missing. A skipped write never
 * changes the verdict.
 */
export interface WriteOutcome {
  status: 'created' | 'updated' | 'unchanged' | 'skipped';
  /** The comment's or check run's page on GitHub. */
  url?: string;
  warning?: string;
}

/** Where the port reports retries and waits; the action passes @actions/core's functions. */
export interface GitHubLog {
  warning(message: string): void;
  debug(message: string): void;
}
