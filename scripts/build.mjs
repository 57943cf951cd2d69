// Bundles the action (dist/index.js), the CLI (dist/cli.js) and their scan worker with ncc, as ESM.
// Type checking is `npm run typecheck`; ncc only transpiles, so a half-typed tree still bundles the same way.
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const ncc = createRequire(import.meta.url)('@vercel/ncc');

const ENTRIES = [
  { source: 'src/index.ts', target: 'dist/index.js' },
  { source: 'src/cli.ts', target: 'dist/cli.js' },
  // Loaded by both bundles from beside them (src/scan/parallelism.ts) to scan on worker threads.
  { source: 'src/scan/scan-worker.ts', target: 'dist/scan-worker.js' },
];

// What a bundle loads with `import()` after it has started (the code the first file read does not need)
// is a chunk beside it, named after the bundle, `<id>.cli.js`, so the bundles' chunks cannot clash.
const isChunkOf = (name, bundle) => name.endsWith(`.${bundle}`) && /^\d+$/.test(name.slice(0, -bundle.length - 1));

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
for (const { source, target } of ENTRIES) {
  const bundle = path.basename(target);
  const { code, assets } = await ncc(path.resolve(source), { filename: bundle, transpileOnly: true, quiet: true });
  writeFileSync(target, code);
  for (const [name, asset] of Object.entries(assets)) {
    if (isChunkOf(name, bundle)) writeFileSync(path.join('dist', name), asset.source);
  }
}
// ncc marks its output folder as ESM; dist/ needs the same so Node loads the bundles as modules.
writeFileSync('dist/package.json', `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
chmodSync('dist/cli.js', 0o755);
const cli = readFileSync('dist/cli.js', 'utf8');
if (!cli.startsWith('#!')) writeFileSync('dist/cli.js', `#!/usr/bin/env node\n${cli}`);
