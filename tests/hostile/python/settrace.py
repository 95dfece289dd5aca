# expect: failed
# expect-text: sys.settrace() is switched off
# Installs a trace function to rewrite the harness's variables as it runs.
import sys


def tamper(frame, event, arg):
    for key in ('failure', 'error', 'result'):
        if key in frame.f_locals:
            frame.f_locals[key] = None
    return tamper


sys.settrace(tamper)


def chain(*iterables):
    yield from ()
