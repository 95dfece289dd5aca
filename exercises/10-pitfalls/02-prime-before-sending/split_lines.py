"""Complete lines from chunks of text, with a two-way generator doing the assembling."""
from collections.abc import Generator, Iterable


def line_assembler() -> Generator[list[str], str, None]:
    """A two-way generator. Send it chunks of text; after each chunk it yields the lines that chunk
    completed (the text before each "\\n"). Text after the last "\\n" waits for the next chunk.
    Prime it with next() before sending the first chunk. (This part is correct.)"""
    partial = ""
    completed: list[str] = []
    while True:
        chunk = yield completed
        *completed, partial = (partial + chunk).split("\n")


def split_lines(chunks: Iterable[str]) -> list[str]:
    """Feed every chunk to a line_assembler and return all complete lines, in order.
    Text after the last "\\n" is not a complete line and is left out."""
    # TODO: this fails with "can't send non-None value to a just-started generator". Fix it here.
    assembler = line_assembler()
    lines: list[str] = []
    for chunk in chunks:
        lines.extend(assembler.send(chunk))
    return lines
