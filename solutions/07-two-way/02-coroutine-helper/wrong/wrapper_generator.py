# Writes the wrapper as a generator that primes the real one and delegates to it: the wrapper itself is not primed.
import functools


def primed(gen_func):
    @functools.wraps(gen_func)
    def start(*args, **kwargs):
        gen = gen_func(*args, **kwargs)
        next(gen)
        return (yield from gen)

    return start
