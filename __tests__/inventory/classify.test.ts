import { describe, expect, it } from 'vitest';
import { describeFile } from '../../src/inventory/classify.js';

describe('describeFile', () => {
  it.each([
    ['pkg/test_api.py', 'python', true, true],
    ['pkg/api_test.py', 'python', true, true],
    ['pkg/testing.py', 'python', false, false],
    ['pkg/conftest.py', 'python', true, false],
    ['pkg/tests.py', 'python', true, false],
    ['tests/helpers.py', 'python', true, false],
    ['src/spec/helpers.ts', 'typescript', true, false],
    ['src/app.test.tsx', 'typescript', true, true],
    ['src/app.spec.mjs', 'javascript', true, true],
    ['src/app.test.unit.js', 'javascript', true, true],
    ['src/__tests__/app.js', 'javascript', true, true],
    ['src/__tests__/data.json', undefined, true, false],
    ['src/contest.py', 'python', false, false],
    ['src/attestation.ts', 'typescript', false, false],
    ['Dockerfile', undefined, false, false],
  ])('%s', (filePath, language, isTest, isTestFile) => {
    expect(describeFile(filePath)).toEqual({ path: filePath, language, isTest, isTestFile });
  });
});
