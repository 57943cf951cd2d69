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
};

const TEST_FOLDERS = new Set(['tests', 'test', 'testing', '__tests__', 'spec', 'specs']);

function extensionOf(basename: string): string {
  const dot = basename.lastIndexOf('.');
  return dot > 0 ? basename.slice(dot + 1).toLowerCase() : '';
}

export function languageOf(path: string): Language | undefined {
  const basename = path.slice(path.lastIndexOf('/') + 1);
  return LANGUAGE_BY_EXTENSION[extensionOf(basename)];
}

/** `tests.files`: a test file by its name (Python, JS/TS), or any JS/TS file under `__tests__/`. */
export function isTestFile(path: string, language: Language | undefined): boolean {
  const basename = path.slice(path.lastIndexOf('/') + 1);
  if (language === 'python') {
    return /^test_.*\.py$/.test(basename) || /^.+_test\.py$/.test(basename);
  }
  if (language === 'javascript' || language === 'typescript') {
    return /\.(test|spec)\./.test(basename) || path.split('/').slice(0, -1).includes('__tests__');
  }
  return false;
}

/** Test code: a test file, `conftest.py`, `tests.py`, or anything under a test folder. */
export function isTestCode(path: string, language: Language | undefined): boolean {
  if (isTestFile(path, language)) return true;
  const parts = path.split('/');
  const basename = parts[parts.length - 1];
  if (basename === 'conftest.py' || basename === 'tests.py') return true;
  return parts.slice(0, -1).some((folder) => TEST_FOLDERS.has(folder));
}

export function describeFile(path: string): SourceFile {
  const language = languageOf(path);
  return { path, language, isTest: isTestCode(path, language), isTestFile: isTestFile(path, language) };
}
