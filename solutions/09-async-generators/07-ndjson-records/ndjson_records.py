"""Records from a stream of JSON lines (NDJSON), read chunk by chunk."""
import codecs
import json
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import aclosing
from typing import Any


async def ndjson_records(chunks: AsyncGenerator[bytes, None]) -> AsyncIterator[Any]:
    """Yield json.loads of every non-blank line of a UTF-8 byte stream, reading a chunk only when needed.

    A bad line raises ValueError("line N: ..."); `chunks` is always closed when this generator ends.
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    buffer = ""
    number = 0

    def parse(line: str) -> Any:
        try:
            return json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"line {number}: {error.msg}") from error

    async with aclosing(chunks):  # async for alone would leave the body open when we stop early
        async for chunk in chunks:
            buffer += decoder.decode(chunk)
            *lines, buffer = buffer.split("\n")
            for line in lines:
                number += 1
                if line.strip():  # strip() also drops the "\r" of "\r\n"
                    yield parse(line.strip())
        buffer += decoder.decode(b"", final=True)
    number += 1
    if buffer.strip():
        yield parse(buffer.strip())
