"""Loads the course's Python test harness into this interpreter, before any learner code.

`load_harness(sources)` takes the harness modules' source texts (name → text),
runs each as a module with its own copy of the builtins, and returns a
`course_harness.Harness`. The modules are registered in `sys.modules` only
while they import one another and are removed after: learner code cannot
`import course_harness` to reach them.
"""

ORDER = ('course_explain', 'course_pytest', 'course_rewrite', 'course_sandbox', 'course_asyncio', 'course_harness')


def load_harness(sources):
    import builtins
    import sys
    import types

    own_builtins = dict(builtins.__dict__)
    loaded = []
    try:
        for name in ORDER:
            module = types.ModuleType(name)
            module.__file__ = f'<course harness>/{name}.py'
            module.__builtins__ = own_builtins
            sys.modules[name] = module
            loaded.append(name)
            exec(compile(sources[name], module.__file__, 'exec', dont_inherit=True), module.__dict__)
        return sys.modules['course_harness'].Harness()
    finally:
        for name in loaded:
            sys.modules.pop(name, None)
