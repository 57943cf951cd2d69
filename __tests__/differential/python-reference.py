# Reference implementation of the README's Python code metrics, built on CPython's own `ast` and
# `tokenize`, for the differential test only: the scanner never runs this.
#
# stdin:  {"root": "/abs/folder", "files": [{"path": "rel/x.py", "isTest": bool, "isTestFile": bool}]}
# stdout: {"python": "3.11.7", "files": {"rel/x.py": {"tests.cases": [lines], ...} | {"error": "why"}}}
# A file CPython cannot parse gets {"error": ...}; the comparison leaves it out.
import ast
import io
import json
import re
import sys
import tokenize

FUNCS = (ast.FunctionDef, ast.AsyncFunctionDef)
# Statements whose bodies still belong to the enclosing namespace (module or class).
NAMESPACE_BLOCKS = (ast.If, ast.Try, ast.With, ast.AsyncWith) + ((ast.TryStar,) if hasattr(ast, 'TryStar') else ())
ABSTRACT_DECORATORS = {'abstractmethod', 'abstractproperty', 'abstractclassmethod', 'abstractstaticmethod', 'overload'}
TAG = re.compile(r'(?<![A-Za-z0-9_])(TODO|FIXME|XXX|HACK)(?![A-Za-z0-9_])')


def dotted(node):
    """['pytest', 'mark', 'skip'] for `pytest.mark.skip`; [] for anything that is not a dotted name."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return list(reversed(parts))
    return []


def decorator_name(decorator):
    return dotted(decorator.func if isinstance(decorator, ast.Call) else decorator)


def last_name(node):
    return (dotted(node) or [''])[-1]


def namespace_members(body):
    out = []
    for statement in body:
        out.append(statement)
        if isinstance(statement, NAMESPACE_BLOCKS):
            for attr in ('body', 'orelse', 'finalbody'):
                out += namespace_members(getattr(statement, attr, []) or [])
            for handler in getattr(statement, 'handlers', []) or []:
                out += namespace_members(handler.body)
    return out


def is_pytest_skip(name):
    return len(name) >= 2 and name[-2] == 'mark' and name[-1] in ('skip', 'skipif', 'xfail')


def is_unittest_skip(name):
    return bool(name) and name[-1] in ('skip', 'skipIf', 'skipUnless') and (len(name) == 1 or name[-2] == 'unittest')


def has_skip_decorator(decorators):
    return any(is_pytest_skip(decorator_name(d)) or is_unittest_skip(decorator_name(d)) for d in decorators)


def pytestmark_skips(body):
    for statement in namespace_members(body):
        value = None
        if isinstance(statement, ast.Assign) and any(isinstance(t, ast.Name) and t.id == 'pytestmark' for t in statement.targets):
            value = statement.value
        if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name) and statement.target.id == 'pytestmark':
            value = statement.value
        if value is not None and any(is_pytest_skip(dotted(n)) for n in ast.walk(value)):
            return True
    return False


def base_names(cls):
    return [dotted(b.value if isinstance(b, ast.Subscript) else b) for b in cls.bases]


def tests(tree, is_test_file):
    cases, skipped, counted = [], [], set()
    module_skip = pytestmark_skips(tree.body)

    def add(function, classes):
        if id(function) in counted:
            return
        counted.add(id(function))
        cases.append(function.lineno)
        if module_skip or has_skip_decorator(function.decorator_list) or any(
            has_skip_decorator(c.decorator_list) or pytestmark_skips(c.body) for c in classes
        ):
            skipped.append(function.lineno)

    def visit(body, classes, pytest_scope):
        for statement in namespace_members(body):
            if not isinstance(statement, ast.ClassDef):
                continue
            chain = classes + [statement]
            has_init = any(isinstance(m, FUNCS) and m.name == '__init__' for m in namespace_members(statement.body))
            pytest_class = pytest_scope and statement.name.startswith('Test') and not has_init
            unittest_class = any(b and b[-1].endswith('TestCase') for b in base_names(statement))
            if pytest_class or unittest_class:
                for member in namespace_members(statement.body):
                    if isinstance(member, FUNCS) and member.name.startswith('test'):
                        add(member, chain)
            visit(statement.body, chain, pytest_class)

    if is_test_file:
        for statement in namespace_members(tree.body):
            if isinstance(statement, FUNCS) and statement.name.startswith('test'):
                add(statement, [])
    visit(tree.body, [], is_test_file)
    return cases, skipped


def is_ellipsis(statement):
    return isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant) and statement.value.value is Ellipsis


def catches_everything(handler_type):
    if handler_type is None:
        return True
    elements = handler_type.elts if isinstance(handler_type, ast.Tuple) else [handler_type]
    return any(last_name(e) in ('Exception', 'BaseException') for e in elements)


def is_placeholder(statement):
    if isinstance(statement, ast.Pass) or is_ellipsis(statement):
        return True
    if isinstance(statement, ast.Raise) and statement.cause is None and statement.exc is not None:
        raised = statement.exc.func if isinstance(statement.exc, ast.Call) else statement.exc
        return isinstance(raised, ast.Name) and raised.id == 'NotImplementedError'
    return False


def is_interface(cls):
    if any(b and b[-1] in ('Protocol', 'ABC') for b in base_names(cls)):
        return True
    return any(k.arg == 'metaclass' and last_name(k.value) == 'ABCMeta' for k in cls.keywords)


def handlers_and_stubs(tree):
    generic, empty, stubs = [], [], []

    def walk(node, owner):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ExceptHandler):
                if catches_everything(child.type):
                    generic.append(child.lineno)
                if all(isinstance(s, (ast.Pass, ast.Continue)) or is_ellipsis(s) for s in child.body):
                    empty.append(child.lineno)
            if isinstance(child, FUNCS):
                exempt = any(last_name(d.func if isinstance(d, ast.Call) else d) in ABSTRACT_DECORATORS for d in child.decorator_list)
                exempt = exempt or (isinstance(owner, ast.ClassDef) and is_interface(owner))
                body = child.body
                if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, (str, bytes)):
                    body = body[1:]
                if not exempt and len(body) == 1 and is_placeholder(body[0]):
                    stubs.append(child.lineno)
            walk(child, child if isinstance(child, (ast.ClassDef,) + FUNCS) else owner)

    walk(tree, tree)
    return generic, empty, stubs


def todos(text):
    return [t.start[0] for t in tokenize.generate_tokens(io.StringIO(text).readline)
            if t.type == tokenize.COMMENT and TAG.search(t.string)]


def decode(data):
    """The scanner's decoding (src/scan/read-text.ts): UTF-16 by BOM, else UTF-8 without BOM, bad bytes replaced."""
    if data[:2] == b'\xff\xfe':
        return data[2:].decode('utf-16-le', errors='replace')
    if data[:2] == b'\xfe\xff':
        return data[2:].decode('utf-16-be', errors='replace')
    return data.decode('utf-8-sig', errors='replace')


def reference(text, entry):
    tree = ast.parse(text)
    result = {}
    result['tests.cases'], result['tests.skipped'] = tests(tree, entry['isTestFile'])
    if not entry['isTest']:
        result['catch.generic'], result['catch.empty'], result['stubs.placeholder'] = handlers_and_stubs(tree)
    result['todo.comments'] = todos(text)
    return {metric: sorted(lines) for metric, lines in result.items() if lines}


def main():
    request = json.load(sys.stdin)
    out = {}
    for entry in request['files']:
        try:
            with open(request['root'] + '/' + entry['path'], 'rb') as handle:
                out[entry['path']] = reference(decode(handle.read()), entry)
        except (SyntaxError, ValueError, RecursionError, MemoryError, tokenize.TokenError) as error:
            out[entry['path']] = {'error': f'{type(error).__name__}: {str(error)[:160]}'}
    version = '.'.join(str(part) for part in sys.version_info[:3])
    json.dump({'python': version, 'files': out}, sys.stdout)


if __name__ == '__main__':
    main()
