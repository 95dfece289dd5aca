# Decodes every chunk on its own with bytes.decode(): a character cut between two chunks raises UnicodeDecodeError.
import json
from contextlib import aclosing


async def ndjson_records(chunks):
    buffer = ""
    number = 0

    def parse(line):
        try:
            return json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"line {number}: {error.msg}") from error

    async with aclosing(chunks):
        async for chunk in chunks:
            buffer += chunk.decode("utf-8")
            *lines, buffer = buffer.split("\n")
            for line in lines:
                number += 1
                if line.strip():
                    yield parse(line.strip())
    number += 1
    if buffer.strip():
        yield parse(buffer.strip())
