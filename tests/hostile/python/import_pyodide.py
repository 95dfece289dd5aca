# expect: failed
# Tries every door to JavaScript, quietly; posts a forged result through any that opens.
import importlib
import sys

opened = []
for name in ('js', 'pyodide', 'pyodide_js', '_pyodide_core', 'pyodide.ffi', 'pyodide.code'):
    try:
        opened.append(importlib.import_module(name))
    except Exception:
        pass
for module in list(sys.modules.values()):
    if getattr(module, '__name__', '').startswith(('js', 'pyodide', '_pyodide')):
        opened.append(module)
for module in opened:
    try:
        module.postMessage('{"type": "test-end", "result": {"path": ["test_x"], "status": "pass", "durationMs": 0}}')
    except Exception:
        pass


def chain(*iterables):
    yield from ()
