# Numbers only the lines that hold a record, so the error names the wrong line once a blank line has gone by.
import codecs
import json
from contextlib import aclosing


async def ndjson_records(chunks):
    decoder = codecs.getincrementaldecoder("utf-8")()
    buffer = ""
    count = 0

    def parse(line):
        nonlocal count
        count += 1
        try:
            return json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"line {count}: {error.msg}") from error

    async with aclosing(chunks):
        async for chunk in chunks:
            buffer += decoder.decode(chunk)
            *lines, buffer = buffer.split("\n")
            for line in lines:
                if line.strip():
                    yield parse(line.strip())
        buffer += decoder.decode(b"", final=True)
    if buffer.strip():
        yield parse(buffer.strip())
