// pyproject.toml, Pipfile and Cargo.toml, read with toml-lines.ts.
import { type Dependency, type ManifestFacts, emptyFacts } from './manifest.js';
import { readTomlLines, type TomlEntry } from './toml-lines.js';

const PEP508_NAME = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/;

export function readPyproject(text: string): ManifestFacts {
  const facts = emptyFacts('pypi');
  const toml = readTomlLines(text);
  if (toml.problem) facts.problem = toml.problem;
  for (const entry of toml.entries) {
    if (entry.table === 'project' && entry.key === 'dependencies') facts.dependencies.push(...pep508Items(entry, true));
    else if (entry.table === 'project.optional-dependencies') facts.dependencies.push(...pep508Items(entry, true));
    else if (entry.table === 'dependency-groups' || (entry.table === 'tool.uv' && entry.key === 'dev-dependencies')) {
      facts.dependencies.push(...pep508Items(entry, false));
    } else if (/^tool\.poetry\.(group\.[^.]+\.)?(dev-)?dependencies$/.test(entry.table) && entry.key !== 'python') {
      facts.dependencies.push({ name: entry.key, line: entry.line, runtime: entry.table === 'tool.poetry.dependencies' });
    }
  }
  // Poetry, uv and PDM write a lockfile; setuptools, hatch and flit do not, so a plain [project] expects none.
  const managed = toml.headers.some((header) => /^tool\.(poetry|uv|pdm)(\.|$)/.test(header.table));
  if (managed && facts.dependencies.length > 0) {
    facts.lock = 'always';
    facts.lockfiles = ['poetry.lock', 'uv.lock', 'pdm.lock'];
  }
  return facts;
}

export function readPipfile(text: string): ManifestFacts {
  const facts = emptyFacts('pypi');
  const toml = readTomlLines(text);
  if (toml.problem) facts.problem = toml.problem;
  for (const entry of toml.entries) {
    if (entry.table === 'packages' || entry.table === 'dev-packages') {
      facts.dependencies.push({ name: entry.key, line: entry.line, runtime: entry.table === 'packages' });
    }
  }
  facts.lock = 'always';
  facts.lockfiles = ['Pipfile.lock'];
  return facts;
}

const CARGO_SECTION = /^(?:target\..+\.|workspace\.)?(dev-|build-)?dependencies(?:\.(.+))?$/;

export function readCargoToml(text: string): ManifestFacts {
  const facts = emptyFacts('cargo');
  const toml = readTomlLines(text);
  if (toml.problem) facts.problem = toml.problem;
  for (const header of toml.headers) {
    // `[dependencies.serde]` declares one dependency as a table.
    const section = CARGO_SECTION.exec(header.table);
    if (section?.[2] !== undefined) facts.dependencies.push({ name: section[2], line: header.line, runtime: section[1] === undefined });
  }
  for (const entry of toml.entries) {
    const section = CARGO_SECTION.exec(entry.table);
    if (section && section[2] === undefined) facts.dependencies.push({ name: entry.key, line: entry.line, runtime: section[1] === undefined });
  }
  facts.dependencies.sort((a, b) => a.line - b.line);
  facts.binaryTarget = toml.headers.some((header) => header.array && header.table === 'bin');
  if (toml.headers.some((header) => header.table === 'package')) {
    facts.lock = 'binary-crate';
    facts.lockfiles = ['Cargo.lock'];
    facts.lockInParent = true;
  }
  return facts;
}

function pep508Items(entry: TomlEntry, runtime: boolean): Dependency[] {
  const dependencies: Dependency[] = [];
  for (const item of entry.items ?? []) {
    const name = PEP508_NAME.exec(item.text)?.[1];
    if (name !== undefined) dependencies.push({ name, line: item.line, runtime });
  }
  return dependencies;
}
