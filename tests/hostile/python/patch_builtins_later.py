# expect: failed
# expect-text: builtins.AssertionError
# Replaces AssertionError (and print) while the tests run, from inside the generator.
import builtins


def chain(*iterables):
    builtins.AssertionError = type('Harmless', (Exception,), {})
    builtins.print = lambda *args, **kwargs: None
    yield 1
