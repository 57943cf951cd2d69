// The scanner's known disagreements with the reference (see known-gaps.ts), pinned so a fix is noticed.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { languageOf } from '../../src/inventory/classify.js';
import { compareFiles } from './compare.js';
import { KNOWN_GAPS } from './known-gaps.js';
import type { DifferentialLanguage } from './metrics.js';
import { runDifferential } from './run-differential.js';

describe('differential: known scanner gaps (fixing one makes its test fail; then move it into the generator)', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'readiness-differential-gaps-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  for (const gap of KNOWN_GAPS) {
    it.fails(`${gap.path}: ${gap.why}`, () => {
      const target = path.join(root, gap.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, gap.text);
      const file = { path: gap.path, language: languageOf(gap.path) as DifferentialLanguage };
      const { compared } = runDifferential(root, [file]);
      expect(compareFiles(compared).disagreements).toEqual([]);
    });
  }
});
