import { describe, expect, it } from 'vitest';
import { mockDataIn } from './helpers.js';

const held = (line: number, name: string) => `${line}: \`${name}\` holds hard-coded mock data in production code`;
const returned = (line: number, name: string) => `${line}: \`${name}\` returns hard-coded mock data in production code`;
const imported = (line: number, module: string) => `${line}: imports the test or mock module \`${module}\` into production code`;

describe('stubs.mock-data in JavaScript and TypeScript', () => {
  it.each([
    ['exported camelCase array', 'src/data.ts', ['export const mockUsers = [', '  { id: 1 },', '];'], [held(1, 'mockUsers')]],
    ['typed object', 'src/data.ts', ['const fakeApiResponse: Record<string, User[]> = { a: [] };'], [held(1, 'fakeApiResponse')]],
    ['SCREAMING_CASE var', 'src/data.js', ['var DUMMY_PRODUCTS = [{ id: 1 }];'], [held(1, 'DUMMY_PRODUCTS')]],
    ['frozen object', 'src/data.mjs', ['export const STUB_DATA = Object.freeze({ a: 1 });'], [held(1, 'STUB_DATA')]],
    ['generated array', 'src/data.ts', ['const mockOrders = Array.from({ length: 20 }, (_, i) => ({ id: i }));'], [held(1, 'mockOrders')]],
    ['CommonJS export', 'src/data.cjs', ['module.exports.mockUsers = [{ id: 1 }];'], [held(1, 'mockUsers')]],
    ['function declaration', 'src/api.ts', ['export async function getMockUsers(): Promise<User[]> {', '  return [{ id: 1 }];', '}'], [returned(1, 'getMockUsers')]],
    ['arrow returning an object', 'src/api.js', ['export const fakeResponse = () => ({ ok: true });'], [returned(1, 'fakeResponse')]],
    ['arrow with a block body', 'src/api.ts', ['const fetchMockData = async (id: string) => {', '  return { id };', '};'], [returned(1, 'fetchMockData')]],
    ['class method', 'src/api.ts', ['class Api {', '  mockItems() {', '    return [1, 2];', '  }', '}'], [returned(2, 'mockItems')]],
    ['import from __mocks__', 'src/app.tsx', ["import { users } from '../__mocks__/users';"], [imported(1, '../__mocks__/users')]],
    ['side-effect import of a mock-data file', 'src/app.ts', ["import './mock-data.json';"], [imported(1, './mock-data.json')]],
    ['project alias to a mocks index', 'src/app.ts', ["import { handlers } from '@/mocks';"], [imported(1, '@/mocks')]],
    ['*.mock.ts convention', 'src/app.ts', ["import { user } from './user.mock';"], [imported(1, './user.mock')]],
    ['re-export from fixtures', 'src/index.ts', ["export * from './fixtures/orders';"], [imported(1, './fixtures/orders')]],
    ['top-level require', 'src/index.js', ["const data = require('../tests/data');"], [imported(1, '../tests/data')]],
  ])('counts %s', (_name, path, source, expected) => {
    expect(mockDataIn(path, source)).toEqual(expected);
  });

  it.each([
    ['marker inside a string or template', ["const users = ['mockUsers', `${'fakeData'}`];"]],
    ['marker inside comments', ['// const mockUsers = [1];', '/* fakeData = [1] */ const users = [1];']],
    ['whole words only', ['const mockingbirdData = [1];', 'const mockupUsers = [1];']],
    ['no data word at the end', ['const mockDataSource = { a: 1 };', 'export const useMockDataEnabled = [1];']],
    ['sampleRate and sample data', ['const sampleRate = [0.1];', 'const sampleData = [1];']],
    ['empty literals', ['const mockUsers = [];', 'let fakeDb = {};']],
    ['flags', ["const useMockData = process.env.MOCK === 'true';"]],
    ['a local variable', ['function Dashboard() {', '  const mockData = [1];', '  return mockData;', '}']],
    ['a parameter', ['function render(dummyData = [1]) {}']],
    ['type names', ['type MockUsers = { id: number }[];', 'interface FakeResponse { ok: boolean }']],
    ['a function returning a call', ['function getMockUsers() {', '  return api.get();', '}']],
    ['faker and mocking libraries', ["import { faker } from '@faker-js/faker';", "import { vi } from 'vitest';", "import nock from 'nock';"]],
    ['packages with mock folders', ["import { MockAgent } from 'undici/lib/mock/mock-agent';"]],
    ['singular mock folder of a mocking library', ["import { FakeTimers } from './mock/timers';"]],
    ['a dynamic import (the guarded dev pattern)', ["if (import.meta.env.DEV) { await import('./mocks/browser'); }"]],
    ['a type-only import', ["import type { User } from './mocks/types';"]],
    ['a require inside a function', ["function load() { return require('./mocks/data'); }"]],
    ['fetching a fixtures file by path', ["const data = await fetch('/data/fixtures.json');"]],
    ['a code module named mock-data (code about mock data)', ["import { mockDataCollector } from './mock-data.js';"]],
  ])('ignores %s', (_name, source) => {
    expect(mockDataIn('src/module.tsx', source)).toEqual([]);
  });

  it.each([
    ['test files', 'src/users.test.ts'],
    ['__tests__', 'src/__tests__/users.ts'],
    ['__mocks__', 'src/__mocks__/users.ts'],
    ['mocks folders', 'src/mocks/handlers.ts'],
    ['stories', 'src/Button.stories.tsx'],
    ['storybook', '.storybook/preview.ts'],
    ['seeds', 'prisma/seed.ts'],
    ['*.mock.ts', 'src/api.mock.ts'],
    ['demo', 'demo/app.js'],
  ])('skips %s', (_name, path) => {
    expect(mockDataIn(path, ['export const mockUsers = [1];'])).toEqual(['skipped']);
  });

  it('skips generated files', () => {
    expect(mockDataIn('src/api.ts', ['// @generated by protobuf-ts', 'export const mockUsers = [1];'])).toEqual([]);
  });

  it('does not throw on code it cannot follow', () => {
    expect(mockDataIn('src/api.ts', ['export const mockUsers = [', 'function getMockUsers() { return {', "import x from './mocks"])).toEqual([]);
  });
});

describe('stubs.mock-data finding shape', () => {
  it('carries kind, place, language and the rule', async () => {
    const { mockDataCollector } = await import('../../../src/collectors/mock-data.js');
    const { describeFile } = await import('../../../src/inventory/classify.js');
    expect(mockDataCollector.collect(describeFile('src/a.ts'), 'x;\n  export const fakeItems = [1];')).toEqual([
      {
        kind: 'stubs.mock-data',
        file: 'src/a.ts',
        line: 2,
        column: 16,
        language: 'typescript',
        message: '`fakeItems` holds hard-coded mock data in production code',
        data: { rule: 'definition', name: 'fakeItems' },
      },
    ]);
  });
});
