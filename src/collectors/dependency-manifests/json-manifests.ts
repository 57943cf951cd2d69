// package.json and composer.json. Parsed with the YAML reader (JSON is YAML 1.2 flow syntax) so
// every dependency keeps the line of its key.
import { isMap } from 'yaml';
import { mappingEntries, mappingEntry, parseYaml, rootMapping, scalarText, type YamlSource } from '../yaml-source.js';
import { type Dependency, type ManifestFacts, NPM_LOCKFILES, emptyFacts } from './manifest.js';

const NPM_SECTIONS: Record<string, boolean> = {
  dependencies: true,
  optionalDependencies: true,
  peerDependencies: true,
  devDependencies: false,
};

export function readPackageJson(text: string): ManifestFacts {
  const facts = emptyFacts('npm');
  const root = parseRoot(text, facts);
  if (root === undefined) return facts;
  const { source, node } = root;
  for (const [section, runtime] of Object.entries(NPM_SECTIONS)) {
    facts.dependencies.push(...entriesOf(source, mappingEntry(source, node, section)?.value, runtime));
  }
  facts.workspaceRoot = mappingEntry(source, node, 'workspaces') !== undefined;
  // npm, yarn, pnpm and bun all write a lockfile as soon as there is something to install.
  if (facts.dependencies.length > 0 || facts.workspaceRoot) {
    facts.lock = 'always';
    facts.lockfiles = NPM_LOCKFILES;
    facts.lockInParent = true;
  }
  return facts;
}

export function readComposerJson(text: string): ManifestFacts {
  const facts = emptyFacts('composer');
  const root = parseRoot(text, facts);
  if (root === undefined) return facts;
  const { source, node } = root;
  const platform = (name: string) => name === 'php' || name.startsWith('ext-') || name.startsWith('lib-') || name === 'composer-plugin-api';
  for (const [section, runtime] of [['require', true], ['require-dev', false]] as const) {
    const entries = entriesOf(source, mappingEntry(source, node, section)?.value, runtime);
    facts.dependencies.push(...entries.filter((entry) => !platform(entry.name)));
  }
  // Composer's default type is `library`, whose lockfile is not used by its dependants; a `project` commits one.
  const type = scalarText(mappingEntry(source, node, 'type')?.value ?? null);
  if (type === 'project' && facts.dependencies.length > 0) {
    facts.lock = 'always';
    facts.lockfiles = ['composer.lock'];
  }
  return facts;
}

function parseRoot(text: string, facts: ManifestFacts): { source: YamlSource; node: unknown } | undefined {
  const parsed = parseYaml(text);
  if (!parsed.ok) {
    facts.problem = { line: parsed.problem.line, message: `invalid JSON: ${parsed.problem.message}` };
    return undefined;
  }
  const document = parsed.source.documents[0];
  const node = document ? rootMapping(parsed.source, document) : null;
  if (!isMap(node)) {
    facts.problem = { line: 1, message: 'invalid JSON: the top level is not an object' };
    return undefined;
  }
  return { source: parsed.source, node };
}

function entriesOf(source: YamlSource, section: unknown, runtime: boolean): Dependency[] {
  return mappingEntries(source, section).map((entry) => ({ name: entry.key, line: entry.line, runtime }));
}
