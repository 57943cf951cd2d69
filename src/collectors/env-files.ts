// `secrets.env-files`: committed `.env` files. dotenv files hold the real settings of one machine or
// environment (database passwords, API keys) and belong in .gitignore; a template with empty or sample
// values is committed instead. A file counts when its name is `.env` or starts with `.env.`, except
// templates: names whose last `.` part is `example`, `sample`, `template` or `dist` (`.env.example`,
// `.env.local.sample`). Files in test code are skipped (test setups commit `.env` files with fake values on
// purpose). The inventory lists only committed and not-ignored files, so an ignored local `.env` never counts.
import type { Finding, PathCollector, SourceFile } from '../evidence.js';

const TEMPLATE_SUFFIXES = new Set(['example', 'sample', 'template', 'dist']);

export function isCommittedEnvFileName(basename: string): boolean {
  const lower = basename.toLowerCase();
  if (lower !== '.env' && !lower.startsWith('.env.')) return false;
  return !TEMPLATE_SUFFIXES.has(lower.slice(lower.lastIndexOf('.') + 1));
}

export const envFiles: PathCollector = {
  id: 'env-files',

  collect(files: readonly SourceFile[]): Finding[] {
    return files
      .filter((file) => !file.isTest && isCommittedEnvFileName(file.path.slice(file.path.lastIndexOf('/') + 1)))
      .map((file) => ({
        kind: 'secrets.env-files',
        file: file.path,
        line: 0,
        message: 'environment file committed: keep real settings out of git and commit a `.env.example` instead',
      }));
  },
};
