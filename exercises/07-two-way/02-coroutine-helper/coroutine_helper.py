"""A decorator that primes generators: they come back already paused at their first yield."""
from collections.abc import Callable, Generator
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
Y = TypeVar("Y")
S = TypeVar("S")
R = TypeVar("R")


def primed(gen_func: Callable[P, Generator[Y, S, R]]) -> Callable[P, Generator[Y, S, R]]:
    """Wrap a generator function so that every generator it makes has been advanced with next() once."""
    # TODO: return a function that calls gen_func, primes the generator once, and returns it
    raise NotImplementedError("primed() is not written yet")
