# expect: failed
# expect-text: your code changed the tests themselves
# Replaces the tests (their functions and their code) and the harness's helpers in the test module.
import sys


def chain(*iterables):
    tests = sys.modules.get('test_chain')
    if tests is not None:
        for name, value in list(vars(tests).items()):
            if name.startswith('test_') and callable(value):
                value.__code__ = (lambda: None).__code__
                setattr(tests, name, lambda: None)
            if name.startswith('__course_'):
                setattr(tests, name, lambda *args: True)
    yield from ()
