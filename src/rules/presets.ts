// The built-in presets: `rules/<name>.yml` in the package, parsed and checked like any rule file.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveRuleFileText, type PresetLoader } from './resolve-rule-set.js';
import { RuleFileError, type RuleSet } from './rule-set.js';
import { PRESET_NAMES, type PresetName } from './schema.js';

const MAX_LEVELS_UP = 4;

/**
 * The package's `rules/` folder. The same code runs as `src/rules/*.ts` under vitest and bundled
 * into `dist/*.js`, so the folder is searched upwards; a static relative path would be wrong in one
 * of them (and a bundler would try to inline it).
 */
export function findPresetsDir(startDir: string = path.dirname(fileURLToPath(import.meta.url))): string {
  const tried: string[] = [];
  let dir = startDir;
  for (let level = 0; level <= MAX_LEVELS_UP; level++) {
    const candidate = path.join(dir, 'rules');
    if (existsSync(path.join(candidate, 'recommended.yml'))) return candidate;
    tried.push(candidate);
    dir = path.dirname(dir);
  }
  throw new Error(`readiness-gate cannot find its presets (rules/recommended.yml); looked in ${tried.join(', ')}`);
}

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

/** A loader for the presets in `presetsDir`, for rule files that extend them. */
export function presetLoader(presetsDir: string): PresetLoader {
  const load: PresetLoader = (name, chain) => {
    const file = path.join(presetsDir, `${name}.yml`);
    return resolveRuleFileText(readFileSync(file, 'utf8'), {
      displayPath: file,
      source: `built-in:${name}`,
      chain: [...chain, name],
      loadPreset: load,
    });
  };
  return load;
}

export function loadPresetRuleSet(name: string, presetsDir: string = findPresetsDir()): RuleSet {
  if (!isPresetName(name)) {
    throw new RuleFileError([`unknown preset ${JSON.stringify(name)}; built-in presets: ${PRESET_NAMES.join(', ')}`]);
  }
  return presetLoader(presetsDir)(name, []);
}
