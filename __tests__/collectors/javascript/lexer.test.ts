import { describe, expect, it } from 'vitest';
import { countOf, linesOf, scan } from './scan.js';

describe('what the lexer treats as code', () => {
  it.each([
    ['a line comment', 'x = 1; // TODO: fix\n', [[1, 'TODO: fix']]],
    ['a block comment once', '/* FIXME one\n * TODO two */\n', [[1, 'FIXME: one TODO two']]],
    ['a string', "const s = 'TODO: no'; const d = \"FIXME\";\n", []],
    ['a template', 'const t = `TODO ${a} HACK`;\n', []],
    ['a regex', 'const r = /TODO|XXX/g;\n', []],
    ['a regex holding // and /*', 'const r = /\\/\\/ and [/*]/; // XXX yes\nconst q = /a\\/*b/;\n', [[1, 'XXX: yes']]],
    ['lowercase or part of a word', '// todo later, TODOS, FIXMEs, _HACK, XXX_1\n', []],
    ['JSX comment', 'const e = <div>{/* HACK: real */}</div>;\n', [[1, 'HACK: real']]],
    ['JSX text and attributes', 'const e = <p title="TODO no">TODO not // a comment {x}</p>; // TODO yes\n', [[1, 'TODO: yes']]],
    ['a hashbang', '#!/usr/bin/env node TODO\n// TODO after\n', [[2, 'TODO: after']]],
  ])('%s', (_name, source, expected) => {
    expect(linesOf(scan('src/a.jsx', source), 'todo.comments')).toEqual(expected);
  });

  it('uses the first tag and the whole comment when nothing follows the tag', () => {
    expect(linesOf(scan('src/a.js', '// remove this HACK\n/**\n * later\n * XXX: and TODO\n */'), 'todo.comments')).toEqual([
      [1, 'HACK: remove this HACK'],
      [4, 'XXX: and TODO'],
    ]);
  });

  it('cuts long TODO messages at 120 characters', () => {
    const [finding] = scan('src/a.js', `// TODO ${'x'.repeat(200)}`);
    expect(finding?.message).toBe(`TODO: ${'x'.repeat(120)}…`);
  });

  it.each([
    ['a / b / c', 'x = a / b / c; // TODO 1\n'],
    [') / 2', 'x = (a + b) / 2 / 1; // TODO 1\n'],
    ['] / 2', 'x = a[0] / 2 / 1; // TODO 1\n'],
    ['x = /re/g', "x = /'/g; // TODO 1\n"],
    ['regex after return', "function f() { return /'/.test(s); } // TODO 1\n"],
    ['regex class with /', "x = /[/'`]/; // TODO 1\n"],
    ['property named like a keyword', "x = a.return / 2; y = '/'; // TODO 1\n"],
    ['<< is not JSX', 'x = a << b; y = c <<d; // TODO 1\n'],
  ])('divides or matches correctly: %s', (_name, source) => {
    const findings = scan('src/a.js', source);
    expect(linesOf(findings, 'todo.comments')).toEqual([[1, 'TODO: 1']]);
    expect(countOf(findings, 'parse.errors')).toBe(0);
  });

  it('divides after a TypeScript non-null assertion, and reads a prefix ! on a new line as an operator', () => {
    const source = 'const n = value! / 2; // XXX half\nconst m = list[0]! / 3; // TODO third\nok()\n!/x\\/y/.test(s); // HACK\n';
    expect(linesOf(scan('src/a.ts', source), 'todo.comments')).toEqual([
      [1, 'XXX: half'],
      [2, 'TODO: third'],
      [4, 'HACK: HACK'],
    ]);
    expect(countOf(scan('src/a.ts', source), 'parse.errors')).toBe(0);
  });

  it('follows templates nested three deep with braces and strings inside ${}', () => {
    const source = [
      'const t = `a ${ `b ${ `c ${ {k: "}`"}.k } ${"`"}` } }` } d`; // TODO outer',
      "const u = `${ f({ a: '${', b: `}` }) }`; /* FIXME next */",
    ].join('\n');
    const findings = scan('src/a.ts', source);
    expect(linesOf(findings, 'todo.comments')).toEqual([
      [1, 'TODO: outer'],
      [2, 'FIXME: next'],
    ]);
    expect(countOf(findings, 'parse.errors')).toBe(0);
  });

  it("reads JSX text with apostrophes and // as text", () => {
    const source = [
      'const A = () => (',
      "  <div className='x'>",
      "    Don't // stop <b>here</b>, it's fine",
      '    <>fragment\'s</> <Img src="a" />',
      '  </div>',
      ');',
      '// TODO after JSX',
    ].join('\n');
    const findings = scan('src/a.tsx', source);
    expect(linesOf(findings, 'todo.comments')).toEqual([[7, 'TODO: after JSX']]);
    expect(countOf(findings, 'parse.errors')).toBe(0);
  });

  it.each(['src/a.ts', 'src/a.mts', 'src/a.cts'])('takes <string>x in %s as a type assertion, not JSX', (path) => {
    const source = "const n = <string>value; const m = <any>'it'; // TODO ts\n";
    expect(linesOf(scan(path, source), 'todo.comments')).toEqual([[1, 'TODO: ts']]);
  });

  it.each([
    ['<T,>', "const id = <T,>(x: T) => x; // TODO after\nconst s = '<T>';\n"],
    ['<T extends X>', 'const id = <T extends object>(x: T) => x; // TODO after\n'],
    ['<T>( in a type', 'type F = { run?: <R>(fn: () => R) => R }; // TODO after\n'],
  ])('reads %s in .tsx as type parameters', (_name, source) => {
    const findings = scan('src/a.tsx', source);
    expect(linesOf(findings, 'todo.comments')).toEqual([[1, 'TODO: after']]);
    expect(countOf(findings, 'parse.errors')).toBe(0);
  });

  it('still reads <b>(text)</b> in .tsx as JSX', () => {
    const source = "const e = <b>(don't)</b>; // TODO after\n";
    expect(linesOf(scan('src/a.tsx', source), 'todo.comments')).toEqual([[1, 'TODO: after']]);
  });

  it('handles CRLF, a BOM and lines and columns', () => {
    const findings = scan('src/a.js', '\uFEFFconst a = 1;\r\n\r\n  // TODO crlf\r\n');
    expect(findings).toEqual([
      { kind: 'todo.comments', file: 'src/a.js', line: 3, column: 6, message: 'TODO: crlf', language: 'javascript' },
    ]);
  });
});

describe('parse.errors', () => {
  it.each([
    ['unterminated template literal', 'a();\nconst t = `abc ${x} // TODO in template\n', 2, 'unterminated template literal'],
    ['unterminated block comment', 'a();\n/* TODO open\n', 2, 'unterminated block comment'],
    ['unterminated string', "a();\nconst s = 'open\nb();\n", 2, 'unterminated string'],
    ['unclosed brace', 'function f() {\n  if (x) {\n}\n', 1, 'unclosed `{`'],
    ['stray closer', 'f());\n', 1, 'unbalanced `)`'],
    ['unterminated JSX', 'const e = <div>\n  text\n', 1, 'unterminated JSX element'],
  ])('%s', (_name, source, line, reason) => {
    const errors = scan('src/a.jsx', source).filter((finding) => finding.kind === 'parse.errors');
    expect(errors).toEqual([
      {
        kind: 'parse.errors',
        file: 'src/a.jsx',
        line,
        column: expect.any(Number),
        message: `could not follow JavaScript syntax after line ${line} (${reason}); counts for this file may be incomplete`,
        language: 'javascript',
      },
    ]);
  });

  it('names TypeScript and keeps what it counted before losing track', () => {
    const findings = scan('src/a.ts', '// TODO kept\ntry { f() } catch {}\nconst t = `never closed\n');
    expect(linesOf(findings, 'todo.comments')).toEqual([[1, 'TODO: kept']]);
    expect(countOf(findings, 'catch.empty')).toBe(1);
    expect(linesOf(findings, 'parse.errors')).toEqual([
      [3, 'could not follow TypeScript syntax after line 3 (unterminated template literal); counts for this file may be incomplete'],
    ]);
  });
});

describe('hostile input', () => {
  it('lexes a 1 MB minified-like file quickly', () => {
    const chunk = 'function a(b){try{return b/2>1?/x[/]y/g.test(`${b}`):c(b)}catch(e){}}var d={e:[1,2,3],f:"g\\"h"};';
    const source = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    const started = performance.now();
    const findings = scan('dist/app.min.js', source);
    expect(performance.now() - started).toBeLessThan(1500);
    expect(countOf(findings, 'catch.empty')).toBe(Math.ceil(1_000_000 / chunk.length));
    expect(countOf(findings, 'parse.errors')).toBe(0);
  });

  it('survives nesting 10,000 deep without overflowing the stack', () => {
    const depth = 10_000;
    const brackets = `x = ${'['.repeat(depth)}${']'.repeat(depth)}; // TODO deep\n`;
    const templates = `y = ${'`${'.repeat(depth)}${'}`'.repeat(depth)};\n`;
    const jsx = `z = ${'<a>'.repeat(depth)}${'</a>'.repeat(depth)};\n`;
    const findings = scan('src/a.js', brackets + templates + jsx);
    expect(linesOf(findings, 'todo.comments')).toEqual([[1, 'TODO: deep']]);
    expect(countOf(findings, 'parse.errors')).toBe(0);
  });

  it('never throws on garbage', () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const alphabet = 'ab(){}[]<>/\\*`\'"$#!:;,.=\n\r itcatchthrow{}0x1e5';
    for (let sample = 0; sample < 300; sample++) {
      let source = '';
      for (let index = 0; index < 200; index++) source += alphabet[Math.floor(random() * alphabet.length)];
      for (const path of ['src/a.js', 'src/a.tsx', 'src/a.ts', 'src/a.test.js']) {
        expect(() => scan(path, source)).not.toThrow();
      }
    }
  });
});
