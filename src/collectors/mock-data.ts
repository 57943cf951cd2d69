// `stubs.mock-data`: hard-coded mock or fake data shipped in production code (Python, JavaScript,
// TypeScript). Names and import paths are read from tokens, so nothing inside strings or comments counts.
// Test code, files meant to hold sample data (seeds, fixtures, stories, examples, docs) and generated
// files are left out: sample data is their purpose.
import type { Finding, SourceFile, TextCollector } from '../evidence.js';
import { lexJavaScript } from './javascript/lexer.js';
import { indexLines } from './javascript/positions.js';
import { hasGeneratedBanner, isDevOnlyPath } from './mock-data/dev-only-files.js';
import { collectJavaScriptMockData } from './mock-data/javascript.js';
import { mayHoldMockData } from './mock-data/names.js';
import { collectPythonMockData } from './mock-data/python.js';
import { lexPython } from './python/lexer.js';
import { buildStatementTree } from './python/structure.js';

/** In .ts/.mts/.cts `<T>x` is a type assertion, so only these extensions may hold JSX (as javascript-code). */
const JSX_EXTENSIONS = new Set(['js', 'jsx', 'mjs', 'cjs', 'tsx']);

function collectJavaScript(file: SourceFile, text: string): Finding[] {
  const extension = file.path.slice(file.path.lastIndexOf('.') + 1).toLowerCase();
  const lexed = lexJavaScript(text, { jsx: JSX_EXTENSIONS.has(extension), tsx: extension === 'tsx' });
  return collectJavaScriptMockData({ file, text, lexed, tokens: lexed.tokens, lines: indexLines(text) });
}

/** Parse problems are reported once, by the python-code and javascript-code collectors, not here. */
export function collectMockData(file: SourceFile, text: string): Finding[] {
  const python = file.language === 'python';
  // Nearly no file names mock data, and lexing is nearly all the cost: a plain text search goes first.
  if (!mayHoldMockData(text, python) || hasGeneratedBanner(text)) return [];
  if (python) return collectPythonMockData(buildStatementTree(lexPython(text).lines).module, file);
  return collectJavaScript(file, text);
}

export const mockDataCollector: TextCollector = {
  id: 'mock-data',
  wants: (file) =>
    !file.isTest &&
    (file.language === 'python' || file.language === 'javascript' || file.language === 'typescript') &&
    !isDevOnlyPath(file.path),
  collect: collectMockData,
};
