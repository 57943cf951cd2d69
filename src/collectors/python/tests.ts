// `tests.cases` and `tests.skipped`: what pytest and unittest would collect, read statically.
import type { Finding, SourceFile } from '../../evidence.js';
import type { Statement } from './structure.js';
import { classHeader, decoratorName, definedName, dottedNameAt, lastPart, type ClassHeader } from './syntax.js';

// Blocks whose definitions still land in the enclosing module or class namespace.
const NAMESPACE_BLOCKS = new Set(['if', 'elif', 'else', 'try', 'except', 'finally', 'with']);
const PYTEST_SKIP_MARKS = new Set(['skip', 'skipif', 'xfail']);
const UNITTEST_SKIP_DECORATORS = new Set(['skip', 'skipIf', 'skipUnless']);

interface EnclosingClass {
  statement: Statement;
  header: ClassHeader;
}

/** Statements defined in a namespace: its body, looking through if/try/with blocks. */
export function namespaceMembers(body: readonly Statement[], into: Statement[] = []): Statement[] {
  for (const statement of body) {
    into.push(statement);
    if (NAMESPACE_BLOCKS.has(statement.kind)) namespaceMembers(statement.body, into);
  }
  return into;
}

function isPytestSkipMark(parts: readonly string[]): boolean {
  return parts.length >= 2 && parts[parts.length - 2] === 'mark' && PYTEST_SKIP_MARKS.has(lastPart(parts));
}

function isUnittestSkip(parts: readonly string[]): boolean {
  return UNITTEST_SKIP_DECORATORS.has(lastPart(parts)) &&
    (parts.length === 1 || parts[parts.length - 2] === 'unittest');
}

function skipDecorator(decorators: readonly Statement[]): string | undefined {
  for (const decorator of decorators) {
    const parts = decoratorName(decorator);
    if (isPytestSkipMark(parts) || isUnittestSkip(parts)) return parts.join('.');
  }
  return undefined;
}

/** The first skip mark in a `pytestmark = …` (or `pytestmark: T = …`) assigned in this namespace. */
function pytestmarkSkip(body: readonly Statement[]): string | undefined {
  for (const statement of namespaceMembers(body)) {
    if (statement.kind !== 'simple' || !statement.startsWithName('pytestmark')) continue;
    const { tokens } = statement;
    const assign = tokens.findIndex((token) => token.type === 'op' && token.text === '=');
    if (assign < 0) continue;
    for (let i = assign + 1; i < tokens.length; i++) {
      if (tokens[i - 1]?.text === '.') continue;
      const parts = dottedNameAt(tokens, i);
      if (isPytestSkipMark(parts)) return `${parts.join('.')} via pytestmark`;
    }
  }
  return undefined;
}

function isTestFunction(statement: Statement): boolean {
  return statement.kind === 'def' && definedName(statement).startsWith('test');
}

function definesInit(body: readonly Statement[]): boolean {
  return namespaceMembers(body).some((member) => member.kind === 'def' && definedName(member) === '__init__');
}

export function collectTests(module: Statement, file: SourceFile): Finding[] {
  const findings: Finding[] = [];
  const counted = new Set<Statement>();
  const moduleSkip = pytestmarkSkip(module.body);
  // Read once per class: a class may hold thousands of tests.
  const classSkips = new Map<Statement, string | undefined>();
  const classSkip = (statement: Statement): string | undefined => {
    if (!classSkips.has(statement)) {
      classSkips.set(statement, skipDecorator(statement.decorators) ?? pytestmarkSkip(statement.body));
    }
    return classSkips.get(statement);
  };

  const addTest = (def: Statement, classes: readonly EnclosingClass[]): void => {
    if (counted.has(def)) return;
    counted.add(def);
    const name = [...classes.map((enclosing) => enclosing.header.name), definedName(def)].join('.');
    const base = { file: file.path, line: def.line, column: def.column, language: 'python' as const };
    findings.push({ ...base, kind: 'tests.cases', message: `test \`${name}\`` });
    let mark = skipDecorator(def.decorators);
    for (let i = classes.length - 1; i >= 0 && mark === undefined; i--) {
      const enclosing = classes[i];
      if (enclosing === undefined) continue;
      mark = classSkip(enclosing.statement);
    }
    mark ??= moduleSkip;
    if (mark !== undefined) {
      findings.push({ ...base, kind: 'tests.skipped', message: `skipped test \`${name}\` (${mark})`, data: { mark } });
    }
  };

  const visitClasses = (body: readonly Statement[], classes: readonly EnclosingClass[], pytestScope: boolean): void => {
    for (const statement of namespaceMembers(body)) {
      if (statement.kind !== 'class') continue;
      const header = classHeader(statement);
      const chain = [...classes, { statement, header }];
      const pytestClass = pytestScope && header.name.startsWith('Test') && !definesInit(statement.body);
      const unittestClass = header.bases.some((base) => lastPart(base).endsWith('TestCase'));
      if (pytestClass || unittestClass) {
        for (const member of namespaceMembers(statement.body)) if (isTestFunction(member)) addTest(member, chain);
      }
      visitClasses(statement.body, chain, pytestClass);
    }
  };

  if (file.isTestFile) {
    for (const statement of namespaceMembers(module.body)) if (isTestFunction(statement)) addTest(statement, []);
  }
  visitClasses(module.body, [], file.isTestFile);
  return findings;
}
