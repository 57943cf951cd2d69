// Shared by the collectors that read YAML and JSON files for their top-level keys (OpenAPI specs,
// Kubernetes manifests): which files to read, and how to tell a template from a broken file.
import type { SourceFile } from '../evidence.js';

const STRUCTURED_EXTENSION = /\.(ya?ml|json)$/i;
// Lockfiles and tool configs are JSON/YAML but never specs or manifests; skipping them saves a parse.
const NEVER_SPECS = new Set(['package.json', 'package-lock.json', 'composer.json', 'pnpm-lock.yaml', 'tsconfig.json']);

export function isStructuredFile(file: SourceFile): boolean {
  const basename = file.path.slice(file.path.lastIndexOf('/') + 1);
  return !file.isTest && STRUCTURED_EXTENSION.test(basename) && !NEVER_SPECS.has(basename);
}

/**
 * Helm charts and other Go/Jinja templates hold `{{ … }}`; until rendered they are not the YAML they
 * become, so they are neither read nor reported as broken.
 */
export function isTemplate(text: string): boolean {
  return text.includes('{{');
}

export function isJsonPath(path: string): boolean {
  return path.toLowerCase().endsWith('.json');
}
