# Reads every chunk into memory before parsing: right records, but the body is read to the end before the first one is yielded.
import json
from contextlib import aclosing


async def ndjson_records(chunks):
    async with aclosing(chunks):
        data = b"".join([chunk async for chunk in chunks])
    for number, line in enumerate(data.decode("utf-8").split("\n"), start=1):
        if line.strip():
            try:
                yield json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"line {number}: {error.msg}") from error
