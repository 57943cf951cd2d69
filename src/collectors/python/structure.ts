// Turns logical lines into a statement tree using indentation, the way Python's parser sees
// blocks: a compound statement owns the more-indented lines that follow it, plus any body
// written after its `:` on the same line. Decorators are attached to their def or class.
import type { LogicalLine, Token } from './lexer.js';

export type StatementKind =
  | 'module' | 'def' | 'class' | 'decorator' | 'simple'
  | 'if' | 'elif' | 'else' | 'try' | 'except' | 'finally' | 'with' | 'for' | 'while'
  | 'match' | 'case';

export interface Statement {
  kind: StatementKind;
  /** For compound statements the header without its `:` (and without `async`); else all tokens. */
  tokens: Token[];
  line: number;
  column: number;
  body: Statement[];
  /** `@…` lines before a def or class, in source order (tokens include the `@`). */
  decorators: Statement[];
}

export interface StatementTree {
  module: Statement;
  /** Python refuses more than 100 nested blocks; deeper lines are kept at the 100th level. */
  tooDeepLine?: number;
}

const MAX_NESTING = 100;

const COMPOUND_KEYWORDS = new Set<StatementKind>([
  'def', 'class', 'if', 'elif', 'else', 'try', 'except', 'finally', 'with', 'for', 'while',
]);
const ASYNC_KEYWORDS = new Set(['def', 'for', 'with']);
// Tokens after `match`/`case` that show it is a plain name (`match = 1`, `case.x()`), not a soft keyword.
const NOT_SOFT_KEYWORD_FOLLOWERS = new Set([
  '=', '.', ':', ',', ')', ']', '}', ';', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=',
  '**=', '//=', '>>=', '<<=', '==', '!=', '<', '>', '<=', '>=',
]);

function newStatement(kind: StatementKind, tokens: Token[], first: Token): Statement {
  return { kind, tokens, line: first.line, column: first.column, body: [], decorators: [] };
}

/** Index of the `:` ending a compound header: the first at bracket depth 0 not owned by a lambda. */
export function headerColon(tokens: readonly Token[], from: number): number {
  let depth = 0;
  let lambdas = 0;
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) break;
    if (token.type === 'name') {
      if (token.text === 'lambda' && depth === 0) lambdas += 1;
      continue;
    }
    if (token.type !== 'op') continue;
    const op = token.text;
    if (op === '(' || op === '[' || op === '{') depth += 1;
    else if (op === ')' || op === ']' || op === '}') depth = Math.max(0, depth - 1);
    else if (op === ':' && depth === 0) {
      if (lambdas === 0) return i;
      lambdas -= 1;
    }
  }
  return -1;
}

function compoundKind(tokens: readonly Token[]): { kind: StatementKind; headerStart: number } | undefined {
  const first = tokens[0];
  if (first === undefined || first.type !== 'name') return undefined;
  const second = tokens[1];
  if (first.text === 'async' && second?.type === 'name' && ASYNC_KEYWORDS.has(second.text)) {
    return { kind: second.text as StatementKind, headerStart: 1 };
  }
  if (COMPOUND_KEYWORDS.has(first.text as StatementKind)) {
    return { kind: first.text as StatementKind, headerStart: 0 };
  }
  if ((first.text === 'match' || first.text === 'case') && second !== undefined) {
    if (second.type === 'op' && NOT_SOFT_KEYWORD_FOLLOWERS.has(second.text)) return undefined;
    if (headerColon(tokens, 1) < 0) return undefined;
    return { kind: first.text, headerStart: 0 };
  }
  return undefined;
}

function splitSimpleStatements(tokens: readonly Token[], from: number, into: Statement[]): void {
  let start = from;
  for (let i = from; i <= tokens.length; i++) {
    const token = tokens[i];
    if (token !== undefined && !(token.type === 'op' && token.text === ';')) continue;
    const first = tokens[start];
    if (i > start && first !== undefined) {
      const part = tokens.slice(start, i);
      into.push(newStatement(first.type === 'op' && first.text === '@' ? 'decorator' : 'simple', part, first));
    }
    start = i + 1;
  }
}

/** The statements of one logical line; the last one is the compound statement, if any. */
function statementsOf(line: LogicalLine): Statement[] {
  const { tokens } = line;
  const compound = compoundKind(tokens);
  const first = tokens[0];
  if (compound === undefined || first === undefined) {
    const statements: Statement[] = [];
    splitSimpleStatements(tokens, 0, statements);
    return statements;
  }
  const colon = headerColon(tokens, compound.headerStart + 1);
  const headerEnd = colon < 0 ? tokens.length : colon;
  const statement = newStatement(compound.kind, tokens.slice(compound.headerStart, headerEnd), first);
  if (colon >= 0) splitSimpleStatements(tokens, colon + 1, statement.body);
  return [statement];
}

function append(parent: Statement, statement: Statement): void {
  if (statement.kind === 'def' || statement.kind === 'class') {
    let firstDecorator = parent.body.length;
    while (firstDecorator > 0 && parent.body[firstDecorator - 1]?.kind === 'decorator') firstDecorator -= 1;
    statement.decorators = parent.body.splice(firstDecorator);
  }
  parent.body.push(statement);
}

export function buildStatementTree(lines: readonly LogicalLine[]): StatementTree {
  const module: Statement = { kind: 'module', tokens: [], line: 0, column: 0, body: [], decorators: [] };
  const tree: StatementTree = { module };
  const open: { indent: number; statement: Statement }[] = [{ indent: -1, statement: module }];
  for (const line of lines) {
    while (open.length > 1 && (open[open.length - 1]?.indent ?? -1) >= line.indent) open.pop();
    const parent = open[open.length - 1]?.statement ?? module;
    const statements = statementsOf(line);
    for (const statement of statements) append(parent, statement);
    const last = statements[statements.length - 1];
    if (last === undefined || last.kind === 'simple' || last.kind === 'decorator') continue;
    if (open.length > MAX_NESTING) {
      tree.tooDeepLine ??= last.line;
      continue;
    }
    open.push({ indent: line.indent, statement: last });
  }
  return tree;
}

/**
 * Calls `visit` for every statement below `root` (decorators excluded), with its owner: the
 * nearest enclosing def, class or module. Depth is bounded by MAX_NESTING, so recursion is safe.
 */
export function walkStatements(root: Statement, visit: (statement: Statement, owner: Statement) => void): void {
  const walk = (body: readonly Statement[], owner: Statement): void => {
    for (const statement of body) {
      visit(statement, owner);
      walk(statement.body, statement.kind === 'def' || statement.kind === 'class' ? statement : owner);
    }
  };
  walk(root.body, root);
}
