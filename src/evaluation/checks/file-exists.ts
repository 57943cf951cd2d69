// `exists: ["README*"]`: at least one repository path matches one of the globs.
import { matchesAnyGlob } from '../../globs.js';
import type { ExistsCheck } from '../../rules/rule-set.js';
import { listInWords } from '../../rules/suggest.js';
import type { CheckDefinition } from './check-definition.js';

/** Case-insensitive because README.md, Readme.md and readme.md are all the README; `dot` for .github/. */
const GLOB_OPTIONS = { nocase: true, dot: true };

export const fileExists: CheckDefinition<ExistsCheck> = {
  type: 'exists',
  run({ globs }, { paths }) {
    let match: string | undefined;
    for (const glob of globs) {
      match = paths.find(matchesAnyGlob([glob], GLOB_OPTIONS));
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
