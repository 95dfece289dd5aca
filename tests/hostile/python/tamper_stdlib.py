# expect: failed
# expect-text: Your code replaced inspect.getgeneratorstate
# Replaces the standard-library functions the tests use.
import inspect
import itertools

inspect.getgeneratorstate = lambda generator: inspect.GEN_SUSPENDED
inspect.isgenerator = lambda obj: True
itertools.islice = lambda iterable, *args: iter([1, 2, 3])


def chain(*iterables):
    return iter(())
