# Splits with str.splitlines(), which also breaks lines at U+2028, U+0085 and a lone "\r": records are cut apart and lines miscounted.
import codecs
import json
from contextlib import aclosing


async def ndjson_records(chunks):
    decoder = codecs.getincrementaldecoder("utf-8")()
    buffer = ""
    number = 0

    def parse(line):
        try:
            return json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"line {number}: {error.msg}") from error

    async with aclosing(chunks):
        async for chunk in chunks:
            buffer += decoder.decode(chunk)
            lines = buffer.splitlines(keepends=True)
            buffer = lines.pop() if lines and not lines[-1].endswith(("\n", "\r")) else ""
            for line in lines:
                number += 1
                if line.strip():
                    yield parse(line.strip())
        buffer += decoder.decode(b"", final=True)
    number += 1
    if buffer.strip():
        yield parse(buffer.strip())
