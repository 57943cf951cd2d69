// Generates Python files full of the constructs a lexer can get wrong: code-looking strings, raw and
// triple-quoted strings, f-strings, comments, decorators, nested classes, namespace blocks, except*, match.
// Everything generated parses with CPython 3.11 (the reference), so each file is a valid test.
import type { Random } from './seeded-random.js';

/** One source line; `indent` counts nesting levels, `raw` lines (inside a string or a continuation) keep
 * their text as is, because indenting them would change a string's value, not the code. */
interface Line {
  indent: number;
  text: string;
  raw?: boolean;
}
type Block = Line[];

const line = (text: string): Line => ({ indent: 0, text });
const raw = (text: string): Line => ({ indent: 0, text, raw: true });
const isStatement = (l: Line): boolean => !l.raw && l.text.trim() !== '' && !l.text.trimStart().startsWith('#');
/** Indents a block one level (a body); a body of comments alone gets a `pass`, or Python rejects it. */
const nest = (block: Block, by = 1): Block => {
  const body = block.some(isStatement) ? block : [...block, line('pass')];
  return body.map((l) => (l.raw ? l : { ...l, indent: l.indent + by }));
};

const FUNCTION_NAMES = ['test_login', 'test', 'testing_helper', 'tester', 'test_2', 'helper', '_private', 'run', 'Test_upper', 'setUp', 'check_test'];
const CLASS_NAMES = ['TestUser', 'Test', 'Tests', 'TestingTools', 'UserTest', 'Helper', 'Base', 'TestNested', 'MyTestCase'];
const CLASS_BASES = [
  '', '', '(object)', '(unittest.TestCase)', '(TestCase)', '(BaseTestCase)', '(django.test.TransactionTestCase)',
  '(Protocol)', '(typing.Protocol)', '(ABC)', '(abc.ABC)', '(metaclass=ABCMeta)', '(Base, metaclass=abc.ABCMeta)',
  '(Generic[T])', '(Protocol[T])', '(TestCase, Mixin)',
];
const DECORATORS = [
  '@pytest.mark.skip', '@pytest.mark.skip(reason="later")', '@pytest.mark.skipif(sys.platform == "win32", reason="x")',
  '@pytest.mark.xfail(strict=True)', '@mark.skip', '@unittest.skip("flaky")', '@skip("x")', '@skipIf(True, "x")',
  '@unittest.skipUnless(HAS_DB, "db")', '@pytest.mark.parametrize("a, b", [(1, 2), (3, 4)])', '@staticmethod',
  '@classmethod', '@property', '@abstractmethod', '@abc.abstractmethod', '@abstractproperty', '@overload',
  '@typing.overload', '@functools.wraps(f)', '@mock.patch("pkg.skip")', '@other.skip', '@pytest.fixture',
  '@dataclass', '@pytest.mark.usefixtures("db")',
];
const STUB_BODIES: Block[] = [
  [line('pass')], [line('...')], [line('raise NotImplementedError')], [line('raise NotImplementedError("todo: later")')],
  [line('raise NotImplementedError() from None')], [line('raise errors.NotImplementedError')], [line('"""Docstring."""'), line('pass')],
  [line("'''Doc # TODO not a comment'''"), line('...')], [line('"""Only a docstring."""')], [line('pass'), line('pass')],
  [line('return None')], [line('raise NotImplemented')], [line('x = 1'), line('return x')], [line('b"bytes doc"'), line('pass')],
  [line('raise NotImplementedError  # FIXME: implement')], [line('pass  # TODO')],
];
const HANDLER_TYPES = [
  '', ' Exception', ' BaseException', ' Exception as error', ' (ValueError, Exception)', ' (KeyError, builtins.BaseException) as e',
  ' ValueError', ' OSError as e', ' exceptions.Exception', ' ExceptionGroup', ' MyException', ' (IndexError,)',
];
const HANDLER_BODIES: Block[] = [
  [line('pass')], [line('...')], [line('pass  # TODO: handle')], [line('# ignored on purpose'), line('pass')], [line('pass'), line('...')],
  [line('log.exception("failed")')], [line('raise')], [line('"""Swallowed."""')], [line('return None')], [line('pass'), line('x = 1')],
];
const COMMENTS = [
  '# TODO: refactor', '#TODO', '# FIXME later', '# XXX', '# HACK(bob): temporary', '# todo lowercase', '# TODOs are not whole words',
  '# XXXL size', '# _TODO', '# see TODO.md', '# -*- coding: utf-8 -*-', '#!/usr/bin/env python3', '# noqa: E501', '# type: ignore  # TODO',
];
const CODE_LOOKING_STRINGS = [
  's = "def test_fake(): pass  # TODO"', "s = 'class TestFake(unittest.TestCase): pass'", 's = "except Exception: pass"',
  "s = r'\\' # TODO not a comment'", 's = r"C:\\path\\" + "# FIXME"', "s = b'# HACK' + rb'\\x00# XXX'",
  's = f"{value!r:>{width}} # TODO {\'#\'}"', 's = f\'{ {"a": "# XXX"}["a"] }\'', 's = F"{x:#x} {y!s}"',
  's = u"\\N{NUMBER SIGN} TODO"', "s = Rb'''# TODO'''", 's = "a" "# TODO" \'b\'', "s = '\\'' + \"\\\"\"  # HACK: escaped quotes",
  's = f"{f\'{1}\'}"', 's = {"except": 1, "def test_x": 2}["except"]', 's = lambda: "raise NotImplementedError"',
  'n = 0x_ff if False else 1_000 # XXX numbers', 'path = "#not/a/comment"',
];

function pickName(r: Random, names: readonly string[]): string {
  return r.pick(names) + (r.chance(0.3) ? `_${r.int(1, 99)}` : '');
}

function decorators(r: Random): Block {
  const out: Block = [];
  const count = r.chance(0.5) ? r.int(1, 2) : 0;
  for (let i = 0; i < count; i++) out.push(line(r.pick(DECORATORS)));
  return out;
}

function functionBody(r: Random, depth: number): Block {
  if (r.chance(0.55)) return r.pick(STUB_BODIES);
  const body: Block = [];
  const count = r.int(1, 3);
  for (let i = 0; i < count; i++) body.push(...statement(r, depth + 1, 'function'));
  return body;
}

function functionDef(r: Random, depth: number, inClass: boolean): Block {
  const name = pickName(r, FUNCTION_NAMES);
  const asyncPrefix = r.chance(0.2) ? 'async ' : '';
  const params = inClass ? r.pick(['self', 'self, x', 'cls', 'self, *args, **kwargs']) : r.pick(['', 'x', 'x: int = 1', 'a, /, b, *, c']);
  const returns = r.chance(0.2) ? ' -> "None"' : '';
  const head = `${asyncPrefix}def ${name}(${params})${returns}:`;
  const body = functionBody(r, depth);
  // A one-line def (`def f(): pass`) is its own lexing case.
  if (body.length === 1 && isStatement(body[0]!) && r.chance(0.25)) return [...decorators(r), line(`${head} ${body[0]!.text}`)];
  return [...decorators(r), line(head), ...nest(body)];
}

function classDef(r: Random, depth: number): Block {
  const head = `class ${pickName(r, CLASS_NAMES)}${r.pick(CLASS_BASES)}:`;
  const members: Block = [];
  if (r.chance(0.3)) members.push(line('"""A class docstring with def test_in_doc(self): pass"""'));
  if (r.chance(0.15)) members.push(line(`pytestmark = ${r.pick(['pytest.mark.skip', '[pytest.mark.skipif(True, reason="x")]', 'pytest.mark.usefixtures("db")'])}`));
  if (r.chance(0.15)) members.push(...functionDef(r, depth + 1, true).map((l) => (l.text.includes('def ') ? { ...l, text: l.text.replace(/def \w+/, 'def __init__') } : l)));
  const count = r.int(0, 4);
  for (let i = 0; i < count; i++) {
    const choice = r.next();
    if (choice < 0.6) members.push(...functionDef(r, depth + 1, true));
    else if (choice < 0.75 && depth < 3) members.push(...classDef(r, depth + 1));
    else if (choice < 0.85 && depth < 3) members.push(...namespaceBlock(r, depth + 1, 'class'));
    else members.push(...statement(r, depth + 1, 'class'));
  }
  if (members.length === 0) {
    if (r.chance(0.5)) return [...decorators(r), line(`${head} ${r.pick(['pass', '...', '"""Doc."""'])}`)];
    members.push(line('pass'));
  }
  return [...decorators(r), line(head), ...nest(members)];
}

function tryBlock(r: Random, depth: number, where: Where): Block {
  const body: Block = [line('value = compute()')];
  if (r.chance(0.3) && depth < 3) body.push(...member(r, depth + 1, where));
  const star = r.chance(0.15);
  const out: Block = [line('try:'), ...nest(body)];
  const handlers = r.int(1, 2);
  for (let i = 0; i < handlers; i++) {
    const type = star ? r.pick([' ValueError', ' (TypeError, Exception)', ' Exception as group', ' BaseException']) : r.pick(HANDLER_TYPES);
    const handlerBody = r.chance(0.2) ? [line('for item in items:'), ...nest([line('try:'), ...nest([line('use(item)')]), line('except Exception:'), ...nest([line('continue')])])] : r.pick(HANDLER_BODIES);
    // A bare `except:` must come last, and `except*` needs a type.
    out.push(line(`except${star ? '*' : ''}${type}:`), ...nest(handlerBody));
    if (type === '') break;
  }
  if (r.chance(0.2)) out.push(line('else:'), ...nest([line('pass')]));
  if (r.chance(0.2)) out.push(line('finally:'), ...nest([line('cleanup()')]));
  return out;
}

type Where = 'module' | 'class' | 'function';

/** `if`/`with`/`try` keep their body in the enclosing namespace; `for`/`while`/`match` are there as contrast. */
function namespaceBlock(r: Random, depth: number, where: Where): Block {
  const inner: Block = [];
  const count = r.int(1, 2);
  for (let i = 0; i < count; i++) inner.push(...member(r, depth + 1, where));
  switch (r.int(0, 5)) {
    case 0: return [line('if TYPE_CHECKING:'), ...nest(inner), ...(r.chance(0.4) ? [line('else:'), ...nest([line('pass')])] : [])];
    case 1: return [line('with suppress(ImportError):'), ...nest(inner)];
    case 2: return [line('try:'), ...nest(inner), line('except ImportError:'), ...nest(r.chance(0.5) ? [line('pass')] : member(r, depth + 1, where))];
    case 3: return [line('for _ in range(1):'), ...nest(inner)];
    case 4: return [line('while False:'), ...nest(inner)];
    default: return [line('match command:'), ...nest([line('case "go" | "run":'), ...nest(inner, 1), line('case _:'), ...nest([line('pass')])])];
  }
}

function multilineString(r: Random): Block {
  const quote = r.pick(['"""', "'''"]);
  const prefix = r.pick(['', 'r', 'f', 'b', 'rb', 'u']);
  const body = prefix.includes('f') ? 'def test_in_fstring(): {value}' : 'def test_in_string(): pass';
  return [line(`text = ${prefix}${quote}first line # TODO not a comment`), raw(`class TestInString(unittest.TestCase):`), raw(`    ${body}`), raw(`except Exception: pass ${quote}`)];
}

function statement(r: Random, depth: number, where: Where): Block {
  const choice = r.int(0, 9);
  if (choice <= 2) return [line(r.pick(CODE_LOOKING_STRINGS) + (r.chance(0.3) ? `  ${r.pick(COMMENTS)}` : ''))];
  if (choice === 3) return [line(r.pick(COMMENTS))];
  if (choice === 4) return multilineString(r);
  if (choice === 5) return [line('total = (1 +  # TODO: inside brackets'), raw('         2)  # XXX')];
  if (choice === 6) return [line('total = 1 + \\'), raw('    2  # HACK after continuation')];
  if (choice === 7 && depth < 4) return tryBlock(r, depth, where);
  if (choice === 8) return [line(`x = 1; y = "${r.pick(['#', 'def test_z(): pass', "'"])}"; z = lambda: ...`)];
  return [line(`call(${r.pick(['"""a # TODO\n"""'.replace('\n', '\\n'), "f'{x}'", '*args', 'key=[1, 2]'])})`)];
}

/** Anything that may stand in a module or class body. */
function member(r: Random, depth: number, where: Where): Block {
  const choice = r.next();
  if (choice < 0.35) return functionDef(r, depth, where === 'class');
  if (choice < 0.55 && depth < 3) return classDef(r, depth);
  if (choice < 0.68 && depth < 3) return namespaceBlock(r, depth, where);
  if (where === 'function' && choice < 0.75) return [line(`def inner():`), ...nest(functionBody(r, depth + 1))];
  return statement(r, depth, where);
}

export interface GeneratedFile {
  path: string;
  text: string;
}

const PLACES = ['pkg/module_{n}.py', 'tests/test_{n}.py', 'pkg/{n}_test.py', 'tests/helpers_{n}.py', 'pkg{n}/conftest.py', 'app/tests_{n}.py', 'test_{n}.py'];

export function generatePythonFile(r: Random, n: number): GeneratedFile {
  const path = r.pick(PLACES).replace('{n}', String(n));
  const blocks: Block = [];
  if (r.chance(0.2)) blocks.push(line('pytestmark = [pytest.mark.skip(reason="whole module")]'));
  if (r.chance(0.2)) blocks.push(line(r.pick(COMMENTS)));
  const count = r.int(2, 10);
  for (let i = 0; i < count; i++) {
    const kind = r.next();
    if (kind < 0.35) blocks.push(...functionDef(r, 0, false));
    else if (kind < 0.65) blocks.push(...classDef(r, 0));
    else blocks.push(...member(r, 0, 'module'));
    if (r.chance(0.3)) blocks.push(line(''));
  }
  const unit = r.pick(['    ', '  ', '\t']);
  const newline = r.chance(0.15) ? '\r\n' : '\n';
  const rendered = blocks.map((l) => (l.raw ? l.text : unit.repeat(l.indent) + l.text));
  // A BOM and a missing final newline are both legal and both change where a lexer starts or stops.
  const bom = r.chance(0.05) ? '\uFEFF' : '';
  return { path, text: bom + rendered.join(newline) + (r.chance(0.8) ? newline : '') };
}
