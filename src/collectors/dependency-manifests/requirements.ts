// pip requirements files. Each requirement line names a package; it is pinned when it has an exact
// `==`/`===` version without a wildcard. Options (-r, -c, -e, --hash…), URLs and local paths are not
// requirements by name and are neither counted nor judged.
import { type Dependency, type ManifestFacts, emptyFacts } from './manifest.js';

// PEP 508 name, optional extras, then the version specifiers up to a marker or comment.
const REQUIREMENT = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*([^;#]*)/;
const EXACT_PIN = /^===?\s*[^\s,*]+\s*$/;

export function readRequirements(text: string): ManifestFacts {
  const facts = emptyFacts('pypi');
  const unpinned: Dependency[] = [];
  let continued = false;
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    const wasContinued = continued;
    continued = line.endsWith('\\');
    // A backslash continuation carries `--hash` options of the line before; it names no package.
    if (wasContinued) return;
    const content = line.replace(/(^|\s)#.*$/, '').replace(/\\$/, '').trim();
    if (content === '' || content.startsWith('-') || content.includes('://') || /^[./~]/.test(content) || content.includes(' @ ')) return;
    const match = REQUIREMENT.exec(content);
    if (!match) return;
    const dependency: Dependency = { name: match[1] as string, line: index + 1, runtime: true };
    facts.dependencies.push(dependency);
    const specifier = (match[3] ?? '').replace(/\s--hash\S*/g, '').trim();
    if (!EXACT_PIN.test(specifier)) unpinned.push(dependency);
  });
  facts.unpinned = unpinned;
  return facts;
}
