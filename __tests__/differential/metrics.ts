// The metrics the differential test compares, and the shape both sides report them in.

/** The README's Code table, in its order. `parse.errors` is compared too: the scanner losing track of a file
 * the reference parser reads is a disagreement. */
export const METRICS = [
  'tests.cases',
  'tests.skipped',
  'catch.generic',
  'catch.empty',
  'todo.comments',
  'stubs.placeholder',
  'parse.errors',
] as const;

export type Metric = (typeof METRICS)[number];

export type DifferentialLanguage = 'python' | 'javascript' | 'typescript';

/** 1-based lines of each metric's findings in one file, sorted; a metric without findings may be absent. */
export type LinesByMetric = Partial<Record<Metric, number[]>>;

/** What a reference implementation says about one file: its findings, or why it could not parse the file. */
export type ReferenceOutcome = { lines: LinesByMetric } | { error: string };

/** A file as both sides see it: the path decides test code, the text is what is counted. */
export interface CorpusFile {
  /** Path relative to the corpus root; also the path the scanner classifies. */
  path: string;
  /** Classification path, when it differs from `path` (a file inside node_modules/<pkg>/ is classified as
   * the package sees it, so a package's own tests are test code). */
  classifyAs?: string;
  language: DifferentialLanguage;
}
