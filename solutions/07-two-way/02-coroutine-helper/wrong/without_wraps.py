# Forgets functools.wraps, so every decorated function is called "start" and loses its docstring.
def primed(gen_func):
    def start(*args, **kwargs):
        gen = gen_func(*args, **kwargs)
        next(gen)
        return gen

    return start
