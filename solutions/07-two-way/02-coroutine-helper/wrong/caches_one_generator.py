# Makes the generator once and hands the same one to every caller, primed again each time.
import functools


def primed(gen_func):
    cache = []

    @functools.wraps(gen_func)
    def start(*args, **kwargs):
        if not cache:
            cache.append(gen_func(*args, **kwargs))
        gen = cache[0]
        next(gen)
        return gen

    return start
