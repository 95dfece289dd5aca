"""What keeps a check truthful inside one Python interpreter (see docs/threat-model.md).

Python cannot isolate code from other code in the same interpreter, so this
module does what can be done and the threat model says what cannot:

- `PRISTINE_BUILTINS`, taken when the harness loads (before any learner code):
  the test module and the harness run with their own copy, so replacing
  `builtins.len` or `builtins.AssertionError` does not reach them.
- Guards installed once in `sys`, `os` and `threading`: the calls that would let
  code watch or change the harness (`sys.settrace`, `sys.setprofile`,
  `sys.addaudithook`, `sys.monitoring`), stop the interpreter (`os._exit`,
  `os.abort`) or crash it (`sys.setrecursionlimit` above the start value:
  deep recursion through C overflows the browser's stack and kills Pyodide)
  raise an error that says why. The harness keeps the real ones.
- `ImportBlock`: `import js`, `import pyodide` and the like fail while a check
  runs (they would reach the JavaScript worker); the modules are hidden from
  `sys.modules` meanwhile.
- `Baseline`: what the interpreter looked like before the learner's code ran
  (builtins, `sys` hooks, every loaded module's namespace). After the tests it
  says what the code changed; the harness fails the check when Python itself
  was changed, puts everything back, and tells the worker whether the
  interpreter can be trusted for another check.
- `Console`: print() and sys.stderr captured with limits per line and per check.
"""

import builtins
import io
import os
import sys
import threading
import types
from operator import is_

#: The builtins before any learner code runs; every check starts from them.
PRISTINE_BUILTINS = dict(builtins.__dict__)

# The real functions, for the harness's own use once the guards replace them in sys.
real_setprofile = sys.setprofile
real_settrace = sys.settrace
real_setrecursionlimit = sys.setrecursionlimit
#: The interpreter's recursion limit at start: the highest the guard lets code set.
RECURSION_LIMIT = sys.getrecursionlimit()

#: Modules that lead out of Python into the JavaScript worker, hidden while a check runs.
BLOCKED_MODULES = ('js', 'pyodide', 'pyodide_js', '_pyodide', '_pyodide_core', 'micropip', 'pyodide_http')


class Refused(RuntimeError):
    """A call the course's checker does not allow, with the reason."""


def _refusal(name, reason):
    def refused(*args, **kwargs):
        raise Refused(f'{name}() is switched off while the course checks your code: {reason}')

    refused.__name__ = refused.__qualname__ = name.rpartition('.')[2]
    return refused


_WATCHING = 'it would let code watch or change the checker itself'
_STOPPING = 'it would stop Python altogether. Return from your function (or raise an exception) instead'


def _capped_setrecursionlimit(limit):
    if type(limit) is int and limit > RECURSION_LIMIT:
        raise Refused(
            f'sys.setrecursionlimit({limit}) is refused: the checker allows at most {RECURSION_LIMIT}. '
            "Deeper recursion would crash the browser's Python; write the recursion as a loop (or use a stack) instead."
        )
    real_setrecursionlimit(limit)


class _RefusedMonitoring(types.ModuleType):
    def __getattr__(self, name):
        raise Refused(f'sys.monitoring.{name} is switched off while the course checks your code: {_WATCHING}')


def install_guards():
    """Replaces the dangerous calls for everyone but the harness. Once per interpreter, before any learner code."""
    sys.settrace = _refusal('sys.settrace', _WATCHING)
    sys.setprofile = _refusal('sys.setprofile', _WATCHING)
    sys.addaudithook = _refusal('sys.addaudithook', _WATCHING)
    sys.setrecursionlimit = _capped_setrecursionlimit
    if hasattr(sys, 'monitoring'):
        sys.monitoring = _RefusedMonitoring('sys.monitoring')
    for name in ('settrace', 'setprofile', 'settrace_all_threads', 'setprofile_all_threads'):
        if hasattr(threading, name):
            setattr(threading, name, _refusal(f'threading.{name}', _WATCHING))
    for module in (os, sys.modules.get('posix'), sys.modules.get('nt')):
        if module is None:
            continue
        for name in ('_exit', 'abort', 'kill', 'killpg'):
            if hasattr(module, name):
                setattr(module, name, _refusal(f'os.{name}', _STOPPING))


class _Existing:
    """A loader that hands back a module already loaded: Python's own code may import the hidden modules."""

    def __init__(self, module):
        self.module = module

    def create_module(self, spec):
        return self.module

    def exec_module(self, module):
        pass


def _importer(frame):
    """The file of the code that asked for an import (the first frame outside the import machinery)."""
    while frame is not None:
        name = frame.f_code.co_filename
        if not name.startswith('<frozen importlib') and not name.endswith(('importlib/__init__.py', 'importlib\\__init__.py')):
            return name
        frame = frame.f_back
    return None


class ImportBlock:
    """While a check runs: `import js`, `import pyodide` and the like fail in the learner's code and the tests
    (they lead to the JavaScript worker); the modules are hidden from sys.modules meanwhile, and handed back
    only to the code of Python and Pyodide themselves (`asyncio.run` needs Pyodide's event loop)."""

    reached_javascript = False

    def __init__(self, files=()):
        self.files = frozenset(files)
        self.hidden = {}

    def find_spec(self, name, path=None, target=None):
        if name.partition('.')[0] not in BLOCKED_MODULES:
            return None
        importer = _importer(sys._getframe(1))
        if importer is None or importer in self.files:
            raise ImportError(
                f'import {name} is not available to exercises: the checker runs your code as plain Python, without the browser.',
                name=name,
            )
        module = self.hidden.get(name)
        if module is None:
            return None
        import importlib.util

        return importlib.util.spec_from_loader(name, _Existing(module))

    def __enter__(self):
        self.hidden = {n: m for n, m in sys.modules.items() if n.partition('.')[0] in BLOCKED_MODULES}
        for name in self.hidden:
            del sys.modules[name]
        sys.meta_path.insert(0, self)
        return self

    def __exit__(self, *exc_info):
        while self in sys.meta_path:
            sys.meta_path.remove(self)
        present = {n: m for n, m in sys.modules.items() if n.partition('.')[0] in BLOCKED_MODULES}
        self.reached_javascript = any(self.hidden.get(n) is not m for n, m in present.items())
        for name in present:
            del sys.modules[name]
        sys.modules.update(self.hidden)
        return False


#: sys attributes a check may change; put back after every check.
_SYS_STATE = ('stdout', 'stderr', 'stdin', 'displayhook', 'excepthook', 'unraisablehook', 'breakpointhook', 'path', 'meta_path', 'path_hooks', 'modules')
#: sys attributes Python itself sets while it works (the last uncaught error, an interactive result).
_SYS_SCRATCH = ('last_exc', 'last_type', 'last_value', 'last_traceback', 'exc_type', 'exc_value', 'exc_traceback', 'ps1', 'ps2')
#: Names in module namespaces that change while Python works normally (counters, caches filled on first use).
_PLAIN_TYPES = (int, float, str, bytes, bool, type(None), tuple, frozenset)


def _is_module(value):
    return isinstance(value, types.ModuleType)


class Baseline:
    """The interpreter before a check's learner code: compared and restored after the check."""

    def __init__(self):
        self.namespaces = {}
        self.refresh()

    def refresh(self):
        """Adds the modules loaded since (by the harness, not by learner code) and takes sys's state."""
        self.modules = dict(sys.modules)
        for name, module in self.modules.items():
            if name not in self.namespaces and name != 'sys' and _is_module(module):
                namespace = module.__dict__
                self.namespaces[name] = (module, namespace, tuple(namespace), tuple(namespace.values()))
        self.sys_state = {name: getattr(sys, name) for name in _SYS_STATE if hasattr(sys, name)}
        self.sys_lists = {name: list(getattr(sys, name)) for name in ('path', 'meta_path', 'path_hooks')}
        self.sys_namespace = dict(sys.__dict__)
        self.recursion_limit = sys.getrecursionlimit()
        self.int_digits = sys.get_int_max_str_digits() if hasattr(sys, 'get_int_max_str_digits') else None
        self.asyncgen_hooks = sys.get_asyncgen_hooks()
        self.gc_enabled = __import__('gc').isenabled()

    def restore_builtins(self):
        """Puts the builtins back as they were before any learner code; returns the names the code replaced or added."""
        current = builtins.__dict__
        if len(current) == len(PRISTINE_BUILTINS) and all(map(is_, current.values(), PRISTINE_BUILTINS.values())) and all(map(is_, current, PRISTINE_BUILTINS)):
            return []
        replaced = [k for k, v in PRISTINE_BUILTINS.items() if k not in current or current[k] is not v]
        added = [k for k in current if k not in PRISTINE_BUILTINS]
        current.clear()
        current.update(PRISTINE_BUILTINS)
        # `_` is set by the interactive prompt's display hook, not by tampering.
        return [f'builtins.{k}' for k in replaced + added if k != '_']

    def restore(self):
        """Puts the interpreter back. Returns (the names of Python itself the code replaced, which fails
        the check; the reasons not to trust this interpreter with another check, if any)."""
        changed = []
        unsafe = []

        # sys first: its streams and lists are the harness's own tools.
        for name, value in self.sys_state.items():
            if getattr(sys, name, None) is not value:
                setattr(sys, name, value)
                if name not in ('stdout', 'stderr', 'stdin'):
                    unsafe.append(f'sys.{name} replaced')
        for name, items in self.sys_lists.items():
            current = getattr(sys, name)
            if len(current) != len(items) or not all(map(is_, current, items)):
                current[:] = items
                unsafe.append(f'sys.{name} changed')
        for name, value in self.sys_namespace.items():
            if name in _SYS_STATE or name in _SYS_SCRATCH:
                continue
            if sys.__dict__.get(name, value) is not value or name not in sys.__dict__:
                changed.append(f'sys.{name}')
                setattr(sys, name, value)
        real_setrecursionlimit(self.recursion_limit)
        if self.int_digits is not None:
            sys.set_int_max_str_digits(self.int_digits)
        if sys.get_asyncgen_hooks() != self.asyncgen_hooks:
            sys.set_asyncgen_hooks(*self.asyncgen_hooks)
            unsafe.append('asyncgen hooks changed')
        if sys.gettrace() is not None or sys.getprofile() is not None:
            unsafe.append('a trace or profile function was left installed')
        real_settrace(None)
        real_setprofile(None)
        gc = self.modules.get('gc') or __import__('gc')
        if gc.isenabled() != self.gc_enabled:
            (gc.enable if self.gc_enabled else gc.disable)()

        builtins_changed = self.restore_builtins()
        changed.extend(builtins_changed)

        # Modules: a module the code replaced in sys.modules, or removed.
        for name, module in self.modules.items():
            if sys.modules.get(name) is not module:
                sys.modules[name] = module
                unsafe.append(f'sys.modules[{name!r}] replaced')
        # Modules loaded during the check: dropped, so the next check imports them afresh.
        for name in [n for n in sys.modules if n not in self.modules]:
            del sys.modules[name]

        # Namespaces of the modules that were there before.
        for name, (module, namespace, keys, values) in self.namespaces.items():
            if module.__dict__ is not namespace:
                unsafe.append(f'{name}.__dict__ replaced')
                continue
            if len(namespace) == len(keys) and all(map(is_, namespace.values(), values)) and all(map(is_, namespace, keys)):
                continue
            before = dict(zip(keys, values))
            for key, old in before.items():
                new = namespace.get(key, old)
                if new is old and key in namespace:
                    continue
                if old is None or isinstance(old, _PLAIN_TYPES):
                    continue  # a flag, a counter or a cache filled on first use
                changed.append(f'{name}.{key}')
                namespace[key] = old
            for key in [k for k in namespace if k not in before]:
                if not _is_module(namespace[key]):
                    del namespace[key]
                    unsafe.append(f'{name}.{key} added')
        if changed:
            unsafe.append('Python itself was changed')
        return sorted(set(changed)), unsafe


def cut(text, limit):
    """`text` cut to `limit` characters, saying how many were left out (the same words as limits.ts's cut())."""
    if len(text) <= limit:
        return text
    return f'{text[:limit]}… {len(text) - limit:,} more characters'


class Console:
    """Collects print() output as lines, with limits, and hands each finished line to `emit`."""

    # The course's caps, as src/grader/protocol/limits.ts has them for both graders.
    LINE_LIMIT = 4000
    TOTAL_LIMIT = 200_000
    LINES_LIMIT = 500

    def __init__(self, emit_line):
        self.emit_line = emit_line
        self.partial = {'log': '', 'error': ''}
        self.total = 0
        self.lines = 0
        self.dropped_lines = 0
        self.dropped_chars = 0

    def write(self, level, text):
        if self.lines >= self.LINES_LIMIT or self.total >= self.TOTAL_LIMIT:
            newlines = text.count('\n')
            self.dropped_chars += len(text) - newlines
            self.dropped_lines += newlines
            return
        pending = self.partial[level] + text
        *finished, rest = pending.split('\n')
        for line in finished:
            self._line(level, line)
        if len(rest) > 4 * self.LINE_LIMIT:
            # A line without end: cut it now rather than hold megabytes.
            self._line(level, rest)
            rest = ''
        self.partial[level] = rest

    def _line(self, level, line):
        if self.lines >= self.LINES_LIMIT or self.total >= self.TOTAL_LIMIT:
            self.dropped_lines += 1
            self.dropped_chars += len(line)
            return
        line = cut(line, self.LINE_LIMIT)
        room = self.TOTAL_LIMIT - self.total
        if len(line) > room:
            self.dropped_chars += len(line) - room
            line = cut(line, room)
        self.total += len(line)
        self.lines += 1
        self.emit_line(level, line)

    def flush(self):
        for level, rest in self.partial.items():
            if rest:
                self.partial[level] = ''
                self._line(level, rest)

    def close(self):
        self.flush()
        if self.dropped_lines or self.dropped_chars:
            parts = []
            if self.dropped_lines:
                parts.append(f'{self.dropped_lines:,} more lines')
            if self.dropped_chars:
                parts.append(f'{self.dropped_chars:,} characters')
            self.emit_line('info', f'… {" and ".join(parts)} of output not shown')


class Stream(io.TextIOBase):
    """sys.stdout or sys.stderr while a check runs."""

    def __init__(self, console, level):
        self._console = console
        self._level = level

    def writable(self):
        return True

    def write(self, text):
        if type(text) is not str:
            raise TypeError(f'write() argument must be str, not {type(text).__name__}')
        self._console.write(self._level, text)
        return len(text)

    @property
    def encoding(self):
        return 'utf-8'

    def isatty(self):
        return False
