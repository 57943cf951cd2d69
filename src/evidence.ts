// The evidence contract: what collectors produce and everything downstream reads.
// Collectors report facts with locations; they never decide pass or fail.

export const LANGUAGES = [
  'python',
  'javascript',
  'typescript',
  'go',
  'java',
  'kotlin',
  'csharp',
  'ruby',
  'php',
  'rust',
] as const;

export type Language = (typeof LANGUAGES)[number];

/** One counted item (a test case, a generic catch, a Dockerfile…) or one problem reading a file. */
export interface Finding {
  /** The metric this item counts towards, e.g. `catch.generic`; `parse.errors` for unreadable input. */
  kind: string;
  /** POSIX path relative to the scanned root. */
  file: string;
  /** 1-based line; 0 when the item is the whole file. */
  line: number;
  /** 1-based column, when known. */
  column?: number;
  /** A sentence a person can act on, e.g. "`except Exception` catches every error". */
  message: string;
  /** Set for code evidence, so metrics can be split by language. */
  language?: Language;
  /** Extra facts for reporters and rules, e.g. `{ framework: 'alembic' }` or `{ job: 'test' }`. */
  data?: Record<string, string | number | boolean>;
  /**
   * The amount this finding adds to its metric; 1 when absent. Reports carry amounts: one JUnit file is one
   * finding of kind `tests.reported.passed` with value 1317.
   */
  value?: number;
}

/** What collectors see of a file. */
export interface SourceFile {
  /** POSIX path relative to the scanned root. */
  path: string;
  /** The language whose lexer reads it, when it is code. */
  language?: Language;
  /** True when the file is test code (see `isTestCode`). */
  isTest: boolean;
  /** True when the file is a test file by name (counts in `tests.files`). */
  isTestFile: boolean;
}

/** A collector that reads a file's text. One read per file is shared by every collector. */
export interface TextCollector {
  id: string;
  /** Decides from the path alone whether this collector wants the file's text. */
  wants(file: SourceFile): boolean;
  /** Returns the findings for one file. Must not throw on any input. */
  collect(file: SourceFile, text: string): Finding[];
}

/** A collector that needs only the list of paths, never their contents. */
/** What path collectors may read besides the scanned files: it comes from the scan, never from disk. */
export interface ScanFacts {
  /** Every path the inventory listed, skipped ones included (a lockfile over the size cap still exists). */
  paths: readonly string[];
  /** The text collectors' findings (e.g. `deps.manifests`, whose data says which lockfile a manifest needs). */
  findings: readonly Finding[];
}

export interface PathCollector {
  id: string;
  /**
   * Findings about `files`: every scanned file, or for a pull request's base only the changed ones (see
   * compute-change-evidence.ts). A collector that judges a file by its neighbours finds them in `scan.paths`.
   * `scan` is always given by the scan; most collectors need only `files`.
   */
  collect(files: readonly SourceFile[], scan?: ScanFacts): Finding[];
}

/** Why a listed file was not scanned, in the order reports list them. */
export const SKIP_REASONS = [
  'vendored',
  'generated',
  'minified',
  'binary',
  'too-large',
  'symlink',
  'unreadable',
  'missing',
  'not-a-file',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface InventorySummary {
  /** `git` when the file list came from `git ls-files`, `walk` otherwise. */
  source: 'git' | 'walk';
  /** Files listed before skipping. */
  listed: number;
  /** Files whose text was read or whose name was used. */
  scanned: number;
  skipped: Partial<Record<SkipReason, number>>;
}

export interface Evidence {
  inventory: InventorySummary;
  /** Flat map from metric name to number. */
  metrics: Record<string, number>;
  /** Code metrics per language. */
  byLanguage: Partial<Record<Language, Record<string, number>>>;
  findings: Finding[];
}
