# Lets json.loads's own JSONDecodeError through: its "line 1 column 2" is about the line, not about where it is in the stream.
import codecs
import json
from contextlib import aclosing


async def ndjson_records(chunks):
    decoder = codecs.getincrementaldecoder("utf-8")()
    buffer = ""
    async with aclosing(chunks):
        async for chunk in chunks:
            buffer += decoder.decode(chunk)
            *lines, buffer = buffer.split("\n")
            for line in lines:
                if line.strip():
                    yield json.loads(line)
        buffer += decoder.decode(b"", final=True)
    if buffer.strip():
        yield json.loads(buffer)
