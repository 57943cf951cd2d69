// `stubs.mock-data` in Python, from the shared lexer's statement tree: module-level assignments and
// functions named as mock data with a literal value, and unconditional imports of test or mock modules.
import type { Finding, SourceFile } from '../../evidence.js';
import type { Token } from '../python/lexer.js';
import { walkStatements, type Statement } from '../python/structure.js';
import { closingBracket, definedName, dottedNameAt } from '../python/syntax.js';
import { definitionMessage, functionMessage, importMessage, type MockDataRule } from './messages.js';
import { isMockDataName, isMockModulePath } from './names.js';

/** Blocks whose assignments still define module attributes (the module namespace). */
const NAMESPACE_BLOCKS = new Set(['if', 'elif', 'else', 'try', 'except', 'finally', 'with']);
/**
 * Blocks whose imports always run. `if` is left out on purpose: `if settings.DEBUG: from .mocks import …`
 * and `if TYPE_CHECKING:` are the guarded, intended forms.
 */
const UNCONDITIONAL_BLOCKS = new Set(['try', 'except', 'finally']);

/** `if __name__ == "__main__":` holds demo code that runs only as a script. */
function isMainGuard(statement: Statement): boolean {
  return statement.kind === 'if' && statement.tokens.some((token) => token.type === 'name' && token.text === '__name__') &&
    statement.tokens.some((token) => token.type === 'string' && /^['"]__main__['"]$/.test(token.text));
}

function isOp(token: Token | undefined, text: string): boolean {
  return token?.type === 'op' && token.text === text;
}

/** A non-empty `[…]` or `{…}` at `from`. */
function isNonEmptyLiteral(tokens: readonly Token[], from: number): boolean {
  if (!isOp(tokens[from], '[') && !isOp(tokens[from], '{')) return false;
  const close = closingBracket(tokens, from);
  return close > from + 1;
}

/** A literal list or dict, or a call building one from a literal: `dict({…})`, `pd.DataFrame([…])`. */
function isDataValue(tokens: readonly Token[], from: number): boolean {
  if (isNonEmptyLiteral(tokens, from)) return true;
  const callee = dottedNameAt(tokens, from);
  if (callee.length === 0) return false;
  const open = from + callee.length * 2 - 1;
  return isOp(tokens[open], '(') && isNonEmptyLiteral(tokens, open + 1);
}

/** Names assigned by `A = B = value` or `A: T = value`, with the index of the value. */
function assignment(tokens: readonly Token[]): { targets: Token[]; value: number } | undefined {
  const first = tokens[0];
  if (first?.type !== 'name') return undefined;
  if (isOp(tokens[1], ':')) {
    for (let i = 2; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      if (isOp(token, '[') || isOp(token, '(') || isOp(token, '{')) i = Math.max(i, closingBracket(tokens, i));
      else if (isOp(token, '=')) return { targets: [first], value: i + 1 };
    }
    return undefined;
  }
  const targets: Token[] = [];
  let i = 0;
  while (tokens[i]?.type === 'name' && isOp(tokens[i + 1], '=')) {
    targets.push(tokens[i] as Token);
    i += 2;
  }
  return targets.length > 0 ? { targets, value: i } : undefined;
}

/** The module path of an import statement that brings in a test or mock module, else undefined. */
function mockImport(tokens: readonly Token[]): string | undefined {
  const keyword = tokens[0]?.text;
  if (keyword === 'from') {
    let i = 1;
    let dots = '';
    while (isOp(tokens[i], '.') || isOp(tokens[i], '...')) dots += tokens[i++]?.text ?? '';
    // In `from . import x` the keyword follows the dots directly; it is no module name.
    const path = tokens[i]?.text === 'import' ? [] : dottedNameAt(tokens, i);
    if (dots.length > 0 && path.length === 0) {
      // `from . import mock_data`: the imported names are sibling modules or their attributes.
      const sibling = importedNames(tokens, i + 1).find((name) => isMockModulePath([name]));
      return sibling === undefined ? undefined : dots + sibling;
    }
    return isMockModule(dots.length > 0, path) ? dots + path.join('.') : undefined;
  }
  if (keyword !== 'import') return undefined;
  // `import a.b as x, c`: each comma-separated part starts with a dotted module name.
  for (let start = 1; start < tokens.length; ) {
    const path = dottedNameAt(tokens, start);
    if (isMockModule(false, path)) return path.join('.');
    let next = start;
    while (next < tokens.length && !isOp(tokens[next], ',')) next += 1;
    start = next + 1;
  }
  return undefined;
}

/** In `from . import a, b as c`, the names after `import`, aliases left out. */
function importedNames(tokens: readonly Token[], from: number): string[] {
  const names: string[] = [];
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.type === 'name' && token.text !== 'import' && token.text !== 'as' && tokens[i - 1]?.text !== 'as') {
      names.push(token.text);
    }
  }
  return names;
}

/**
 * Relative imports are the project's own modules. Absolute ones could be any library (`unittest.mock`,
 * `django.test`, `mock`, `fixtures` on PyPI), so only a first segment `tests` or `test` counts.
 */
function isMockModule(relative: boolean, path: readonly string[]): boolean {
  if (relative) return isMockModulePath(path);
  return path[0] === 'tests' || path[0] === 'test';
}

/** Whether a `return` in the function's own body (not a nested def or class) gives back a literal. */
function returnsData(body: readonly Statement[]): boolean {
  for (const statement of body) {
    if (statement.kind === 'def' || statement.kind === 'class') continue;
    if (statement.kind === 'simple' && statement.tokens[0]?.text === 'return' && isDataValue(statement.tokens, 1)) return true;
    if (returnsData(statement.body)) return true;
  }
  return false;
}

function finding(file: SourceFile, token: { line: number; column: number }, rule: MockDataRule, name: string, message: string): Finding {
  return { kind: 'stubs.mock-data', file: file.path, line: token.line, column: token.column, language: 'python', message, data: { rule, name } };
}

function collectModuleLevel(body: readonly Statement[], file: SourceFile, importsRun: boolean, findings: Finding[]): void {
  for (const statement of body) {
    if (statement.kind === 'simple') {
      const module = importsRun ? mockImport(statement.tokens) : undefined;
      if (module !== undefined) findings.push(finding(file, statement, 'import', module, importMessage(module)));
      const assigned = assignment(statement.tokens);
      if (assigned === undefined || !isDataValue(statement.tokens, assigned.value)) continue;
      for (const target of assigned.targets) {
        if (isMockDataName(target.text)) findings.push(finding(file, target, 'definition', target.text, definitionMessage(target.text)));
      }
    } else if (NAMESPACE_BLOCKS.has(statement.kind) && !isMainGuard(statement)) {
      collectModuleLevel(statement.body, file, importsRun && UNCONDITIONAL_BLOCKS.has(statement.kind), findings);
    }
  }
}

export function collectPythonMockData(module: Statement, file: SourceFile): Finding[] {
  const findings: Finding[] = [];
  collectModuleLevel(module.body, file, true, findings);
  walkStatements(module, (statement) => {
    if (statement.kind !== 'def') return;
    const name = definedName(statement);
    if (isMockDataName(name) && returnsData(statement.body)) {
      findings.push(finding(file, statement, 'function', name, functionMessage(name)));
    }
  });
  return findings.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}
