// Writes a seeded corpus of generated files to a folder. `DIFFERENTIAL_FILES` sets how many per language
// (200 by default keeps `npm test` to seconds; the long mode uses thousands), `DIFFERENTIAL_SEED` the seed.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { languageOf } from '../../src/inventory/classify.js';
import { generateJavaScriptFile } from './generate-javascript.js';
import { generatePythonFile, type GeneratedFile } from './generate-python.js';
import type { CorpusFile, DifferentialLanguage } from './metrics.js';
import { seededRandom } from './seeded-random.js';

export const DEFAULT_FILES = 200;
export const DEFAULT_SEED = 20240611;

export function corpusSize(env: NodeJS.ProcessEnv = process.env): { files: number; seed: number } {
  const files = Number.parseInt(env['DIFFERENTIAL_FILES'] ?? '', 10);
  const seed = Number.parseInt(env['DIFFERENTIAL_SEED'] ?? '', 10);
  return { files: Number.isFinite(files) && files > 0 ? files : DEFAULT_FILES, seed: Number.isFinite(seed) ? seed : DEFAULT_SEED };
}

export function writeCorpus(root: string, kind: 'python' | 'javascript', count: number, seed: number): CorpusFile[] {
  // One stream per language, so changing one generator leaves the other corpus as it was.
  const random = seededRandom(seed + (kind === 'python' ? 0 : 1));
  const files: CorpusFile[] = [];
  for (let n = 0; n < count; n++) {
    const generated: GeneratedFile = kind === 'python' ? generatePythonFile(random, n) : generateJavaScriptFile(random, n);
    const target = path.join(root, generated.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, generated.text);
    files.push({ path: generated.path, language: languageOf(generated.path) as DifferentialLanguage });
  }
  return files;
}
