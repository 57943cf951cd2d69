import { describe, expect, it } from 'vitest';
import { pathCollectors, textCollectors } from '../../src/collectors/index.js';
import { scanRepository } from '../../src/scan/scan-repository.js';
import { makeTempRepo } from '../helpers/temp-repo.js';

// The real worker entry run from source (see source-scan-worker.mjs).
const workerScript = new URL('./source-scan-worker.mjs', import.meta.url);

const openPorts = () => process.getActiveResourcesInfo().filter((resource) => resource === 'MessagePort').length;

describe('the scan worker pool', () => {
  it('has ended its worker threads by the time the scan resolves', async () => {
    // Until a worker has exited, its listeners keep every outcome of the scan in memory.
    const root = makeTempRepo({ 'a.py': '# TODO a\n', 'b.ts': '// TODO b\n', 'c.rb': '# TODO c\n' });
    const before = openPorts();
    const scan = await scanRepository(root, {
      maxFileBytes: 64 * 1024,
      textCollectors,
      pathCollectors,
      parallel: { workerScript, threads: 2, minFiles: 0 },
    });
    expect(scan.findings.filter((finding) => finding.kind === 'todo.comments')).toHaveLength(3);
    expect(openPorts()).toBe(before);
  });
});
