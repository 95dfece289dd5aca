"""Runs one Python check: the learner's module (or a project's modules), then the exercise's pytest-style tests.

The worker (the browser's, or a Node thread for `npm test`) loads this harness
once, before any learner code, and calls `run_check(job, send, stop_requested)`
for each check. `send` takes one JSON text per event, the Python side of
src/grader/python/protocol.ts:

  {"type": "test-start", "path": [name]}      a test begins (the page's clock starts)
  {"type": "test-end", "result": TestResult}  it ended, as the course's verdict has it
  {"type": "console", "line": ConsoleLine}    a line the code printed (limited)
  {"type": "done", "result": Outcome}         the run is over; the verdict is complete
  {"type": "idle", "reusable": bool}          cleaned up: whether this interpreter may run another check

A test is a module-level `test*` function of the test file, run in the order
of the file. A project's job also has `files` (file name → source): its other
modules, importable by name (`import parse`) by the tests and by each other. `stop_requested()` says whether a KeyboardInterrupt came from the
page's time limit (Pyodide's interrupt buffer) rather than from the code.
"""

import builtins
import gc
import importlib
import inspect
import json
import linecache
import operator
import re
import sys
import time
import traceback
import types
import warnings

import course_asyncio
import course_explain
import course_pytest
import course_rewrite
import course_sandbox
from course_explain import Failure, safe_repr, safe_str

TRACED_CALLS = 8
#: A test's report shows at most this many frames of a long traceback (recursion), first and last.
MAX_FRAMES = 12
CHECK_NAME = 'your code leaves Python itself unchanged'
TEST_CACHE_SIZE = 8
#: Characters of a failure's message and diff, as src/grader/protocol/limits.ts has them for both graders.
MESSAGE_LIMIT = 4000
DIFF_LIMIT = 8000


class Stopped(BaseException):
    """The page's time limit interrupted the run."""


def _json(value):
    return json.dumps(value, ensure_ascii=False)


# ---------------------------------------------------------------------------
# Comparisons the tests can trust


_OPERATORS = {
    '==': operator.eq,
    '!=': operator.ne,
    '<': operator.lt,
    '<=': operator.le,
    '>': operator.gt,
    '>=': operator.ge,
    'is': operator.is_,
    'is not': operator.is_not,
    'in': lambda a, b: operator.contains(b, a),
    'not in': lambda a, b: not operator.contains(b, a),
}
#: Containers whose membership test compares items with ==: their items' __eq__ is watched like a comparison's.
_PLAIN_CONTAINERS = (list, tuple, set, frozenset, dict, str, bytes, bytearray, range, type({}.keys()), type({}.values()), type({}.items()))
#: Values whose comparisons run no code but Python's own (exact types only: a subclass may define __eq__).
_SCALARS = frozenset((int, float, complex, bool, str, bytes, type(None)))


class Untrusted(BaseException):
    """Learner code ran inside a comparison the tests rely on."""

    def __init__(self, code):
        super().__init__(code)
        self.code = code


class Comparisons:
    """`left op right` for rewritten asserts, refusing an answer that depends on the learner's own comparison methods."""

    def __init__(self, learner_files):
        self.learner_files = frozenset(learner_files)

    def _watch(self, frame, event, arg):
        if event == 'call' and frame.f_code.co_filename in self.learner_files:
            raise Untrusted(frame.f_code)

    def compare(self, left, op, right):
        if op in ('is', 'is not'):
            return _OPERATORS[op](left, right)
        if type(left) in _SCALARS and type(right) in _SCALARS:
            # The common case (counters, lengths, names) needs no watching, and watching costs: an assert in a loop of 200,000.
            return bool(_OPERATORS[op](left, right))
        watched = op not in ('in', 'not in') or type(right) in _PLAIN_CONTAINERS
        if not watched:
            return bool(_OPERATORS[op](left, right))
        course_sandbox.real_setprofile(self._watch)
        try:
            result = _OPERATORS[op](left, right)
            answer = result if result is True or result is False else bool(result)
        except Untrusted as caught:
            course_sandbox.real_setprofile(None)
            raise self._refusal(left, op, right, caught.code) from None
        finally:
            course_sandbox.real_setprofile(None)
        return answer

    def _refusal(self, left, op, right, code):
        name = getattr(code, 'co_qualname', code.co_name)
        return Failure(
            f'This assertion compares with {op}, and the answer came from {name} (line {code.co_firstlineno} of your code), '
            'so the checker cannot trust it.\n'
            f'  left:  {safe_repr(left)}\n  right: {safe_repr(right)}\n'
            'Return plain values (numbers, strings, lists, tuples, dicts, named tuples or dataclasses) '
            'and let Python compare them: your own comparison methods are not used to grade your code.'
        )


def explain_failure(kind, values, op, segments, message):
    """The Failure a rewritten assert raises, worded as pytest words it."""
    lines = []
    diff = None
    if kind == 'compare':
        left, right = values
        lines.append(f'assert {safe_repr(left)} {op} {safe_repr(right)}')
        for value, segment in zip(values, segments):
            if segment:
                lines.append(f' +  where {safe_repr(value)} = {segment}')
        if op == '==':
            summary, diff = course_explain.explain_eq(left, right)
            lines.extend(summary)
    else:
        (value,) = values
        lines.append(f'assert {"not " if kind == "not" else ""}{safe_repr(value)}')
        if segments[0]:
            lines.append(f' +  where {safe_repr(value)} = {segments[0]}')
    if message is not None:
        lines.insert(0, safe_str(message, 2000))
    return Failure('\n'.join(lines), diff)


# ---------------------------------------------------------------------------
# The calls the tests make on generators


class CallTrace:
    """The last calls the tests made with next()/send()/throw()/close(), formatted only when a test fails."""

    def __init__(self):
        self.calls = []

    def reset(self):
        self.calls = []

    def _record(self, entry):
        # The receiver is kept as its description, not the object: a record must not keep a generator
        # alive that the test dropped (CPython closes a generator when its last reference goes).
        entry[1] = self._receiver(entry[1])
        self.calls.append(entry)
        if len(self.calls) > TRACED_CALLS:
            del self.calls[0]

    def next(self, iterator, *default):
        entry = ['next', iterator, default, None, None]
        self._record(entry)
        try:
            value = next(iterator, *default)
        except BaseException as error:
            entry[4] = error
            raise
        entry[3] = value
        return value

    def call(self, target, method, *args):
        bound = getattr(target, method)
        if not isinstance(target, (types.GeneratorType, types.CoroutineType)) and method != '__next__':
            return bound(*args)
        entry = [method, target, args, None, None]
        self._record(entry)
        try:
            value = bound(*args)
        except BaseException as error:
            entry[4] = error
            raise
        entry[3] = value
        return value

    def recent(self):
        return [self._describe(entry) for entry in self.calls]

    @staticmethod
    def _receiver(target):
        if isinstance(target, (types.GeneratorType, types.CoroutineType)):
            return f'{safe_str(target.__name__, 60)}(…)'
        return f'<{course_explain.type_name(target)}>'

    def _describe(self, entry):
        method, target, args, value, error = entry
        shown = ', '.join(safe_repr(a, 80) for a in args)
        call = f'next({target}{", " + shown if shown else ""})' if method == 'next' else f'{target}.{method}({shown})'
        if error is None:
            return f'{call} → {safe_repr(value, 120)}'
        if isinstance(error, StopIteration):
            returned = error.value
            return f'{call} → raised StopIteration' + ('' if returned is None else f' (returned {safe_repr(returned, 120)})')
        return f'{call} → raised {course_explain.describe_error(error)}'


# ---------------------------------------------------------------------------
# Reports


def _diagnostic(error, source, file):
    line = error.lineno or 1
    column = error.offset or 1
    starts = [0]
    for text in source.splitlines(keepends=True):
        starts.append(starts[-1] + len(text))
    start = starts[min(line, len(starts)) - 1] + column - 1
    end_line = getattr(error, 'end_lineno', None) or line
    end_column = getattr(error, 'end_offset', None) or column + 1
    end = starts[min(end_line, len(starts)) - 1] + end_column - 1
    start = max(0, min(start, len(source)))
    end = max(start, min(end, len(source)))
    if end == start and start < len(source):
        end = start + 1
    return {
        'file': file,
        'line': line,
        'column': column,
        'from': start,
        'to': end,
        'code': 0,
        'message': f'{type(error).__name__}: {error.msg}',
        'kind': 'syntax',
    }


class Reporter:
    """Turns what went wrong into the verdict's words."""

    def __init__(self, learner_files, test_file):
        #: The learner's files (the entry first) by module name.
        self.learner_files = {file[:-3]: file for file in learner_files}
        self.test_file = test_file

    def _frames(self, error):
        ours = {*self.learner_files.values(), self.test_file}
        try:
            frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename in ours]
        except Exception:
            return []
        lines = []
        previous = None
        repeats = 0
        for frame in frames:
            key = (frame.filename, frame.lineno, frame.name)
            if key == previous:
                repeats += 1
                continue
            if repeats:
                lines.append(f'  [the line above repeated {repeats} more times]')
                repeats = 0
            previous = key
            lines.append(f'  {frame.filename}, line {frame.lineno}, in {frame.name}')
            if frame.line:
                lines.append(f'    {frame.line.strip()}')
        if repeats:
            lines.append(f'  [the line above repeated {repeats} more times]')
        if len(lines) > 2 * MAX_FRAMES:
            lines = lines[:MAX_FRAMES] + [f'  … {len(lines) - 2 * MAX_FRAMES} more lines …'] + lines[-MAX_FRAMES:]
        return lines

    def _advice(self, error):
        if isinstance(error, NotImplementedError):
            return 'This is the starting code’s placeholder: replace `raise NotImplementedError` with your code.'
        if isinstance(error, SystemExit):
            return 'Your code called sys.exit() (or raised SystemExit): return a value or raise an exception instead.'
        if isinstance(error, RecursionError):
            return 'A function kept calling itself: does the recursion reach a case that stops it?'
        if isinstance(error, MemoryError):
            return 'Python ran out of memory: is something collecting an endless generator into a list?'
        if isinstance(error, GeneratorExit):
            return 'GeneratorExit escaped: a generator being closed must not catch it and go on.'
        return None

    def failure(self, error, calls=()):
        """A TestFailure for an exception that ended a test (or the loading of a module)."""
        if isinstance(error, Failure):
            message = error.message
            diff = error.diff
        else:
            text = safe_str(error, 2000)
            message = f'{course_explain.type_name(error)}: {text}' if text else course_explain.type_name(error)
            if isinstance(error, StopIteration) and error.value is not None:
                message += f' (returned {safe_repr(error.value)})'
            advice = self._advice(error)
            if advice:
                message += f'\n{advice}'
            diff = None
        frames = self._frames(error)
        if frames:
            message += '\n\n' + '\n'.join(frames) if isinstance(error, Failure) else '\n\nTraceback (most recent call last):\n' + '\n'.join(frames)
        failure = {'message': course_sandbox.cut(message, MESSAGE_LIMIT)}
        if diff:
            failure['diff'] = course_sandbox.cut(diff, DIFF_LIMIT)
        if calls:
            failure['calls'] = list(calls)
        return failure

    def load_failure(self, error):
        module = getattr(error, 'name', None) if isinstance(error, ImportError) else None
        if module in self.learner_files:
            match = re.match(r"cannot import name '([^']+)'", str(error))
            file = self.learner_files[module]
            if match and len(self.learner_files) == 1:
                return {
                    'message': f'The tests import {match.group(1)} from {file}, but your code does not define it. '
                    'Keep the names the starting code has (you can add your own beside them).'
                }
            if match:
                return {
                    'message': f'{match.group(1)} is imported from {file}, but {file} does not define it. '
                    'Keep the names the starting code has (you can add your own beside them).'
                }
        failure = self.failure(error)
        failure['message'] = f'Loading your code failed: {failure["message"]}'
        return failure


# ---------------------------------------------------------------------------
# The test module's own imports


class TestImports:
    """The `__import__` of the test module: the learner's modules, the pytest shim, and modules as they were before the learner's code ran."""

    def __init__(self, learner, pytest_module, modules):
        #: The learner's modules by name (a project's several, loaded when the check started).
        self.learner = learner
        self.pytest = pytest_module
        self.modules = modules
        self.real = builtins.__import__

    def __call__(self, name, globals=None, locals=None, fromlist=(), level=0):
        if level:
            raise ImportError('relative imports are not available in the tests')
        if name == 'pytest':
            return self.pytest
        if name in self.learner:
            return self.learner[name]
        known = self.modules.get(name)
        if known is not None:
            return known if fromlist else self.modules.get(name.partition('.')[0], known)
        return self.real(name, globals, locals, fromlist, level)


# ---------------------------------------------------------------------------
# The test module must stay as it was loaded


def _fingerprint(module):
    """What a test's run must leave unchanged in the test module: its functions, classes and their methods, and the helpers."""
    namespace = module.__dict__
    name = module.__name__
    guarded = {}
    for key, value in namespace.items():
        if isinstance(value, (types.FunctionType, type, types.ModuleType)) or key in course_rewrite.HELPERS:
            guarded[key] = value
    functions = []
    classes = []
    namespaces = [(value, tuple(value.__dict__.items())) for value in guarded.values() if isinstance(value, types.ModuleType) and value.__name__ == 'pytest']
    for value in guarded.values():
        if isinstance(value, types.FunctionType) and value.__module__ == name:
            functions.append((value, value.__code__, value.__defaults__, value.__kwdefaults__))
        elif isinstance(value, type) and value.__module__ == name:
            methods = tuple((k, v) for k, v in value.__dict__.items() if callable(v) or isinstance(v, (staticmethod, classmethod, property)))
            classes.append((value, methods))
            for _, method in methods:
                if isinstance(method, types.FunctionType):
                    functions.append((method, method.__code__, method.__defaults__, method.__kwdefaults__))
    return guarded, functions, classes, namespaces


def _changes(module, fingerprint):
    """Names in the test module the code replaced, put back as they were."""
    guarded, functions, classes, namespaces = fingerprint
    namespace = module.__dict__
    changed = []
    for other, items in namespaces:
        now = tuple(other.__dict__.items())
        if len(now) != len(items) or not all(a[0] is b[0] and a[1] is b[1] for a, b in zip(now, items)):
            changed.append(other.__name__)
            other.__dict__.clear()
            other.__dict__.update(items)
    for key, value in guarded.items():
        if namespace.get(key) is not value:
            changed.append(key)
            namespace[key] = value
    for function, code, defaults, kwdefaults in functions:
        if function.__code__ is not code or function.__defaults__ is not defaults or function.__kwdefaults__ is not kwdefaults:
            changed.append(function.__qualname__)
            function.__code__, function.__defaults__, function.__kwdefaults__ = code, defaults, kwdefaults
    for cls, methods in classes:
        for key, value in methods:
            if cls.__dict__.get(key) is not value:
                changed.append(f'{cls.__qualname__}.{key}')
                setattr(cls, key, value)
    return changed


# ---------------------------------------------------------------------------
# One check


def _module(name, file, source):
    module = types.ModuleType(name)
    module.__file__ = file
    lines = source.splitlines(keepends=True)
    linecache.cache[file] = (len(source), None, lines, file)
    return module


class ProjectModules:
    """A project's modules while its check runs: `import parse` (from the tests or another of its modules)
    finds the learner's `parse.py`, loaded once by Python's own import machinery (any order, even a cycle).
    On sys.meta_path only while the check runs, so the interpreter is as it was for the next check."""

    def __init__(self, sources, compiled):
        #: module name → (file name, source, code object)
        self.modules = {file[:-3]: (file, sources[file], code) for file, code in compiled.items()}

    def find_spec(self, name, path=None, target=None):
        if path is not None or name not in self.modules:
            return None
        import importlib.util

        return importlib.util.spec_from_loader(name, self)

    def create_module(self, spec):
        file, source, _ = self.modules[spec.name]
        module = _module(spec.name, file, source)
        module.__builtins__ = builtins  # the real ones, as for a one-file exercise
        return module

    def exec_module(self, module):
        exec(self.modules[module.__name__][2], module.__dict__)

    def __enter__(self):
        sys.meta_path.insert(0, self)
        return self

    def __exit__(self, *exc_info):
        while self in sys.meta_path:
            sys.meta_path.remove(self)
        return False


class Check:
    def __init__(self, job, send, stop_requested, baseline, test_cache):
        self.job = job
        self.test_cache = test_cache
        self.send_text = send
        self.stop_requested = stop_requested
        self.baseline = baseline
        self.learner_file = job['stubName']
        #: Every learner file's source, the entry first (a project has several).
        self.sources = {self.learner_file: job['code'], **(job.get('files') or {})}
        self.learner_files = tuple(self.sources)
        self.test_file = job['testName']
        self.learner_name = self.learner_file[:-3]
        self.learner_names = {file[:-3] for file in self.learner_files}
        self.test_name = self.test_file[:-3]
        self.reporter = Reporter(self.learner_files, self.test_file)
        self.trace = CallTrace()
        self.console = course_sandbox.Console(self._console_line)
        self.streams = (course_sandbox.Stream(self.console, 'log'), course_sandbox.Stream(self.console, 'error'))
        #: Names of Python itself the code replaced (builtins now, the rest when the run ends).
        self.tampered = set()

    def send(self, message):
        self.send_text(_json(message))

    def _console_line(self, level, text):
        self.send({'type': 'console', 'line': {'level': level, 'text': text}})

    def _capture(self):
        sys.stdout, sys.stderr = self.streams
        sys.stdin = None

    def _interrupted(self, error):
        if isinstance(error, KeyboardInterrupt) and self.stop_requested():
            raise Stopped() from None

    # -- loading ----------------------------------------------------------

    def compile_learner(self):
        """Each learner file's code by file name, or the diagnostics of those that do not compile
        (a project's other files' name theirs as `module`)."""
        compiled = {}
        diagnostics = []
        for file, source in self.sources.items():
            module = {} if file == self.learner_file else {'module': file}
            with warnings.catch_warnings():
                warnings.simplefilter('ignore')
                try:
                    compiled[file] = compile(source, file, 'exec', dont_inherit=True)
                except SyntaxError as error:
                    diagnostics.append({**_diagnostic(error, source, 'code'), **module})
                except ValueError as error:  # e.g. a null character
                    diagnostics.append(
                        {'file': 'code', 'line': 1, 'column': 1, 'from': 0, 'to': 0, 'code': 0, 'message': f'SyntaxError: {error}', 'kind': 'syntax', **module}
                    )
        return (None, diagnostics) if diagnostics else (compiled, None)

    def compile_tests(self):
        """The rewritten test module's code and the modules it imports: (code, imports, None) or (None, None, diagnostics).
        Rewriting and compiling cost more than a quick check's tests, so the last few test files are kept compiled."""
        source = self.job['tests']
        key = (self.test_file, source)
        if key in self.test_cache:
            code, imports = self.test_cache[key]
            return code, imports, None
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            try:
                tree = course_rewrite.rewrite(source, self.test_file)
                code = compile(tree, self.test_file, 'exec', dont_inherit=True)
            except SyntaxError as error:
                return None, None, [_diagnostic(error, source, 'tests')]
        imports = course_rewrite.imported_modules(tree)
        if len(self.test_cache) >= TEST_CACHE_SIZE:
            del self.test_cache[next(iter(self.test_cache))]
        self.test_cache[key] = (code, imports)
        return code, imports, None

    def prepare(self, imports):
        """Imports what the tests import, before the learner's code runs, so the tests get those modules as they are."""
        for name in imports:
            if name in self.learner_names or name == 'pytest' or name.partition('.')[0] in course_sandbox.BLOCKED_MODULES:
                continue
            try:
                importlib.import_module(name)
            except Exception:
                pass  # the test module's own import reports it
        self.baseline.refresh()

    def load_learner(self, code):
        """The learner's modules by name, loaded in file order (a project's import each other through ProjectModules)."""
        if len(code) > 1:
            return {file[:-3]: importlib.import_module(file[:-3]) for file in self.learner_files}
        module = _module(self.learner_name, self.learner_file, self.job['code'])
        module.__builtins__ = builtins  # the real ones: the learner's code may change them (the check then fails)
        sys.modules[self.learner_name] = module
        exec(code[self.learner_file], module.__dict__)
        return {self.learner_name: module}

    def load_tests(self, code, learner, comparisons):
        module = _module(self.test_name, self.test_file, self.job['tests'])
        imports = TestImports(learner, course_pytest_module(), self.baseline.modules)
        private = dict(course_sandbox.PRISTINE_BUILTINS)
        private['__import__'] = imports
        namespace = module.__dict__
        namespace['__builtins__'] = private
        namespace[course_rewrite.COMPARE] = comparisons.compare
        namespace[course_rewrite.FAILED] = explain_failure
        namespace[course_rewrite.NEXT] = self.trace.next
        namespace[course_rewrite.CALL] = self.trace.call
        sys.modules[self.test_name] = module
        exec(code, namespace)
        return module

    def collect(self, module):
        found = []
        for name, value in list(module.__dict__.items()):
            if name.startswith('test') and isinstance(value, types.FunctionType):
                found.append((value.__code__.co_firstlineno, name, value))
        found.sort(key=lambda item: item[0])
        return [(name, value) for _, name, value in found]

    # -- running ----------------------------------------------------------

    def run_test(self, name, function, module, fingerprint):
        self.send({'type': 'test-start', 'path': [name]})
        Failure.made.clear()
        self.trace.reset()
        self._capture()
        started = time.perf_counter()
        failure = None
        try:
            parameters = [p for p in inspect.signature(function).parameters.values() if p.default is p.empty]
            if inspect.iscoroutinefunction(function):
                failure = {'message': f'{name} is an async def test: the course\'s tests call asyncio.run(...) in a plain def instead.'}
            elif parameters:
                failure = {'message': f'{name} takes parameters ({", ".join(p.name for p in parameters)}): pytest fixtures are not available here.'}
            else:
                function()
        except Stopped:
            raise
        except BaseException as error:
            self._interrupted(error)
            failure = self.reporter.failure(error, self.trace.recent())
        finally:
            # The harness reports with Python as it was: what the code replaced is put back (and fails the check).
            course_sandbox.real_setrecursionlimit(self.baseline.recursion_limit)
            self.tampered.update(self.baseline.restore_builtins())
            self._capture()
        if failure is None and Failure.made:
            swallowed = Failure.made[0]
            failure = {
                'message': 'An assertion in this test failed, but the error was caught before it reached the test '
                '(by a with block or a generator of your code?):\n' + swallowed.message
            }
            if swallowed.diff:
                failure['diff'] = swallowed.diff
        changed = _changes(module, fingerprint)
        if changed:
            failure = {
                'message': f'While this test ran, your code changed the tests themselves ({", ".join(sorted(set(changed)))}). '
                'The checker cannot trust a test that was changed; remove the code that reaches into the tests.'
            }
        self.console.flush()
        result = {'path': [name], 'status': 'fail' if failure else 'pass', 'durationMs': (time.perf_counter() - started) * 1000}
        if failure:
            failure['message'] = course_sandbox.cut(failure['message'], MESSAGE_LIMIT)
            result['failure'] = failure
        self.send({'type': 'test-end', 'result': result})

    def compile_all(self):
        """Compiles both files and imports what the tests import. Returns (learner code, test code, None)
        or (None, None, the outcome when a file does not compile)."""
        code, diagnostics = self.compile_learner()
        if diagnostics:
            return None, None, {'kind': 'syntax-error', 'diagnostics': diagnostics}
        test_code, imports, test_diagnostics = self.compile_tests()
        if test_diagnostics:
            return None, None, {'kind': 'syntax-error', 'diagnostics': test_diagnostics}
        self.prepare(imports)
        return code, test_code, None

    def run(self, code, test_code):
        """Loads the learner's modules and the tests, and runs the tests. Returns the outcome sent with `done`."""
        if len(code) == 1:
            return self._run(code, test_code)
        with ProjectModules(self.sources, code):
            return self._run(code, test_code)

    def _run(self, code, test_code):
        self._capture()
        comparisons = Comparisons(self.learner_files)
        try:
            learner = self.load_learner(code)
        except Stopped:
            raise
        except BaseException as error:
            self._interrupted(error)
            return {'kind': 'load-error', 'failure': self.reporter.load_failure(error)}
        finally:
            self.tampered.update(self.baseline.restore_builtins())
        try:
            module = self.load_tests(test_code, learner, comparisons)
        except Stopped:
            raise
        except BaseException as error:
            self._interrupted(error)
            return {'kind': 'load-error', 'failure': self.reporter.load_failure(error)}
        tests = self.collect(module)
        fingerprint = _fingerprint(module)
        for name, function in tests:
            self.run_test(name, function, module, fingerprint)
        return {'kind': 'finished'}


def course_pytest_module():
    """A fresh module named pytest for each check, whose namespace is the shim's."""
    module = types.ModuleType('pytest', course_pytest.__doc__)
    for name in ('raises', 'ExceptionInfo', '__getattr__'):
        setattr(module, name, getattr(course_pytest, name))
    return module


class Harness:
    """One per interpreter: guards installed, the baseline taken, then checks one after another."""

    def __init__(self):
        course_sandbox.install_guards()
        self.baseline = course_sandbox.Baseline()
        self.reusable = True
        #: (test file name, source) → (compiled test module, the modules it imports), the last few.
        self.test_cache = {}

    def run_check(self, job_json, send, stop_requested):
        """Runs a check, sending its events; returns whether this interpreter may run another."""
        job = json.loads(job_json)
        check = Check(job, send, stop_requested, self.baseline, self.test_cache)
        block = course_sandbox.ImportBlock((*check.learner_files, check.test_file))
        outcome = None
        try:
            try:
                code, test_code, outcome = check.compile_all()
                if outcome is None:
                    with block, course_asyncio.EventLoopSwap() as loops:
                        outcome = check.run(code, test_code)
                    if loops.replaced:
                        check.tampered.add('asyncio’s event loop policy')
            except Stopped:
                outcome = {'kind': 'stopped'}
            except KeyboardInterrupt:
                if not stop_requested():
                    raise
                outcome = {'kind': 'stopped'}
            finally:
                changed, unsafe = self.baseline.restore()
                changed = sorted(check.tampered.union(changed))
            if changed and outcome and outcome['kind'] == 'finished':
                check.send({'type': 'test-end', 'result': _tampering(changed)})
            check.console.close()
            check.send({'type': 'done', 'result': outcome})
        except BaseException as error:  # the harness itself failed: say so rather than hang
            self.baseline.restore()
            send(_json({'type': 'done', 'result': {'kind': 'crashed', 'message': f'the Python test harness failed: {safe_str(error, 500)}'}}))
            self.reusable = False
            send(_json({'type': 'idle', 'reusable': False}))
            return False
        # Phase two, after the verdict: let go of the check's objects, run their finalizers, look again.
        files = (*check.learner_files, check.test_file)
        del check
        try:
            check_cleanup = course_sandbox.Console(lambda level, text: None)
            sys.stdout, sys.stderr = course_sandbox.Stream(check_cleanup, 'log'), course_sandbox.Stream(check_cleanup, 'error')
            with course_sandbox.ImportBlock(files) as late:
                gc.collect()
            late_changes, late_unsafe = self.baseline.restore()
            unsafe = unsafe + late_unsafe + [f'{name} replaced while cleaning up' for name in late_changes]
            if changed:
                unsafe.append('Python itself was changed')
            if block.reached_javascript or late.reached_javascript:
                unsafe.append('the code reached JavaScript')
        except BaseException as error:
            self.baseline.restore()
            unsafe = [f'cleaning up failed: {safe_str(error, 200)}']
        self.reusable = not unsafe
        if self.reusable:
            gc.freeze()  # what is left is the interpreter's own: later collections need not walk it
        send(_json({'type': 'idle', 'reusable': self.reusable, 'reasons': unsafe}))
        return self.reusable

    def settle(self):
        """After the worker's own warm-up: collect, freeze what is left, and take it as the baseline."""
        gc.collect()
        gc.freeze()
        self.baseline.refresh()


def _tampering(changed):
    shown = ', '.join(changed[:8]) + (f' and {len(changed) - 8} more' if len(changed) > 8 else '')
    return {
        'path': [CHECK_NAME],
        'status': 'fail',
        'durationMs': 0,
        'failure': {
            'message': f'Your code replaced {shown}. The checker cannot trust tests that ran with a changed Python, '
            'so this check fails; remove the code that changes them (it was put back for the next check).'
        },
    }
