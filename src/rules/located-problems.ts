// Problems in a rule file, each tied to a line and column and worded for the person fixing it.
// zod issues and YAML errors both end up here; neither reaches users in its raw form.
import type * as z from 'zod';
import type { Document, YAMLError } from 'yaml';
import { formatKeyPath, keyPathAt, type KeyPath, type Locator } from './yaml-locations.js';

export interface Problem {
  line: number;
  col: number;
  /** `rules.readme.level`, or '' for problems of the file as a whole. */
  path: string;
  text: string;
}

export function problemAt(locator: Locator, path: KeyPath, at: 'key' | 'value', text: string): Problem {
  const { line, col } = locator.locate(path, at);
  return { line, col, path: formatKeyPath(path), text };
}

/** `file:line:col path: text`, in file order. */
export function formatProblems(file: string, problems: readonly Problem[]): string[] {
  return [...problems]
    .sort((a, b) => a.line - b.line || a.col - b.col)
    .map(({ line, col, path, text }) => `${file}:${line}:${col} ${path === '' ? '' : `${path}: `}${text}`);
}

export function zodIssueProblems(
  issues: readonly z.core.$ZodIssue[],
  locator: Locator,
  basePath: KeyPath = [],
): Problem[] {
  return issues.flatMap((issue) => issueProblems(issue, locator, [...basePath, ...issue.path]));
}

function issueProblems(issue: z.core.$ZodIssue, locator: Locator, path: KeyPath): Problem[] {
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => problemAt(locator, [...path, key], 'key', issue.message));
    case 'invalid_key':
      return [problemAt(locator, path, 'key', issue.issues[0]?.message ?? issue.message)];
    case 'invalid_union': {
      // Report the alternative the user was writing: the one that did not fail on the value's type.
      const meant = issue.errors.find(
        (branch) => !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
      );
      return meant === undefined
        ? [problemAt(locator, path, 'value', issue.message)]
        : zodIssueProblems(meant, locator, path);
    }
    default:
      return [problemAt(locator, path, 'value', issue.message)];
  }
}

const YAML_MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: 'duplicate key; a key may appear only once in a mapping, so merge the two',
  MULTIPLE_DOCS: 'a rule file holds one YAML document; remove the second "---" document',
};

/** YAML syntax errors and warnings at the YAML parser's own positions. */
export function yamlErrorProblems(doc: Document, errors: readonly YAMLError[], locator: Locator): Problem[] {
  return errors.map((error) => {
    const { line, col } = error.linePos?.[0] ?? locator.position(error.pos[0]);
    const known = YAML_MESSAGES[error.code];
    if (known !== undefined) {
      const path = error.code === 'DUPLICATE_KEY' ? (keyPathAt(doc, error.pos[0]) ?? []) : [];
      return { line, col, path: formatKeyPath(path), text: known };
    }
    // With prettyErrors the message ends in " at line 3, column 5:" and a code excerpt; the
    // location is already in front of the problem.
    const firstLine = error.message.split('\n')[0] ?? error.message;
    const text = firstLine.replace(/ at line \d+, column \d+:?$/, '');
    return { line, col, path: '', text: `YAML syntax: ${text}` };
  });
}
