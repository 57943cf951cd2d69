// Reference implementation of the README's JS/TS code metrics on the TypeScript compiler's syntax tree,
// for the differential test only: the scanner never imports this (it must run without `typescript`).
import ts from 'typescript';
import type { SourceFile } from '../../src/evidence.js';
import type { LinesByMetric, ReferenceOutcome } from './metrics.js';

const TEST_ROOTS = new Set(['it', 'test', 'specify', 'xit', 'xtest', 'xspecify', 'fit']);
const SKIPPED_ROOTS = new Set(['xit', 'xtest', 'xspecify']);
const CHAIN_MEMBERS = new Set([
  'only', 'skip', 'todo', 'each', 'concurrent', 'failing', 'fails', 'fixme', 'sequential', 'skipIf', 'runIf', 'for',
]);
const SKIPPING_MEMBERS = new Set(['skip', 'todo', 'fixme']);
const TAG = /(?<![A-Za-z0-9_])(TODO|FIXME|XXX|HACK)(?![A-Za-z0-9_])/;
const NOT_IMPLEMENTED = /not.?implemented/i;

const SCRIPT_KINDS: Record<string, ts.ScriptKind> = {
  js: ts.ScriptKind.JS,
  mjs: ts.ScriptKind.JS,
  cjs: ts.ScriptKind.JS,
  jsx: ts.ScriptKind.JSX,
  tsx: ts.ScriptKind.TSX,
};

function scriptKindOf(path: string): ts.ScriptKind {
  return SCRIPT_KINDS[path.slice(path.lastIndexOf('.') + 1).toLowerCase()] ?? ts.ScriptKind.TS;
}

/** The root identifier and members of a test chain, when `call`'s callee is one (`it.skip.each(…)(…)`).
 * An optional link (`it?.(…)`, `it.skip?.(…)`) ends the chain: nobody writes tests that way, and the
 * scanner reads `?.` as "not a test call". */
function testChain(call: ts.CallExpression): { root: ts.Identifier; members: string[] } | undefined {
  if (call.questionDotToken) return undefined;
  let callee: ts.Expression = call.expression;
  const members: string[] = [];
  for (;;) {
    if (ts.isCallExpression(callee) && !callee.questionDotToken) callee = callee.expression;
    else if (ts.isTaggedTemplateExpression(callee)) callee = callee.tag;
    else if (ts.isPropertyAccessExpression(callee) && !callee.questionDotToken && CHAIN_MEMBERS.has(callee.name.text)) {
      members.unshift(callee.name.text);
      callee = callee.expression;
    } else break;
  }
  return ts.isIdentifier(callee) && TEST_ROOTS.has(callee.text) ? { root: callee, members } : undefined;
}

/** A call that the chain goes on from (called again, used as a template tag, or followed by chain members
 * and then called: `it.for([1]).skip(…)`) is not the chain's end; only the end counts, once. */
function continuesChain(call: ts.CallExpression): boolean {
  let link: ts.Expression = call;
  while (ts.isPropertyAccessExpression(link.parent) && link.parent.expression === link && !link.parent.questionDotToken &&
    CHAIN_MEMBERS.has(link.parent.name.text)) {
    link = link.parent;
  }
  const parent = link.parent;
  return (ts.isCallExpression(parent) && parent.expression === link && !parent.questionDotToken) ||
    (ts.isTaggedTemplateExpression(parent) && parent.tag === link);
}

type FunctionWithBody = ts.FunctionLikeDeclaration & { body: ts.Block };

function isFunctionWithBlock(node: ts.Node): node is FunctionWithBody {
  const functionLike =
    ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node) || ts.isConstructorDeclaration(node);
  return functionLike && node.body !== undefined && ts.isBlock(node.body);
}

function calleeName(callee: ts.Identifier | ts.PropertyAccessExpression): string {
  return ts.isIdentifier(callee) ? callee.text : callee.name.text;
}

/** `throw [new] X(…)` where X is a dotted name and the first argument begins with a "not implemented"
 * string or template, or X's own name says it. */
function isPlaceholderThrow(expression: ts.Expression, file: ts.SourceFile): boolean {
  if (!ts.isNewExpression(expression) && !ts.isCallExpression(expression)) return false;
  const callee = expression.expression;
  if (!ts.isIdentifier(callee) && !ts.isPropertyAccessExpression(callee)) return false;
  for (let part: ts.Expression = callee; ts.isPropertyAccessExpression(part); part = part.expression) {
    if (!ts.isIdentifier(part.expression) && !ts.isPropertyAccessExpression(part.expression)) return false;
  }
  const namedSo = NOT_IMPLEMENTED.test(calleeName(callee));
  if (ts.isNewExpression(expression) && expression.arguments === undefined) return namedSo;
  if (ts.isCallExpression(expression) && expression.typeArguments) return false;
  let first: ts.Expression | undefined = expression.arguments?.[0];
  while (first && ts.isBinaryExpression(first)) first = first.left;
  const literal = first !== undefined &&
    (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first) || ts.isTemplateExpression(first));
  return (literal && NOT_IMPLEMENTED.test(first!.getText(file))) || namedSo;
}

export function typescriptReference(path: string, text: string, file: SourceFile): ReferenceOutcome {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, scriptKindOf(path));
  const diagnostics = (source as unknown as { parseDiagnostics: ts.DiagnosticWithLocation[] }).parseDiagnostics;
  if (diagnostics.length > 0) {
    const first = diagnostics[0]!;
    return { error: `line ${lineAt(source, first.start)}: ${ts.flattenDiagnosticMessageText(first.messageText, ' ')}` };
  }
  const lines: Required<LinesByMetric> = {
    'tests.cases': [], 'tests.skipped': [], 'catch.generic': [], 'catch.empty': [], 'todo.comments': [],
    'stubs.placeholder': [], 'parse.errors': [],
  };
  // Comment ranges sit in the trivia around each token. JSX text is not trivia, so a `//` in it is no
  // comment: no comment scan may start where JSX text starts (the JsxText node, or a list that begins with it).
  const jsxTextStarts = new Set<number>();
  (function markJsxText(node: ts.Node): void {
    if (node.kind === ts.SyntaxKind.JsxText) jsxTextStarts.add(node.pos);
    ts.forEachChild(node, markJsxText);
  })(source);
  const seenComments = new Set<number>();
  const stack: Array<[ts.Node, boolean]> = [[source, false]];
  while (stack.length > 0) {
    const [node, insideTest] = stack.pop()!;
    let childrenInsideTest = insideTest;
    if (file.isTestFile && !insideTest && ts.isCallExpression(node) && node.arguments.length > 0 && !continuesChain(node)) {
      const chain = testChain(node);
      if (chain) {
        const line = lineAt(source, chain.root.getStart(source));
        lines['tests.cases'].push(line);
        if (SKIPPED_ROOTS.has(chain.root.text) || chain.members.some((m) => SKIPPING_MEMBERS.has(m))) lines['tests.skipped'].push(line);
        childrenInsideTest = true;
      }
    }
    if (!file.isTest && ts.isCatchClause(node) && node.block.statements.length === 0) {
      lines['catch.empty'].push(lineAt(source, node.getStart(source)));
    }
    if (!file.isTest && isFunctionWithBlock(node)) {
      const [only, extra] = node.body.statements;
      if (only && !extra && ts.isThrowStatement(only) && isPlaceholderThrow(only.expression, source)) {
        lines['stubs.placeholder'].push(lineAt(source, only.getStart(source)));
      }
    }
    {
      const leading = jsxTextStarts.has(node.pos) ? [] : (ts.getLeadingCommentRanges(text, node.pos) ?? []);
      const trailing = jsxTextStarts.has(node.end) ? [] : (ts.getTrailingCommentRanges(text, node.end) ?? []);
      for (const range of [...leading, ...trailing]) {
        if (seenComments.has(range.pos)) continue;
        seenComments.add(range.pos);
        const end = range.kind === ts.SyntaxKind.MultiLineCommentTrivia ? range.end - 2 : range.end;
        const tag = TAG.exec(text.slice(range.pos + 2, end));
        if (tag) lines['todo.comments'].push(lineAt(source, range.pos + 2 + tag.index));
      }
    }
    const children = node.getChildren(source);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, childrenInsideTest]);
  }
  for (const found of Object.values(lines)) found.sort((a, b) => a - b);
  return { lines };
}

function lineAt(source: ts.SourceFile, position: number): number {
  return source.getLineAndCharacterOfPosition(position).line + 1;
}
