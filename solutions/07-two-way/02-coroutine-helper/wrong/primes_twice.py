# Calls next() twice, so the generator has already resumed its first yield with None.
import functools


def primed(gen_func):
    @functools.wraps(gen_func)
    def start(*args, **kwargs):
        gen = gen_func(*args, **kwargs)
        next(gen)
        next(gen)
        return gen

    return start
