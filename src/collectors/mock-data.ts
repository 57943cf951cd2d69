// `stubs.mock-data`: hard-coded mock or fake data shipped in production code (Python, JavaScript,
// TypeScript). Names and import paths are read from tokens, so nothing inside strings or comments counts.
// Test code, files meant to hold sample data (seeds, fixtures, stories, examples, docs) and generated
// files are left out: sample data is their purpose.
import type { Finding, SourceFile, TextCollector } from '../evidence.js';
import { createScanContext } from './javascript/context.js';
import { hasGeneratedBanner, isDevOnlyPath } from './mock-data/dev-only-files.js';
import { collectJavaScriptMockData } from './mock-data/javascript.js';
import { mayHoldMockData } from './mock-data/names.js';
import { collectPythonMockData } from './mock-data/python.js';
import { lexPython } from './python/lexer.js';
import { buildStatementTree } from './python/structure.js';

/** Parse problems are reported once, by the python-code and javascript-code collectors, not here. */
export function collectMockData(file: SourceFile, text: string): Finding[] {
  const python = file.language === 'python';
  // Nearly no file names mock data, and lexing is nearly all the cost: a plain text search goes first.
  if (!mayHoldMockData(text, python) || hasGeneratedBanner(text)) return [];
  if (python) return collectPythonMockData(buildStatementTree(lexPython(text).lines).module, file);
  return collectJavaScriptMockData(createScanContext(file, text));
}

export const mockDataCollector: TextCollector = {
  id: 'mock-data',
  wants: (file) =>
    !file.isTest &&
    (file.language === 'python' || file.language === 'javascript' || file.language === 'typescript') &&
    !isDevOnlyPath(file.path),
  collect: collectMockData,
};
