import { execFileSync } from 'node:child_process';

/** Node has no mkfifo; the coreutils command makes one (the hostile tests run on Linux and macOS). */
export function mkfifoSync(file: string): void {
  execFileSync('mkfifo', [file]);
}
