// Bundles the action (dist/index.js), the CLI (dist/cli.js) and their scan worker with ncc, as ESM.
// Type checking is `npm run typecheck`; ncc only transpiles, so a half-typed tree still bundles the same way.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ENTRIES = [
  { source: 'src/index.ts', target: 'dist/index.js' },
  { source: 'src/cli.ts', target: 'dist/cli.js' },
  // Loaded by both bundles from beside them (src/scan/parallelism.ts) to scan on worker threads.
  { source: 'src/scan/scan-worker.ts', target: 'dist/scan-worker.js' },
];

const ncc = path.resolve('node_modules/@vercel/ncc/dist/ncc/cli.js');
const scratch = mkdtempSync(path.join(tmpdir(), 'readiness-gate-build-'));
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
try {
  for (const { source, target } of ENTRIES) {
    const out = path.join(scratch, path.basename(target, '.js'));
    execFileSync(process.execPath, [ncc, 'build', source, '-o', out, '--transpile-only', '--quiet'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    copyFileSync(path.join(out, 'index.js'), target);
  }
  // ncc marks its output folder as ESM; dist/ needs the same so Node loads both bundles as modules.
  writeFileSync('dist/package.json', `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
  chmodSync('dist/cli.js', 0o755);
  const cli = readFileSync('dist/cli.js', 'utf8');
  if (!cli.startsWith('#!')) writeFileSync('dist/cli.js', `#!/usr/bin/env node\n${cli}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
