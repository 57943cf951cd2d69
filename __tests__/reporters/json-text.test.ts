import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { jsonTextChunks, writeJsonFile } from '../../src/reporters/json-text.js';
import { sampleChangeReport, sampleReport } from './fixture.js';

const textOf = (value: unknown): { text: string; writes: number } => {
  const chunks = [...jsonTextChunks(value)];
  return { text: chunks.join(''), writes: chunks.length };
};

describe('jsonTextChunks', () => {
  it('writes exactly what JSON.stringify(value, null, 2) does, for a report', () => {
    const report = sampleReport();
    expect(textOf(report).text).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  it('writes exactly what JSON.stringify does, for a pull-request report', () => {
    const report = sampleChangeReport();
    expect(textOf(report).text).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  it('matches JSON.stringify on any JSON value, including empty containers and awkward strings', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        expect(textOf(value).text).toBe(`${JSON.stringify(value, null, 2)}\n`);
      }),
      { numRuns: 1000 },
    );
  });

  it('matches JSON.stringify on long arrays, written a group of items at a time', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 3 }), { minLength: 200, maxLength: 700 }), (items) => {
        const value = { items, nested: { items }, list: [items, [items]] };
        expect(textOf(value).text).toBe(`${JSON.stringify(value, null, 2)}\n`);
      }),
      { numRuns: 40 },
    );
    const odd = { items: Array.from({ length: 600 }, (_, i) => (i % 3 === 0 ? undefined : i % 3 === 1 ? () => i : new Date(i))) };
    expect(textOf(odd).text).toBe(`${JSON.stringify(odd, null, 2)}\n`);
  });

  it('leaves out undefined and function members as JSON.stringify does', () => {
    const value = { a: undefined, b: () => 1, c: [undefined, 1], d: { e: undefined }, f: new Date(0) };
    expect(textOf(value).text).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('hands a large report over in several pieces, never as one string', () => {
    const findings = Array.from({ length: 40_000 }, (_, i) => ({ kind: 'tests.cases', file: `src/f${i}.test.ts`, line: i + 1, message: `test \`case ${i}\`` }));
    const { text, writes } = textOf({ findings });
    expect(writes).toBeGreaterThan(2);
    expect(text).toBe(`${JSON.stringify({ findings }, null, 2)}\n`);
  });
});

describe('writeJsonFile', () => {
  let folder: string | undefined;
  afterEach(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('replaces the file with the JSON text', () => {
    folder = mkdtempSync(path.join(tmpdir(), 'json-text-'));
    const file = path.join(folder, 'report.json');
    writeJsonFile(file, { old: 'x'.repeat(1000) });
    writeJsonFile(file, { verdict: 'pass', findings: [{ line: 1 }] });
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify({ verdict: 'pass', findings: [{ line: 1 }] }, null, 2)}\n`);
  });
});
