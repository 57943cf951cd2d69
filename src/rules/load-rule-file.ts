// The one place that reads rule files from disk.
import { lstatSync, readFileSync } from 'node:fs';
import { findPresetsDir, presetLoader } from './presets.js';
import { resolveRuleFileText, type RuleTarget } from './resolve-rule-set.js';
import { RuleFileError, type RuleSet } from './rule-set.js';

function isNodeError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

function readRuleFileText(path: string, displayPath: string): string {
  try {
    // A pull request can replace the rule file with a link to a secret (e.g. /proc/self/environ),
    // whose text would then be quoted back in problems; rule files must be regular files.
    const stats = lstatSync(path);
    if (stats.isSymbolicLink()) throw new RuleFileError([`${displayPath}: is a symbolic link; a rule file must be a regular file`]);
    if (stats.isDirectory()) {
      throw new RuleFileError([`${displayPath}: is a directory; give the path of a YAML rule file such as .github/readiness.yml`]);
    }
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (!isNodeError(error)) throw error;
    if (error.code === 'ENOENT') throw new RuleFileError([`${displayPath}: no such rule file`]);
    throw new RuleFileError([`${displayPath}: cannot read the rule file (${error.code}: ${error.message})`]);
  }
}

/**
 * Validates and resolves rule-file text, e.g. the base branch's rule file read from git; the profile
 * that matches `target` applies. Throws RuleFileError listing every problem.
 */
export function loadRuleFileText(text: string, displayPath: string, target?: RuleTarget): RuleSet {
  return resolveRuleFileText(text, {
    displayPath,
    source: displayPath,
    chain: [],
    loadPreset: presetLoader(findPresetsDir()),
    target,
  });
}

/** Reads, validates and resolves a rule file; throws RuleFileError listing every problem. */
export function loadRuleFile(path: string, displayPath: string, target?: RuleTarget): RuleSet {
  return loadRuleFileText(readRuleFileText(path, displayPath), displayPath, target);
}

// The rule engine's public entry: callers import everything they need from here.
export { loadPresetRuleSet } from './presets.js';
export { RuleFileError, type Check, type Rule, type RuleSet } from './rule-set.js';
export type { RuleTarget } from './resolve-rule-set.js';
