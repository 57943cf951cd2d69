import type { Language, SourceFile } from '../evidence.js';

const LANGUAGE_BY_EXTENSION: Record<string, Language> = {
  py: 'python',
  js: 'javascript',
  jsx: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  ts: 'typescript',
  tsx: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  go: 'go',
  java: 'java',
  kt: 'kotlin',
  kts: 'kotlin',
  cs: 'csharp',
  rb: 'ruby',
  php: 'php',
  rs: 'rust',
};

function extensionOf(basename: string): string {
  const dot = basename.lastIndexOf('.');
  return dot > 0 ? basename.slice(dot + 1).toLowerCase() : '';
}

export function languageOf(path: string): Language | undefined {
  const basename = path.slice(path.lastIndexOf('/') + 1);
  return LANGUAGE_BY_EXTENSION[extensionOf(basename)];
}

/** `tests.files`: a test file by its name or place, per language. */
export function isTestFile(path: string, language: Language | undefined): boolean {
  if (language === undefined) return false;
  const basename = path.slice(path.lastIndexOf('/') + 1);
  // Split only for the languages that look at folders: this runs on every listed path of every scan.
  const folders = () => path.split('/').slice(0, -1);
  const stem = basename.slice(0, basename.lastIndexOf('.'));
  switch (language) {
    case 'python':
      return /^test_.*\.py$/.test(basename) || /^.+_test\.py$/.test(basename);
    case 'javascript':
    case 'typescript':
      return /\.(test|spec)\./.test(basename) || folders().includes('__tests__');
    case 'go':
      return basename.endsWith('_test.go');
    case 'java':
    case 'kotlin':
      return path.includes('src/test/') || /(Test|Tests|IT|TestCase)$/.test(stem);
    case 'csharp':
      return /Tests?$/.test(stem) || folders().some((folder) => /(\.|^)Tests?$/.test(folder));
    case 'ruby':
      return (basename.endsWith('_spec.rb') && folders().includes('spec')) || (basename.endsWith('_test.rb') && folders().includes('test'));
    case 'php':
      return stem.endsWith('Test');
    case 'rust':
      // Rust unit tests live inside source files (counted as cases there); integration tests are files under tests/.
      return folders().includes('tests');
    default:
      return false;
  }
}

// A folder of tests anywhere on the path (the file name itself does not count).
const UNDER_TEST_FOLDER = /(?:^|\/)(?:tests|test|testing|__tests__|spec|specs)\//;

/** Test code besides test files: `conftest.py`, `tests.py`, or anything under a test folder. */
function isOtherTestCode(path: string): boolean {
  const basename = path.slice(path.lastIndexOf('/') + 1);
  return basename === 'conftest.py' || basename === 'tests.py' || UNDER_TEST_FOLDER.test(path);
}

/** Test code: a test file, `conftest.py`, `tests.py`, or anything under a test folder. */
export function isTestCode(path: string, language: Language | undefined): boolean {
  return isTestFile(path, language) || isOtherTestCode(path);
}

export function describeFile(path: string): SourceFile {
  const language = languageOf(path);
  const testFile = isTestFile(path, language);
  return { path, language, isTest: testFile || isOtherTestCode(path), isTestFile: testFile };
}
