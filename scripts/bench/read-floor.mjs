// The read floor: one plain synchronous read of every tracked file, nothing else. Prints files and bytes.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = process.argv[2];
const paths = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 })
  .split('\0')
  .filter((p) => p !== '');
let bytes = 0;
let unreadable = 0;
for (const relative of paths) {
  try {
    bytes += readFileSync(path.join(root, relative)).length;
  } catch (error) {
    // Submodules (folders) and dangling links cannot be read; they are counted, not hidden.
    if (!['EISDIR', 'ENOENT', 'ELOOP'].includes(error.code)) throw error;
    unreadable++;
  }
}
process.stdout.write(`${JSON.stringify({ files: paths.length, bytes, unreadable })}\n`);
