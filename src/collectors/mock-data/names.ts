// Which identifiers name mock data, and which module paths are test or mock modules. Decided on whole
// words, so `mockingbird`, `mockup` and `stubborn` never match.

/**
 * Words that say a value stands in for real data. `sample` is left out: sample payloads are often a
 * feature (documenso's "send a test webhook" payload), and `sample_data` in Python is mostly demo input.
 */
const MARKER_WORDS = new Set(['mock', 'mocked', 'fake', 'faked', 'dummy', 'stub', 'stubbed']);

/**
 * Nouns for collections of records or one record. The name must END in one of them, because the last word
 * of an English compound is what the thing is: `mockUsers` is users, while `mockDataSource` is a source,
 * `MOCK_DATA_ENABLED` a flag and `SAMPLE_DATA_DIR` a folder.
 */
const DATA_WORDS = new Set([
  'data', 'dataset', 'json', 'payload', 'payloads', 'response', 'responses', 'result', 'results',
  'record', 'records', 'row', 'rows', 'entry', 'entries', 'item', 'items', 'list', 'db', 'database',
  'user', 'users', 'product', 'products', 'order', 'orders', 'post', 'posts', 'customer', 'customers',
  'account', 'accounts', 'profile', 'profiles', 'comment', 'comments', 'message', 'messages',
  'transaction', 'transactions', 'todos', 'tasks', 'projects', 'articles', 'invoices', 'employees',
]);

/**
 * Folders that hold tests or test doubles: a module under one is never production code. Singular `mock`
 * is left out: mocking libraries keep their feature there (undici's `lib/mock`, vitest's `integrations/mock`).
 */
const TEST_OR_MOCK_FOLDERS = new Set([
  'test', 'tests', '__tests__', 'mocks', '__mocks__', 'fakes', 'stubs', 'fixtures', '__fixtures__',
]);

/**
 * Module names that are collections of test doubles. Singular `mock`, `dummy`, `test` or `stub` modules
 * are left out: in libraries they are null objects and public testing APIs (prompt_toolkit's `dummy`,
 * werkzeug's `test`, trio's `_mock_clock`), not data.
 */
const MOCK_MODULE_NAMES = new Set(['mocks', '__mocks__', 'fakes', 'fixtures', '__fixtures__']);
/** The `users.mock.ts` / `users.fixtures.json` naming convention. */
const MOCK_FILE_SUFFIXES = new Set(['mock', 'mocks', 'fixture', 'fixtures']);

/**
 * The spellings `wordsOf` can turn into a marker word: `mock`, `Mock` or `MOCK` (`mocked` and the rest
 * start so). Every mock-data name holds one, so this cheap test may go before splitting into words.
 */
const MARKER_SPELLING = /[Mm]ock|MOCK|[Ff]ake|FAKE|[Dd]ummy|DUMMY|[Ss]tub|STUB/;

const WORD = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g;

/** camelCase, PascalCase, snake_case, SCREAMING_CASE and kebab-case parts, lower-cased; digits separate words. */
export function wordsOf(name: string): string[] {
  return (name.match(WORD) ?? []).map((word) => word.toLowerCase());
}

/** A marker word anywhere before a data word that ends the name: `MOCK_USERS`, `getFakeApiResponse`. */
export function isMockDataName(name: string): boolean {
  if (!MARKER_SPELLING.test(name)) return false;
  const words = wordsOf(name);
  const last = words[words.length - 1];
  if (last === undefined || !DATA_WORDS.has(last)) return false;
  for (let i = 0; i < words.length - 1; i++) if (MARKER_WORDS.has(words[i] as string)) return true;
  return false;
}

// The whole-file pre-check below follows from the sets above and must change with them: names and import
// paths are raw slices of the text, so every finding needs one of these spellings in it.
/**
 * A marker word (for mock-data names, including data files named so), or a test-double folder, module or
 * suffix from the lower-case sets: `__mocks__`, `fakes`, `stubs` and `mock` hold a marker spelling.
 */
const MARKER_OR_FIXTURE = new RegExp(`${MARKER_SPELLING.source}|fixture`);
/** A `test`, `tests` or `__tests__` path segment: it opens the specifier string or follows a `/`. */
const JAVASCRIPT_TEST_SEGMENT = /[/'"](?:__)?test/;
/** A `test`, `tests` or `__tests__` module name: a whole Python name, so no word character touches it. */
const PYTHON_TEST_NAME = /(?<!\w)(?:tests?|__tests__)(?!\w)/;

/**
 * False only when no name or import in the file can be reported, so the file need not be lexed. Marker
 * words in strings and comments pass too: this is a necessary condition, the tokens decide.
 */
export function mayHoldMockData(text: string, python: boolean): boolean {
  if (MARKER_OR_FIXTURE.test(text)) return true;
  return python ? PYTHON_TEST_NAME.test(text) : JAVASCRIPT_TEST_SEGMENT.test(text);
}

// A data file named as mock data is mock data; a code module so named may be code *about* mock data
// (this project's own `./mock-data.js` collector), so only data extensions count for the name rule.
const DATA_EXTENSIONS = new Set(['json', 'json5', 'yaml', 'yml', 'csv', 'tsv', 'xml', 'toml']);

/**
 * True when a project module path (split into segments, relative markers removed) is a test or mock
 * module: a folder on it holds tests or test doubles, the module is a mock module (`users.mock.ts`,
 * `mocks`), or it is a data file named as mock data (`mock-data.json`, `fake_users.yaml`).
 */
export function isMockModulePath(segments: readonly string[]): boolean {
  const last = segments[segments.length - 1];
  if (last === undefined) return false;
  for (let i = 0; i < segments.length - 1; i++) if (TEST_OR_MOCK_FOLDERS.has(segments[i] as string)) return true;
  const [stem = '', ...suffixes] = last.split('.');
  const extension = suffixes[suffixes.length - 1];
  const isDataFile = extension !== undefined && DATA_EXTENSIONS.has(extension.toLowerCase());
  return MOCK_MODULE_NAMES.has(stem) || suffixes.some((suffix) => MOCK_FILE_SUFFIXES.has(suffix)) || (isDataFile && isMockDataName(stem));
}
