"""A tokenizer fed one character at a time with send()."""
from collections.abc import Generator
from typing import Literal, NamedTuple


class Token(NamedTuple):
    kind: Literal['number', 'word', 'symbol']
    text: str


DIGITS = '0123456789'
LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'


def tokenizer() -> Generator[list[Token], str | None, list[Token]]:
    """Prime with next() (it yields []); each send(ch) yields the tokens that ch completes.

    send(None) ends the input: the generator returns the tokens still pending,
    so they arrive as StopIteration.value.
    """
    kind = None  # 'number' or 'word' while one is being built
    text = ''
    out = []
    while True:
        ch = yield out
        out = []
        if ch is None:
            return [Token(kind, text)] if kind else []
        if (kind == 'number' and ch in DIGITS) or (kind == 'word' and (ch in LETTERS or ch in DIGITS)):
            text += ch
            continue
        # ch ends the current token (if any) and is then handled on its own.
        if kind:
            out.append(Token(kind, text))
            kind = None
        if ch in DIGITS:
            kind, text = 'number', ch
        elif ch in LETTERS:
            kind, text = 'word', ch
        elif not ch.isspace():
            out.append(Token('symbol', ch))
