// A scan worker for tests: registers source-worker-hooks.mjs in this thread, then runs the real worker
// entry (src/scan/scan-worker.ts) from source, so a test can compare threads with one thread.
import { register } from 'node:module';

register('./source-worker-hooks.mjs', import.meta.url);
await import('../../src/scan/scan-worker.ts');
