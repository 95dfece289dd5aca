"""The test file, rewritten before it runs, as pytest rewrites a test module.

Two passes over its syntax tree, both keeping every line number:

- `assert` statements become plain statements that evaluate each operand once
  into a temporary, compare through the harness (which refuses an answer that
  depends on a learner-defined `__eq__`), and on failure raise the harness's
  Failure with the values on each side and where they came from. `and` chains
  are checked part by part, `not x` and bare values keep Python's truth test.
- Calls the tests make on iterators (`next(it)`, `gen.send(v)`, `gen.throw(e)`,
  `gen.close()`, `it.__next__()`) go through the harness, which records the
  last few with their results for a failing test's report.

The helpers are module globals with reserved names (`__course_compare__`…);
the harness puts them in the test module and checks that they stay there.
"""

import ast
import copy

COMPARE = '__course_compare__'
FAILED = '__course_failed__'
NEXT = '__course_next__'
CALL = '__course_call__'
HELPERS = (COMPARE, FAILED, NEXT, CALL)

TRACED_METHODS = ('send', 'throw', 'close', '__next__')

OPERATORS = {
    ast.Eq: '==',
    ast.NotEq: '!=',
    ast.Lt: '<',
    ast.LtE: '<=',
    ast.Gt: '>',
    ast.GtE: '>=',
    ast.Is: 'is',
    ast.IsNot: 'is not',
    ast.In: 'in',
    ast.NotIn: 'not in',
}

#: Operands shown as they are: their value says all their source says.
_SELF_EXPLAINING = (ast.Name, ast.Constant, ast.List, ast.Tuple, ast.Set, ast.Dict)
_MAX_SEGMENT = 160


def _name(identifier):
    return ast.Name(id=identifier, ctx=ast.Load())


def _call(function, args):
    return ast.Call(func=_name(function), args=args, keywords=[])


class _AssertRewriter(ast.NodeTransformer):
    def __init__(self, source):
        self.source = source
        self.count = 0

    def _temp(self):
        self.count += 1
        return f'__course_{self.count}__'

    def _segment(self, node):
        """Where a value came from, as a learner reads it, or None when its value says it all."""
        if isinstance(node, _SELF_EXPLAINING) or (isinstance(node, ast.UnaryOp) and isinstance(node.operand, ast.Constant)):
            return None
        text = ast.get_source_segment(self.source, node)
        if not text:
            return None
        text = ' '.join(line.strip() for line in text.splitlines())
        return text if len(text) <= _MAX_SEGMENT else text[: _MAX_SEGMENT - 1] + '…'

    def _fail(self, assertion, kind, names, operator, segments):
        """`raise __course_failed__(kind, (values…), operator, (segments…), message)`"""
        message = copy.deepcopy(assertion.msg) if assertion.msg is not None else ast.Constant(value=None)
        values = ast.Tuple(elts=[_name(n) for n in names], ctx=ast.Load())
        where = ast.Tuple(elts=[ast.Constant(value=s) for s in segments], ctx=ast.Load())
        return ast.Raise(exc=_call(FAILED, [ast.Constant(value=kind), values, ast.Constant(value=operator), where, message]), cause=None)

    def _assign(self, name, value):
        return ast.Assign(targets=[ast.Name(id=name, ctx=ast.Store())], value=value)

    def _lower(self, test, assertion):
        if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
            return [stmt for value in test.values for stmt in self._lower(value, assertion)]
        if isinstance(test, ast.Compare):
            return self._lower_compare(test, assertion)
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            name = self._temp()
            fail = self._fail(assertion, 'not', [name], None, [self._segment(test.operand)])
            return [self._assign(name, test.operand), ast.If(test=_name(name), body=[fail], orelse=[])]
        name = self._temp()
        fail = self._fail(assertion, 'value', [name], None, [self._segment(test)])
        return [self._assign(name, test), ast.If(test=ast.UnaryOp(op=ast.Not(), operand=_name(name)), body=[fail], orelse=[])]

    def _lower_compare(self, test, assertion):
        operands = [test.left, *test.comparators]
        names = [self._temp() for _ in operands]
        segments = [self._segment(node) for node in operands]

        def step(i):
            # operands[i] is already in names[i]: evaluate the next one, compare, go on or fail.
            operator = OPERATORS[type(test.ops[i])]
            compared = _call(COMPARE, [_name(names[i]), ast.Constant(value=operator), _name(names[i + 1])])
            fail = self._fail(assertion, 'compare', names[i : i + 2], operator, segments[i : i + 2])
            body = [self._assign(names[i + 1], operands[i + 1])]
            if i + 1 < len(test.ops):
                body.append(ast.If(test=compared, body=step(i + 1), orelse=[fail]))
            else:
                body.append(ast.If(test=ast.UnaryOp(op=ast.Not(), operand=compared), body=[fail], orelse=[]))
            return body

        return [self._assign(names[0], operands[0]), *step(0)]

    def visit_Assert(self, node):
        statements = self._lower(node.test, node)
        for statement in statements:
            for child in ast.walk(statement):
                if not hasattr(child, 'lineno') or getattr(child, 'lineno', None) is None:
                    ast.copy_location(child, node)
        return [ast.fix_missing_locations(ast.copy_location(s, node)) for s in statements]


class _CallTracer(ast.NodeTransformer):
    def __init__(self, trace_next):
        self.trace_next = trace_next

    def visit_Call(self, node):
        self.generic_visit(node)
        plain = not any(isinstance(a, ast.Starred) for a in node.args) and not node.keywords
        function = node.func
        if self.trace_next and plain and isinstance(function, ast.Name) and function.id == 'next' and 1 <= len(node.args) <= 2:
            return ast.copy_location(_call(NEXT, node.args), node)
        if plain and isinstance(function, ast.Attribute) and function.attr in TRACED_METHODS:
            return ast.copy_location(_call(CALL, [function.value, ast.Constant(value=function.attr), *node.args]), node)
        return node


def _binds(tree, identifier):
    """Whether the module ever binds `identifier` itself (then calls to it are not the builtin's)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id == identifier and not isinstance(node.ctx, ast.Load):
            return True
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.name == identifier:
            return True
        if isinstance(node, ast.arg) and node.arg == identifier:
            return True
        if isinstance(node, ast.alias) and (node.asname or node.name) == identifier:
            return True
    return False


def rewrite(source, filename):
    """The test module's source, parsed and rewritten; raises SyntaxError as compile() would."""
    tree = ast.parse(source, filename=filename)
    tree = _AssertRewriter(source).visit(tree)
    tree = _CallTracer(trace_next=not _binds(tree, 'next')).visit(tree)
    return ast.fix_missing_locations(tree)


def imported_modules(tree):
    """Top-level names of the modules a test file imports (absolute imports only)."""
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names
