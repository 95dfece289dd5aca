# expect: failed
# expect-text: Your code replaced builtins.isinstance, builtins.len, builtins.list, builtins.sum
# Replaces the builtins the tests use, so they would see what the code wants.
import builtins

builtins.len = lambda obj: 5
builtins.list = lambda iterable=(): [1, 2, 3, 4, 5]
builtins.sum = lambda iterable, start=0: 19999900000
builtins.isinstance = lambda obj, kind: True


def chain(*iterables):
    return iter(())
