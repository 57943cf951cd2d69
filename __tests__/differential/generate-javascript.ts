// Generates JavaScript and TypeScript files full of the constructs a lexer can get wrong: strings and
// templates that look like code, `${}` with comments and nested templates, regex literals beside division,
// JSX text and comments, TS generics (also in .tsx), test-call chains, catches and placeholder throws.
// Everything generated parses with the TypeScript compiler (the reference), so each file is a valid test.
import type { Random } from './seeded-random.js';
import type { GeneratedFile } from './generate-python.js';

interface Flavour {
  jsx: boolean;
  typescript: boolean;
}

const ROOTS = ['it', 'test', 'specify', 'xit', 'xtest', 'xspecify', 'fit', 'describe', 'bench', 'suite.test', 'this.it', 'obj.it'];
const MEMBERS = ['only', 'skip', 'todo', 'each', 'concurrent', 'failing', 'fails', 'fixme', 'sequential', 'for', 'other'];
const NAMES = ["'adds'", '"it(\'fake\', () => {}) // TODO"', '`template ${name} /* FIXME */`', "'don\\'t // HACK'", '"a\\\\"', '`${`nested ${1}`}`', 'name'];
const COMMENTS = [
  '// TODO: refactor', '//TODO', '// FIXME later', '/* XXX */', '/* HACK: one */ /* TODO: two on one line */',
  '/**\n * Multi-line.\n * FIXME: on the third line\n */', '// todo lowercase', '// TODOs not a word', '/* XXXL */', '// see TODO.md',
  '/* a // TODO inside block */', '// eslint-disable-next-line', '/*TODO*/',
];
const CODE_LOOKING = [
  'const s1 = "// TODO not a comment";', "const s2 = '/* FIXME */ it(\"x\", () => {})';", 'const s3 = `try { } catch { } // XXX`;',
  'const s4 = `${a /* TODO: real comment inside a substitution */}`;', 'const s5 = `outer ${`inner // HACK ${b}`} // not`;',
  'const r1 = /\\/\\/ TODO/g;', 'const r2 = /[/*]+ FIXME/;', 'const r3 = /=>|`|\'|"/u;', 'const q = (a + b) / 2 / c; // HACK real',
  'const q2 = a++ / 2; /* XXX real */', 'const ok = /re/.test(s) && x / y > 1;', "const u = 'it(\\'x\\', () => {})';",
  'const w = typeof /x/ === "object" ? 1 : 2 / 3;', 'const t = tag`it(${fn}) // TODO`;', 'const o = { test: 1, it: "x" }.it;',
  'const d = [1, 2].map((n) => n / 2).filter((n) => /\\d/.test(String(n)));', 'const m = x ? /a/ : /b\\//;',
  "const e = '\\u{1F600}' + \"\\x41\" + '\\\n// TODO continued string';", 'const num = 1_000 / 0x1f / 1e3; // FIXME numbers',
];
const TS_ONLY = [
  'type T1 = "// TODO in a type";', 'type T2 = `${Prefix}-// HACK`;', 'const g: Array<Map<string, Set<number>>> = [];',
  'interface I { it(name: string): void; test?: () => void }', 'declare function fit(name: string): void;',
  'enum Color { Red = "// TODO", Green = 2 }', 'const n = value!; // XXX after non-null', 'const c = input as unknown as number;',
  'let f2: (x: number) => string = (x) => `${x}`;', 'abstract class Shape { abstract area(): number; }', 'function over(a: string): void;\nfunction over(a: unknown) { return a; }',
];
const PLACEHOLDER_THROWS = [
  "throw new Error('Not implemented');", 'throw new Error("not implemented: " + name);', 'throw Error(`NotImplemented ${name}`);',
  'throw new NotImplementedError();', 'throw new errors.NotImplementedError;', "throw new Error('TODO: not_implemented');",
  'throw new Error(message);', "throw 'not implemented';", "throw new Error('nope');", 'throw new Error(`notimplemented`, { cause });',
  "throw new ctx['NotImplemented']();", "throw createError('not implemented');", "throw new Error('x'), new Error('not implemented');",
];
const CATCHES = [
  'try { run(); } catch (error) {}', 'try { run(); } catch {}', 'try { run(); } catch (e) { /* TODO: ignore */ }',
  'try { run(); } catch {\n  // intentionally empty\n}', 'try { run(); } catch (e) { ; }', 'try { run(); } catch (e) { {} }',
  'try { run(); } catch (e) { log(e); }', 'try { run(); } finally { done(); }', 'promise.catch(() => {});',
  'promise.then(ok).catch(function () {});', 'try { try { a(); } catch {} } catch ({ message }) { report(message); }',
];

interface Context {
  r: Random;
  flavour: Flavour;
  depth: number;
}

function testCall(c: Context): string {
  const { r } = c;
  let callee = r.pick(ROOTS);
  const memberCount = r.chance(0.5) ? r.int(1, 2) : 0;
  for (let i = 0; i < memberCount; i++) {
    const member = r.pick(MEMBERS);
    if (member === 'each') callee += r.chance(0.5) ? '.each([[1, 2]])' : '.each`a | b\n${1} | ${2}`';
    else if (member === 'for') callee += '.for([1])';
    else callee += `.${member}`;
  }
  if (r.chance(0.1)) callee += '.skipIf(process.env.CI)';
  const typed = c.flavour.typescript && r.chance(0.15);
  if (typed) callee += '<{ a: number }>';
  // `it?.(…)` is no test call; after members (`it.each\`…\`?.(…)`) the definition is silent, so not generated.
  const optional = !typed && memberCount === 0 && r.chance(0.05) ? '?.' : '';
  const args = r.int(0, 9) === 0 ? '' : `${r.pick(NAMES)}${r.chance(0.85) ? `, ${callback(c)}` : ''}`;
  return `${callee}${optional}(${args});`;
}

function callback(c: Context): string {
  const body = block({ ...c, depth: c.depth + 1 }, c.depth < 3 ? c.r.int(0, 3) : 0);
  return c.r.pick([`() => ${body}`, `async () => ${body}`, `function () ${body}`, `async function named() ${body}`, `(done) => ${body}`]);
}

function block(c: Context, count: number): string {
  const statements: string[] = [];
  for (let i = 0; i < count; i++) statements.push(statement(c));
  return statements.length === 0 ? '{}' : `{\n${statements.join('\n')}\n}`;
}

function functionLike(c: Context): string {
  const { r } = c;
  const body = r.chance(0.6) ? `{ ${r.chance(0.1) ? "'use strict'; " : ''}${r.pick(PLACEHOLDER_THROWS)} }` : block({ ...c, depth: c.depth + 1 }, c.depth < 3 ? r.int(1, 2) : 0);
  const parameters = c.flavour.typescript ? '(x: number, ...rest: unknown[]): void' : '(x, ...rest)';
  return r.pick([
    `function stub${r.int(0, 99)}${parameters} ${body}`, `const arrow${r.int(0, 99)} = async ${parameters} => ${body};`,
    `function* gen${parameters} ${body}`.replace(': void', ''), `const expr = function ${parameters} ${body};`,
    `class Stub${r.int(0, 99)} {\n  constructor() ${body}\n  get value() ${body}\n  set value(v) ${body}\n  method${parameters} ${body}\n  static async test() ${body}\n}`,
    `const objectWithMethods = { test() ${body}, it: () => ${body}, async specify() ${body} };`,
    `const notBlock = () => notImplemented();`,
  ]);
}

function jsx(c: Context): string {
  const { r } = c;
  const inner = r.pick([
    "// TODO not a comment in JSX text, don't count", '{/* TODO: a real comment in JSX */}', '<a href="//example.com/*x*/">link</a>',
    "{items.map((item) => <li key={item}>{item / 2} it's</li>)}", '{`template ${x} // FIXME`}', "<>fragment ' \" text</>",
    '<Foo render={() => <b>/* not a comment */</b>} flag />', "{cond ? <i>a</i> : /re/.test(s) ? 'x' : null}",
  ]);
  return `const view${r.int(0, 99)} = (\n  <div className="a" data-x='y'>\n    ${inner}\n  </div>\n);`;
}

function statement(c: Context): string {
  const { r, flavour } = c;
  const choice = r.int(0, 11);
  if (choice <= 2) return testCall(c);
  if (choice === 3) return r.pick(COMMENTS);
  if (choice === 4) return r.pick(CODE_LOOKING);
  if (choice === 5) return r.pick(CATCHES);
  if (choice === 6 && c.depth < 3) return functionLike(c);
  if (choice === 7 && flavour.jsx) return jsx(c);
  if (choice === 8 && flavour.typescript) return r.pick(TS_ONLY);
  if (choice === 9 && flavour.typescript && flavour.jsx) return r.pick(['const identity = <T,>(x: T) => x;', 'const id2 = <T extends unknown>(x: T): T => x;']);
  if (choice === 9 && flavour.typescript) return r.pick(['const cast = <any>value / 2; // TODO', 'const id3 = <T>(x: T) => x;']);
  if (choice === 10 && c.depth < 3) return `if (ready) /re/.exec(s); else {\n${statement({ ...c, depth: c.depth + 1 })}\n}`;
  return `const value${r.int(0, 999)} = { a: 1 }['a'] / 2;`;
}

const EXTENSIONS = ['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts'];
const PLACES = ['src/module{n}.{ext}', 'src/module{n}.test.{ext}', 'src/module{n}.spec.{ext}', '__tests__/case{n}.{ext}', 'test/helper{n}.{ext}', 'lib/util{n}.{ext}'];

export function generateJavaScriptFile(r: Random, n: number): GeneratedFile {
  const extension = r.pick(EXTENSIONS);
  const flavour: Flavour = { jsx: ['js', 'jsx', 'tsx'].includes(extension), typescript: ['ts', 'tsx', 'mts', 'cts'].includes(extension) };
  const path = r.pick(PLACES).replace('{n}', String(n)).replace('{ext}', extension);
  const c: Context = { r, flavour, depth: 0 };
  const statements: string[] = [];
  if (r.chance(0.1) && !flavour.typescript) statements.push('#!/usr/bin/env node');
  const count = r.int(3, 12);
  for (let i = 0; i < count; i++) {
    statements.push(r.chance(0.25) ? `describe(${r.pick(NAMES)}, ${callback(c)});` : statement(c));
  }
  const text = statements.join('\n') + (r.chance(0.8) ? '\n' : '');
  // CRLF files: every line ending, including those inside strings, templates and comments.
  return { path, text: r.chance(0.1) ? text.replace(/\n/g, '\r\n') : text };
}
