# Passes only positional arguments on, so a keyword argument raises TypeError.
import functools


def primed(gen_func):
    @functools.wraps(gen_func)
    def start(*args):
        gen = gen_func(*args)
        next(gen)
        return gen

    return start
