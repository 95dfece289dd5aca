"""A tokenizer fed one character at a time with send()."""
from collections.abc import Generator
from typing import Literal, NamedTuple


class Token(NamedTuple):
    kind: Literal['number', 'word', 'symbol']
    text: str


def tokenizer() -> Generator[list[Token], str | None, list[Token]]:
    """Prime with next() (it yields []); each send(ch) yields the tokens that ch completes.

    send(None) ends the input: the generator returns the tokens still pending,
    so they arrive as StopIteration.value.
    """
    # TODO: build numbers and words character by character, emit symbols,
    # skip whitespace, and return the pending token when None arrives
    raise NotImplementedError("tokenizer() is not written yet")
