# expect: failed
# expect-text: sys.setrecursionlimit(1000000000) is refused
# Lifts the recursion limit so a deep recursion would crash the interpreter instead of raising RecursionError.
import sys

sys.setrecursionlimit(10**9)


def chain(*iterables):
    yield from ()
