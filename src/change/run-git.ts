import { execFile, execFileSync } from 'node:child_process';

// `core.fsmonitor` can name a program to run; a scanned repository's config must never make us run code.
// With quotePath=false git prints non-ASCII path bytes as they are; control characters, `"` and `\` are still
// C-quoted, which is how a path with a newline stays on one line of a patch header.
export const GIT_SAFETY = ['-c', 'core.fsmonitor=false', '-c', 'core.quotePath=false'];

// A SHA-1 or SHA-256 object id. Checking the shape first also keeps a value such as `--upload-pack=…` from
// ever reaching git as an option.
const COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;

export function isCommitSha(value: string): boolean {
  return COMMIT_SHA.test(value);
}

export function assertCommitSha(value: string): void {
  if (!isCommitSha(value)) throw new Error(`not a full commit SHA: ${JSON.stringify(value)}`);
}

export interface GitRunOptions {
  /** Written to git's standard input. */
  input?: string;
  maxBuffer?: number;
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  /** Global options placed before `-c` and the subcommand, e.g. `--literal-pathspecs`. */
  globalOptions?: string[];
}

/** The command line and options both runners give git. */
function gitInvocation(root: string, args: string[], options: GitRunOptions) {
  return {
    args: [...(options.globalOptions ?? []), ...GIT_SAFETY, ...args],
    options: { cwd: root, maxBuffer: options.maxBuffer ?? 1024 * 1024 * 1024, timeout: options.timeoutMs, env: options.env },
  };
}

export function runGitBuffer(root: string, args: string[], options: GitRunOptions = {}): Buffer {
  const git = gitInvocation(root, args, options);
  return execFileSync('git', git.args, { ...git.options, input: options.input, stdio: ['pipe', 'pipe', 'pipe'] });
}

export function runGitText(root: string, args: string[], options: GitRunOptions = {}): string {
  return runGitBuffer(root, args, options).toString('utf8');
}

/**
 * runGitBuffer without blocking this thread: git works on another core while the scan goes on here. Fails
 * the way runGitBuffer throws (the error carries git's `stderr`, `code` and `signal`; see gitFailureReason).
 */
export function runGitBufferLater(root: string, args: string[], options: GitRunOptions = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const git = gitInvocation(root, args, options);
    // execFile hands stderr to the callback, not to the error as execFileSync does.
    const child = execFile('git', git.args, { ...git.options, encoding: 'buffer' }, (error, stdout, stderr) =>
      error === null ? resolve(stdout) : reject(Object.assign(error, { stderr })),
    );
    // A git that exits before reading all its input (it failed) breaks the pipe: that is its failure too.
    child.stdin?.on('error', reject);
    child.stdin?.end(options.input);
  });
}

export async function runGitTextLater(root: string, args: string[], options: GitRunOptions = {}): Promise<string> {
  return (await runGitBufferLater(root, args, options)).toString('utf8');
}

/** The most telling line git printed before failing: its first `fatal:`/`error:` line, else its first line. */
export function firstStderrLine(stderr: string): string | undefined {
  const lines = stderr.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  return lines.find((line) => /^(?:fatal|error):/.test(line)) ?? lines[0];
}

/** Why a git child process failed, in one line, for messages that reach the user. */
export function gitFailureReason(error: unknown): string {
  const failure = error as NodeJS.ErrnoException & { stderr?: Buffer | string; signal?: string | null };
  if (failure.code === 'ENOENT') return 'git is not installed';
  if (failure.code === 'ETIMEDOUT') return 'git timed out';
  const line = failure.stderr === undefined ? undefined : firstStderrLine(failure.stderr.toString());
  if (line !== undefined) return line;
  if (failure.signal) return `git was stopped by ${failure.signal}`;
  return failure.message ?? String(error);
}
