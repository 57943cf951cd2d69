// Reads each file once, as the scan does, and asks the scanner and the reference for its findings.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describeFile } from '../../src/inventory/classify.js';
import { decodeText } from '../../src/scan/read-text.js';
import type { ComparedFile } from './compare.js';
import type { CorpusFile, ReferenceOutcome } from './metrics.js';
import { findPython, runPythonReference } from './python-reference.js';
import { scannerLines } from './scanner-counts.js';
import { typescriptReference } from './typescript-reference.js';

export interface DifferentialResult {
  compared: ComparedFile[];
  /** Why the Python files were not compared, when python3 is missing. */
  pythonMissing?: string;
}

export function readCorpusText(root: string, file: CorpusFile): string {
  return decodeText(readFileSync(path.join(root, file.path))) ?? '';
}

export function runDifferential(root: string, files: readonly CorpusFile[]): DifferentialResult {
  const python = files.filter((file) => file.language === 'python');
  const found = python.length > 0 ? findPython() : undefined;
  const pythonMissing = found && 'missing' in found ? found.missing : undefined;
  const pythonOutcomes = python.length > 0 && pythonMissing === undefined
    ? runPythonReference(root, python.map((file) => {
      const described = describeFile(file.classifyAs ?? file.path);
      return { path: file.path, isTest: described.isTest, isTestFile: described.isTestFile };
    }))
    : new Map<string, ReferenceOutcome>();
  const compared: ComparedFile[] = [];
  for (const file of files) {
    if (file.language === 'python' && pythonMissing !== undefined) continue;
    const described = describeFile(file.classifyAs ?? file.path);
    const text = readCorpusText(root, file);
    const reference = file.language === 'python'
      ? pythonOutcomes.get(file.path) ?? { error: 'python3 gave no answer for this file' }
      : typescriptReference(file.path, text, described);
    compared.push({ path: file.path, language: file.language, scanner: scannerLines(described, text), reference });
  }
  return pythonMissing === undefined ? { compared } : { compared, pythonMissing };
}
