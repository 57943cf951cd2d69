import { describe, expect, it } from 'vitest';
import { lexPython, lineEnd } from '../../../src/collectors/python/lexer.js';
import { collect, found, lines } from './helpers.js';

/** Logical lines as the texts of their tokens, strings included. */
function logical(text: string): string[] {
  const { lines } = lexPython(text);
  return lines.firsts.map((first, index) =>
    lines.tokens.tokens(first, lineEnd(lines, index)).map((token) => token.text).join(' '));
}

describe('python lexer: strings and comments', () => {
  it.each([
    ['TODO inside a string', ['x = "# TODO not a comment"'], []],
    ['TODO in a comment after a string', ['x = "a"  # TODO real'], [1]],
    ['f-string reusing its quote inside a field', ['x = f"{d["a"]}"  # FIXME after'], [1]],
    ['f-string holding a hash in a nested string', ["x = f\"{'#'} TODO\"", 'y = 1  # TODO'], [2]],
    ['nested f-strings', ['x = f"{f"{f"{1}"}"}"  # XXX'], [1]],
    ['raw string ending in an escaped quote', ['x = r"\\" # TODO inside"', 'y = 2  # TODO'], [2]],
    ['raw string with a doubled backslash', ['x = r"\\\\"  # TODO'], [1]],
    ['triple-quoted string holding the other quote kind', ['x = """ \'\'\' # TODO """', "y = ''' \"\"\" # TODO '''"], []],
    ['triple-quoted string over lines', ['x = """', '# TODO not a comment', '"""  # HACK yes'], [3]],
    ['every prefix, any case', ['a = Rb"# TODO"', 'b = bR"# TODO"', 'c = Fr"# TODO"', 'd = U"# TODO"', 'e = t"# TODO {x}"'], []],
    ['format spec with a nested field', ['x = f"{v:{w}.{p}} # TODO"  # TODO'], [1]],
    ['doubled braces are literal', ['x = f"{{ # TODO }}"'], []],
    ['named unicode escape is not a field', ['x = f"\\N{BULLET} {y}"  # TODO'], [1]],
    ['raw f-string backslash before doubled brace', ["x = fr'\\{{' + 'a'  # TODO"], [1]],
    ['multi-line field in a 3.12 f-string', ['x = f"{a', '  # TODO comment inside a field', '}"  # TODO'], [3]],
    ['backslash continuation', ['x = 1 + \\', '    2  # TODO'], [2]],
    ['string with backslash-newline', ['x = "a\\', '# TODO still string"', 'y = 1'], []],
  ])('%s', (_name, source, expected) => {
    expect(lines(collect(source), 'todo.comments')).toEqual(expected);
  });

  it('joins physical lines inside brackets and after backslashes into one logical line', () => {
    expect(logical('x = (1,\n  2)\ny = 3 \\\n  + 4\n')).toEqual(['x = ( 1 , 2 )', 'y = 3 + 4']);
  });

  it('reads CRLF, lone CR and a BOM as line breaks with the right lines', () => {
    const findings = collect('\uFEFFx = 1\r\ntry:\r\n    pass\r\nexcept:\r    pass\r# TODO crlf\r\n');
    expect(found(findings, 'catch.generic').map((entry) => entry.slice(0, 2))).toEqual(['4:']);
    expect(found(findings, 'todo.comments')).toEqual(['6: TODO: crlf']);
  });

  it('ends comments at LF, CRLF or a lone CR wherever the first CR of the file is', () => {
    const findings = collect('x = 1  # TODO a\n# TODO b\ny = 2\r# TODO c\r\n# TODO d\n# TODO e\r# TODO f');
    expect(found(findings, 'todo.comments')).toEqual([
      '1: TODO: a', '2: TODO: b', '4: TODO: c', '5: TODO: d', '6: TODO: e', '7: TODO: f',
    ]);
  });

  it('counts lines through escaped newlines and CRLF inside triple-quoted strings', () => {
    const findings = collect('x = """a\\\r\nb\r\nc"""\ny = \'\\\nz\'  # TODO after\n# TODO last');
    expect(found(findings, 'todo.comments')).toEqual(['5: TODO: after', '6: TODO: last']);
  });

  it('keeps multi-character operators whole', () => {
    expect(logical('a ... b := c -> d **= e != f // g')).toEqual(['a ... b := c -> d **= e != f // g']);
  });

  it('reports the start line of an unterminated triple-quoted string and keeps earlier counts', () => {
    const findings = collect(['try:', '    x()', 'except Exception:', '    pass', 'y = """never closed', 'z = 1']);
    expect(found(findings, 'parse.errors')).toEqual([
      '5: could not follow Python syntax after line 5 (unterminated triple-quoted string); counts for this file may be incomplete',
    ]);
    expect(lines(findings, 'catch.generic')).toEqual([3]);
    expect(lines(findings, 'catch.empty')).toEqual([3]);
  });

  it('reports an unterminated single-quoted string once and keeps counting after it', () => {
    const findings = collect(['x = "open', '# TODO after', 'y = "again']);
    expect(found(findings, 'parse.errors')).toEqual([
      '1: could not follow Python syntax after line 1 (unterminated string); counts for this file may be incomplete',
    ]);
    expect(lines(findings, 'todo.comments')).toEqual([2]);
  });

  it('reports unclosed and unmatched brackets', () => {
    expect(lines(collect(['x = 1', 'y = foo(', '  1,']), 'parse.errors')).toEqual([2]);
    expect(found(collect(['x = 1)', 'y = 2']), 'parse.errors')).toEqual([
      '1: could not follow Python syntax after line 1 (unmatched closing bracket); counts for this file may be incomplete',
    ]);
  });

  it('reports an f-string left open inside a field', () => {
    expect(lines(collect(['a = 1', 'x = f"""{a', '']), 'parse.errors')).toEqual([2]);
  });

  it('survives hostile input without throwing', () => {
    for (const text of ['', '\\', '"', "'''", 'f"{', 'f"{x:{', ')))', '\t\t\tdef', '\r\r\r', '@', 'class', 'except', 'def f(:']) {
      expect(() => collect(text)).not.toThrow();
    }
  });

  it('lexes a 1 MB generated file and a 10 MB line without overflowing the stack', () => {
    const body = Array.from({ length: 20000 }, (_, i) => `def f${i}(x: int) -> None:\n    pass  # TODO ${i}\n`).join('');
    const findings = collect(body);
    expect(lines(findings, 'stubs.placeholder')).toHaveLength(20000);
    expect(lines(findings, 'todo.comments')).toHaveLength(20000);
    const huge = collect(`x = "${'a'.repeat(10_000_000)}"  # TODO end\n${'('.repeat(100_000)}`);
    expect(lines(huge, 'todo.comments')).toEqual([1]);
    expect(lines(huge, 'parse.errors')).toEqual([2]);
  });
});
