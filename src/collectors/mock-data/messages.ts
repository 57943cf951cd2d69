// The words of `stubs.mock-data` findings, shared by both languages so they read the same everywhere.

export type MockDataRule = 'definition' | 'function' | 'import';

export function definitionMessage(name: string): string {
  return `\`${name}\` holds hard-coded mock data in production code`;
}

export function functionMessage(name: string): string {
  return `\`${name}\` returns hard-coded mock data in production code`;
}

export function importMessage(module: string): string {
  return `imports the test or mock module \`${module}\` into production code`;
}
