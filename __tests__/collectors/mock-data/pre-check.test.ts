// The whole-file pre-check lets the collector skip lexing; it must never hide a finding.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { lexJavaScript } from '../../../src/collectors/javascript/lexer.js';
import { isMockDataName, mayHoldMockData } from '../../../src/collectors/mock-data/names.js';
import { lexPython } from '../../../src/collectors/python/lexer.js';
import { mockDataIn } from './helpers.js';

vi.mock('../../../src/collectors/javascript/lexer.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/collectors/javascript/lexer.js')>();
  return { ...actual, lexJavaScript: vi.fn(actual.lexJavaScript) };
});
vi.mock('../../../src/collectors/python/lexer.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/collectors/python/lexer.js')>();
  return { ...actual, lexPython: vi.fn(actual.lexPython) };
});

const held = (line: number, name: string) => `${line}: \`${name}\` holds hard-coded mock data in production code`;
const returned = (line: number, name: string) => `${line}: \`${name}\` returns hard-coded mock data in production code`;
const imported = (line: number, module: string) => `${line}: imports the test or mock module \`${module}\` into production code`;

describe('stubs.mock-data pre-check keeps findings in unusual spellings', () => {
  it.each([
    ['an all-caps marker run into a PascalCase word', 'src/data.ts', ['export const MOCKEDUsers = [1];'], [held(1, 'MOCKEDUsers')]],
    ['a past-tense marker inside a name', 'src/api.js', ['export const getStubbedPayload = () => ({ ok: true });'], [returned(1, 'getStubbedPayload')]],
    ['a marker deep in a long file', 'src/data.ts', [...Array.from({ length: 500 }, (_, i) => `const a${i} = ${i};`), 'var DUMMY_ROWS = [1];'], [held(501, 'DUMMY_ROWS')]],
    ['a fixture suffix without any marker word', 'src/app.ts', ["import data from './orders.fixture';"], [imported(1, './orders.fixture')]],
    ['a __tests__ folder behind a project alias', 'src/app.ts', ["import { data } from '@/__tests__/data';"], [imported(1, '@/__tests__/data')]],
    ['a test folder in a double-quoted require', 'src/index.js', ['const helpers = require("../test/helpers");'], [imported(1, '../test/helpers')]],
    ['a bare tests root', 'src/index.ts', ["import 'tests/setup';"], [imported(1, 'tests/setup')]],
  ])('JavaScript: %s', (_name, path, source, expected) => {
    expect(mockDataIn(path, source)).toEqual(expected);
  });

  it.each([
    ['a __tests__ package in a relative import', ['from .__tests__.factories import user'], [imported(1, '.__tests__.factories')]],
    ['a test package after a line continuation', ['import os, \\', '    test.support'], [imported(1, 'test.support')]],
    ['a capitalised marker in a snake_case name', ['Fake_Records = [{"id": 1}]'], [held(1, 'Fake_Records')]],
  ])('Python: %s', (_name, source, expected) => {
    expect(mockDataIn('app/data.py', source)).toEqual(expected);
  });
});

describe('mayHoldMockData', () => {
  const javascript = false;
  const python = true;
  it.each([
    ['JavaScript with test only inside words', 'const latest = contest(attest);', javascript, false],
    ['JavaScript with a test path segment', "const p = '/api/test';", javascript, true],
    ['Python with test only inside names', 'latest = run_tests(attest)', python, false],
    ['Python with a whole test name', 'import test', python, true],
    ['a marker in a comment', '# the Mock server answers', python, true],
    ['no marker at all', 'users = load_users()', python, false],
  ])('%s', (_name, text, isPython, expected) => {
    expect(mayHoldMockData(text, isPython)).toBe(expected);
  });
});

describe('isMockDataName', () => {
  it.each([
    ['MOCKEDUsers', true],
    ['getStubbedPayload', true],
    ['mOckUsers', false],
    ['mockingbirdData', false],
    ['unmockedData', false],
  ])('%s', (name, expected) => {
    expect(isMockDataName(name)).toBe(expected);
  });
});

describe('stubs.mock-data lexes only files that pass the pre-check', () => {
  beforeEach(() => {
    vi.mocked(lexJavaScript).mockClear();
    vi.mocked(lexPython).mockClear();
  });

  it('does not lex a JavaScript file without any signal', () => {
    expect(mockDataIn('src/data.ts', ['export const users = [{ id: 1 }];'])).toEqual([]);
    expect(lexJavaScript).not.toHaveBeenCalled();
  });

  it('lexes a JavaScript file with a marker word', () => {
    expect(mockDataIn('src/data.ts', ['export const mockUsers = [{ id: 1 }];'])).toEqual([held(1, 'mockUsers')]);
    expect(lexJavaScript).toHaveBeenCalledTimes(1);
  });

  it('does not lex a Python file without any signal', () => {
    expect(mockDataIn('app/data.py', ['USERS = [{"id": 1}]', 'latest = 1'])).toEqual([]);
    expect(lexPython).not.toHaveBeenCalled();
  });

  it('lexes a Python file with a marker word', () => {
    expect(mockDataIn('app/data.py', ['MOCK_USERS = [{"id": 1}]'])).toEqual([held(1, 'MOCK_USERS')]);
    expect(lexPython).toHaveBeenCalledTimes(1);
  });
});
