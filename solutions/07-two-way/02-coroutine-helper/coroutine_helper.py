"""A decorator that primes generators: they come back already paused at their first yield."""
import functools
from collections.abc import Callable, Generator
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
Y = TypeVar("Y")
S = TypeVar("S")
R = TypeVar("R")


def primed(gen_func: Callable[P, Generator[Y, S, R]]) -> Callable[P, Generator[Y, S, R]]:
    """Wrap a generator function so that every generator it makes has been advanced with next() once."""

    @functools.wraps(gen_func)  # keep the name and docstring of the generator function
    def start(*args: P.args, **kwargs: P.kwargs) -> Generator[Y, S, R]:
        gen = gen_func(*args, **kwargs)
        next(gen)  # run up to the first yield; what it yields is not needed
        return gen

    return start
