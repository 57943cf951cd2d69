// Manifests read line by line: go.mod, Gemfile and Gradle build scripts.
import { codeLines } from '../operability/code-lines.js';
import { type ManifestFacts, emptyFacts } from './manifest.js';

const GO_REQUIRE_LINE = /^require\s+([^\s(]+)\s+\S+/;
const GO_BLOCK_ITEM = /^([^\s)]+)\s+v\S+/;

/**
 * go.mod `require` lines, single or in a block. `// indirect` requirements are not the module's own
 * choice and are skipped as dependencies, but any requirement at all means go.sum is expected.
 */
export function readGoMod(text: string): ManifestFacts {
  const facts = emptyFacts('go');
  let inRequireBlock = false;
  let requirements = 0;
  text.split('\n').forEach((raw, index) => {
    const indirect = /\/\/\s*indirect\b/.test(raw);
    const line = raw.replace(/\/\/.*$/, '').trim();
    let name: string | undefined;
    if (inRequireBlock) {
      if (line.startsWith(')')) inRequireBlock = false;
      else name = GO_BLOCK_ITEM.exec(line)?.[1];
    } else if (/^require\s*\($/.test(line)) {
      inRequireBlock = true;
    } else {
      name = GO_REQUIRE_LINE.exec(line)?.[1];
    }
    if (name === undefined) return;
    requirements += 1;
    if (!indirect) facts.dependencies.push({ name, line: index + 1, runtime: true });
  });
  if (requirements > 0) {
    facts.lock = 'always';
    facts.lockfiles = ['go.sum'];
  }
  return facts;
}

const GEM = /^\s*gem\s*\(?\s*["']([^"']+)["']/;

/** Gemfile `gem "name"` lines. A gem's own Gemfile (`gemspec`) is for development; its lockfile is optional. */
export function readGemfile(text: string): ManifestFacts {
  const facts = emptyFacts('rubygems');
  let groupDepth = 0;
  let gemspec = false;
  codeLines(text, 'ruby').forEach((line, index) => {
    if (/^\s*group\b.*\bdo\b/.test(line)) groupDepth += 1;
    else if (groupDepth > 0 && /^\s*end\b/.test(line)) groupDepth -= 1;
    if (/^\s*gemspec\b/.test(line)) gemspec = true;
    const name = GEM.exec(line)?.[1];
    // Gems inside `group :development, :test do` blocks are not shipped; any other group is.
    if (name !== undefined) facts.dependencies.push({ name, line: index + 1, runtime: groupDepth === 0 });
  });
  if (!gemspec) {
    facts.lock = 'always';
    facts.lockfiles = ['Gemfile.lock'];
  }
  return facts;
}

const GRADLE_CONFIGURATION = /^\s*(\w+)\s*\(?\s*(?:platform\(\s*)?["']([\w.\-]+):([\w.\-]+)(?::[^"']*)?["']/;
const GRADLE_MAP_NOTATION = /^\s*(\w+)\s*\(?\s*group\s*[:=]\s*["']([\w.\-]+)["']\s*,\s*name\s*[:=]\s*["']([\w.\-]+)["']/;

/** build.gradle / build.gradle.kts dependency declarations in string or map notation. Catalog aliases (`libs.x`) are not resolved. */
export function readGradle(text: string): ManifestFacts {
  const facts = emptyFacts('maven');
  codeLines(text, 'kotlin').forEach((line, index) => {
    const match = GRADLE_CONFIGURATION.exec(line) ?? GRADLE_MAP_NOTATION.exec(line);
    if (!match) return;
    const configuration = match[1] as string;
    facts.dependencies.push({ name: `${match[2]}:${match[3]}`, line: index + 1, runtime: !/^test/i.test(configuration) });
  });
  return facts;
}
