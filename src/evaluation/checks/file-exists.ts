// `exists: ["README*"]`: at least one repository path matches one of the globs.
import { Minimatch } from 'minimatch';
import type { ExistsCheck } from '../../rules/rule-set.js';
import { listInWords } from '../../rules/suggest.js';
import type { CheckDefinition } from './check-definition.js';

/** Case-insensitive because README.md, Readme.md and readme.md are all the README; `dot` for .github/. */
const GLOB_OPTIONS = { nocase: true, dot: true };

/**
 * A test of one path against a glob. A negated glob needs minimatch's own match; the others compile to one
 * regular expression, which is many times faster than match() over a large repository's paths.
 */
function globTest(glob: string): (path: string) => boolean {
  const matcher = new Minimatch(glob, GLOB_OPTIONS);
  const pattern = matcher.negate ? false : matcher.makeRe();
  return pattern === false ? (path) => matcher.match(path) : (path) => pattern.test(path);
}

export const fileExists: CheckDefinition<ExistsCheck> = {
  type: 'exists',
  run({ globs }, { paths }) {
    let match: string | undefined;
    for (const glob of globs) {
      match = paths.find(globTest(glob));
      if (match !== undefined) break;
    }
    const patterns = listInWords(globs);
    return {
      status: match === undefined ? 'fail' : 'pass',
      message: match === undefined ? `no file matches ${patterns}` : `found ${match}`,
      evidence: { expected: `a file matching ${patterns}`, findings: [], findingCount: 0 },
    };
  },
};
