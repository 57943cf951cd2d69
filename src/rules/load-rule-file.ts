// The one place that reads rule files from disk.
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { findPresetsDir, presetLoader } from './presets.js';
import { resolveRuleFileText, type RuleTarget } from './resolve-rule-set.js';
import { RuleFileError, type RuleSet } from './rule-set.js';

/** Rule files are a few kilobytes; a larger one is a mistake (or an attempt to stall the gate). */
export const MAX_RULE_FILE_BYTES = 1024 * 1024;

// O_NOFOLLOW: a file swapped for a link after the lstat still cannot be read through. O_NONBLOCK: opening a
// named pipe returns at once instead of waiting for a writer, so the fstat below can refuse it. (Windows has
// neither flag; there the lstat alone refuses links.)
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

function isNodeError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

/**
 * A pull request can turn a folder above the rule file into a link (`.github -> /somewhere`), which would make
 * us read, and quote back in problems, a file outside the repository. Folders between `root` and the file
 * must be real folders; a rule file outside `root` is the user's own choice (trusted workflow input).
 */
function refuseLinkedFolders(file: string, displayPath: string, root: string): void {
  const relative = path.relative(root, path.dirname(file));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return;
  let folder = root;
  for (const part of relative.split(path.sep)) {
    folder = path.join(folder, part);
    if (lstatSync(folder).isSymbolicLink()) {
      const shown = path.relative(root, folder).split(path.sep).join('/');
      throw new RuleFileError([`${displayPath}: ${shown} is a symbolic link; a rule file is never read through one`]);
    }
  }
}

function refuseNonRegular(stats: Stats, displayPath: string): void {
  // A link (e.g. to /proc/self/environ) would have its target's text quoted back in problems.
  if (stats.isSymbolicLink()) throw new RuleFileError([`${displayPath}: is a symbolic link; a rule file must be a regular file`]);
  if (stats.isDirectory()) {
    throw new RuleFileError([`${displayPath}: is a directory; give the path of a YAML rule file such as .github/readiness.yml`]);
  }
  // A named pipe would block the read forever; a device could stream without end.
  if (!stats.isFile()) throw new RuleFileError([`${displayPath}: is not a regular file (a pipe, socket or device); a rule file must be a regular file`]);
  if (stats.size > MAX_RULE_FILE_BYTES) {
    throw new RuleFileError([`${displayPath}: is ${stats.size} bytes; a rule file may be at most ${MAX_RULE_FILE_BYTES} bytes`]);
  }
}

function readRuleFileText(file: string, displayPath: string, root: string | undefined): string {
  try {
    if (root !== undefined) refuseLinkedFolders(file, displayPath, root);
    refuseNonRegular(lstatSync(file), displayPath);
    const descriptor = openSync(file, OPEN_FLAGS);
    try {
      refuseNonRegular(fstatSync(descriptor), displayPath);
      return readFileSync(descriptor, 'utf8');
    } finally {
      closeSync(descriptor);
    }
  } catch (error) {
    if (!isNodeError(error)) throw error;
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') throw new RuleFileError([`${displayPath}: no such rule file`]);
    if (error.code === 'ELOOP') throw new RuleFileError([`${displayPath}: is a symbolic link; a rule file must be a regular file`]);
    throw new RuleFileError([`${displayPath}: cannot read the rule file (${error.code}: ${error.message})`]);
  }
}

/**
 * Whether the rule file at `file` is there to be loaded: anything at that path counts (a link or a folder
 * too, so that loading it refuses it with a message), but a path through a regular file (`.github` being a
 * file) is simply absent.
 */
export function ruleFileIsPresent(file: string): boolean {
  try {
    return lstatSync(file, { throwIfNoEntry: false }) !== undefined;
  } catch (error) {
    if (isNodeError(error) && error.code === 'ENOTDIR') return false;
    throw error;
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

/**
 * Reads, validates and resolves a rule file; throws RuleFileError listing every problem. With `root` (the
 * repository), no folder between it and the file may be a symbolic link.
 */
export function loadRuleFile(file: string, displayPath: string, target?: RuleTarget, root?: string): RuleSet {
  return loadRuleFileText(readRuleFileText(file, displayPath, root), displayPath, target);
}

// The rule engine's public entry: callers import everything they need from here.
export { loadPresetRuleSet } from './presets.js';
export { RuleFileError, type Check, type Rule, type RuleSet } from './rule-set.js';
export type { RuleTarget } from './resolve-rule-set.js';
