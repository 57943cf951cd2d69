// Which files are dependency manifests, and the reader for each.
import { readComposerJson, readPackageJson } from './json-manifests.js';
import { readGemfile, readGoMod, readGradle } from './line-manifests.js';
import type { ManifestFacts } from './manifest.js';
import { readRequirements } from './requirements.js';
import { readCargoToml, readPipfile, readPyproject } from './toml-manifests.js';
import { readCsproj, readPom } from './xml-manifests.js';

type Reader = (text: string) => ManifestFacts;

const READERS_BY_NAME: Record<string, Reader> = {
  'package.json': readPackageJson,
  'composer.json': readComposerJson,
  'pyproject.toml': readPyproject,
  Pipfile: readPipfile,
  'go.mod': readGoMod,
  'Cargo.toml': readCargoToml,
  Gemfile: readGemfile,
  'pom.xml': readPom,
  'build.gradle': readGradle,
  'build.gradle.kts': readGradle,
};

/** The reader for a manifest path, or undefined when the file is not one. */
export function manifestReader(path: string): Reader | undefined {
  const slash = path.lastIndexOf('/');
  const basename = path.slice(slash + 1);
  if (Object.hasOwn(READERS_BY_NAME, basename)) return READERS_BY_NAME[basename];
  if (basename.endsWith('.csproj')) return readCsproj;
  // requirements.txt, requirements-dev.txt, requirements/base.txt; pip-tools' *.in inputs are not pins.
  if (basename.endsWith('.txt')) {
    const folder = path.slice(path.lastIndexOf('/', slash - 1) + 1, Math.max(slash, 0));
    if (basename.startsWith('requirements') || folder === 'requirements') return readRequirements;
  }
  return undefined;
}
