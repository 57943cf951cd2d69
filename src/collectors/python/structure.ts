// Turns logical lines into a statement tree using indentation, the way Python's parser sees
// blocks: a compound statement owns the more-indented lines that follow it, plus any body
// written after its `:` on the same line. Decorators are attached to their def or class.
import { firstAtLeast } from '../token-buffer.js';
import { rememberLast } from '../remember-last.js';
import { lineEnd, NAME, OP, type LogicalLines, type Token, type TokenTable } from './lexer.js';

export type StatementKind =
  | 'module' | 'def' | 'class' | 'decorator' | 'simple'
  | 'if' | 'elif' | 'else' | 'try' | 'except' | 'finally' | 'with' | 'for' | 'while'
  | 'match' | 'case';

export interface Statement {
  readonly kind: StatementKind;
  /** For compound statements the header without its `:` (and without `async`); else all tokens. */
  readonly tokens: readonly Token[];
  readonly line: number;
  readonly column: number;
  readonly body: readonly Statement[];
  /** `@…` lines before a def or class, in source order (tokens include the `@`). */
  readonly decorators: readonly Statement[];
  /** True when the first token is the name `word`; cheaper than reading `tokens`. */
  startsWithName(word: string): boolean;
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
/** The longest keyword that starts a compound statement, `finally`; longer names are never one. */
const LONGEST_KEYWORD = 7;
// Frozen and shared: simple statements have no body and most statements no decorators.
const NO_STATEMENTS: readonly Statement[] = Object.freeze([]);

const AT = 64;
const COLON = 58;

/** A statement over a run of the token table; its Token objects are made the first time they are read. */
class TableStatement implements Statement {
  private made: Token[] | undefined;

  constructor(
    readonly kind: StatementKind,
    readonly line: number,
    readonly column: number,
    readonly body: readonly Statement[],
    readonly decorators: readonly Statement[],
    private readonly table: TokenTable,
    private readonly from: number,
    private readonly to: number,
  ) {}

  get tokens(): readonly Token[] {
    this.made ??= this.table.tokens(this.from, this.to);
    return this.made;
  }

  startsWithName(word: string): boolean {
    return this.from < this.to && this.table.isName(this.from, word);
  }
}

/** Index of the `:` ending a compound header: the first at bracket depth 0 not owned by a lambda. */
function headerColon(table: TokenTable, from: number, to: number): number {
  let depth = 0;
  let lambdas = 0;
  for (let i = from; i < to; i++) {
    if (table.type(i) === NAME) {
      if (depth === 0 && table.isName(i, 'lambda')) lambdas += 1;
    } else if (table.isOp(i, 40) || table.isOp(i, 91) || table.isOp(i, 123)) depth += 1;
    else if (table.isOp(i, 41) || table.isOp(i, 93) || table.isOp(i, 125)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && table.isOp(i, COLON)) {
      if (lambdas === 0) return i;
      lambdas -= 1;
    }
  }
  return -1;
}

/** The kind of compound statement logical line `from..to` opens, if any. */
function compoundKind(table: TokenTable, from: number, to: number): StatementKind | undefined {
  if (table.type(from) !== NAME) return undefined;
  const first = table.text(from);
  if (first.length > LONGEST_KEYWORD) return undefined;
  const second = from + 1 < to ? from + 1 : -1;
  if (first === 'async' && second >= 0 && table.type(second) === NAME) {
    const keyword = table.text(second);
    return ASYNC_KEYWORDS.has(keyword) ? (keyword as StatementKind) : undefined;
  }
  if (COMPOUND_KEYWORDS.has(first as StatementKind)) return first as StatementKind;
  if ((first === 'match' || first === 'case') && second >= 0) {
    if (table.type(second) === OP && NOT_SOFT_KEYWORD_FOLLOWERS.has(table.text(second))) return undefined;
    if (headerColon(table, from + 1, to) < 0) return undefined;
    return first;
  }
  return undefined;
}

/** Splits tokens `from..to` at the line's semicolons into simple statements and decorators. */
function splitSimpleStatements(lines: LogicalLines, from: number, to: number, into: Statement[]): void {
  const table = lines.tokens;
  let start = from;
  for (let next = firstAtLeast(lines.semicolons, from); start <= to; next++) {
    const semicolon = Math.min(lines.semicolons[next] ?? to, to);
    if (semicolon > start) {
      const kind = table.isOp(start, AT) ? 'decorator' : 'simple';
      into.push(
        new TableStatement(kind, table.line(start), table.column(start), NO_STATEMENTS, NO_STATEMENTS, table, start, semicolon),
      );
    }
    start = semicolon + 1;
  }
}

/** The decorators just before a def or class, taken out of the body they were appended to. */
function takeDecorators(body: Statement[]): readonly Statement[] {
  let firstDecorator = body.length;
  while (firstDecorator > 0 && body[firstDecorator - 1]?.kind === 'decorator') firstDecorator -= 1;
  return firstDecorator === body.length ? NO_STATEMENTS : body.splice(firstDecorator);
}

// mock-data and python-code both build the tree of the same lexed lines (cached by lexPython), one right
// after the other.
export const buildStatementTree: (lines: LogicalLines) => StatementTree = rememberLast(buildTree);

function buildTree(lines: LogicalLines): StatementTree {
  const table = lines.tokens;
  const moduleBody: Statement[] = [];
  const module = new TableStatement('module', 0, 0, moduleBody, NO_STATEMENTS, table, 0, 0);
  const tree: StatementTree = { module };
  // The open blocks, innermost last: each one's indentation and the body its lines go to.
  const openIndents = [-1];
  const openBodies = [moduleBody];
  for (let index = 0; index < lines.firsts.length; index++) {
    const from = lines.firsts[index] ?? 0;
    const to = lineEnd(lines, index);
    const indent = lines.indents[index] ?? 0;
    while (openIndents.length > 1 && (openIndents[openIndents.length - 1] ?? -1) >= indent) {
      openIndents.pop();
      openBodies.pop();
    }
    const parentBody = openBodies[openBodies.length - 1] ?? moduleBody;
    const kind = compoundKind(table, from, to);
    if (kind === undefined) {
      splitSimpleStatements(lines, from, to, parentBody);
      continue;
    }
    // The header leaves out `async`, but the statement starts at it.
    const headerStart = table.isName(from, 'async') ? from + 1 : from;
    const colon = headerColon(table, headerStart + 1, to);
    const body: Statement[] = [];
    if (colon >= 0) splitSimpleStatements(lines, colon + 1, to, body);
    const decorators = kind === 'def' || kind === 'class' ? takeDecorators(parentBody) : NO_STATEMENTS;
    const line = table.line(from);
    parentBody.push(
      new TableStatement(kind, line, table.column(from), body, decorators, table, headerStart, colon < 0 ? to : colon),
    );
    if (openIndents.length > MAX_NESTING) {
      tree.tooDeepLine ??= line;
      continue;
    }
    openIndents.push(indent);
    openBodies.push(body);
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
