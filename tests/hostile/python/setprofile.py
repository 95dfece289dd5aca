# expect: failed
# expect-text: sys.setprofile() is switched off
# The same with a profile function, installed from inside the generator.
import sys


def tamper(frame, event, arg):
    if 'failure' in frame.f_locals:
        frame.f_locals['failure'] = None


def chain(*iterables):
    sys.setprofile(tamper)
    yield
