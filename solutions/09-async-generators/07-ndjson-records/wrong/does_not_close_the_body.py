# Loops with a plain async for: when the consumer closes this generator early, the body is left for asyncio's finalizer to close later.
import codecs
import json


async def ndjson_records(chunks):
    decoder = codecs.getincrementaldecoder("utf-8")()
    buffer = ""
    number = 0

    def parse(line):
        try:
            return json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"line {number}: {error.msg}") from error

    async for chunk in chunks:
        buffer += decoder.decode(chunk)
        *lines, buffer = buffer.split("\n")
        for line in lines:
            number += 1
            if line.strip():
                yield parse(line.strip())
    buffer += decoder.decode(b"", final=True)
    number += 1
    if buffer.strip():
        yield parse(buffer.strip())
