// Runs the mock-data collector on an in-memory file, classified from its path like the inventory does.
import { mockDataCollector } from '../../../src/collectors/mock-data.js';
import { describeFile } from '../../../src/inventory/classify.js';

/** `line: message` of every finding, or `skipped` when the collector does not want the file. */
export function mockDataIn(path: string, lines: readonly string[]): string[] {
  const file = describeFile(path);
  if (!mockDataCollector.wants(file)) return ['skipped'];
  return mockDataCollector.collect(file, lines.join('\n')).map((finding) => `${finding.line}: ${finding.message}`);
}
