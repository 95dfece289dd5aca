import asyncio
from contextlib import aclosing

import pytest

from ndjson_records import ndjson_records


class Body:
    """An async generator of byte chunks (like httpx's response.aiter_bytes()) that records pulls and closing."""

    def __init__(self, chunks):
        self.chunks = [chunk.encode() if isinstance(chunk, str) else chunk for chunk in chunks]
        self.pulled = 0
        self.closed = False

    async def read(self):
        try:
            for chunk in self.chunks:
                await asyncio.sleep(0)
                self.pulled += 1
                yield chunk
        finally:
            self.closed = True


def records(chunks):
    async def main():
        return [record async for record in ndjson_records(Body(chunks).read())]

    return asyncio.run(main())


def test_parses_one_record_per_line():
    assert records(['{"id": 1}\n{"id": 2}\n']) == [{"id": 1}, {"id": 2}]


def test_joins_lines_split_across_chunks():
    assert records(['{"na', 'me": "ada"', '}\n{"name":', ' "grace"}\n']) == [{"name": "ada"}, {"name": "grace"}]


def test_decodes_a_character_split_across_chunks():
    data = '{"city": "Malmö"}\n'.encode()
    cut = data.index("ö".encode()) + 1  # between the two bytes of ö
    assert records([data[:cut], data[cut:]]) == [{"city": "Malmö"}]


def test_accepts_crlf_even_when_a_chunk_ends_between_cr_and_lf():
    assert records(["[1]\r\n\r\n[2]\r", "\n[3]\r\n"]) == [[1], [2], [3]]
    with pytest.raises(ValueError, match=r"^line 4:"):
        records(["[1]\r\n\r", "\n[2]\r", "\n{oops}\r\n"])


def test_only_newline_ends_a_line():
    # JSON text may hold other line separators (U+2028, U+0085...) inside its strings.
    assert records(['{"text": "a\u2028b\x85c"}\n[2]\n']) == [{"text": "a\u2028b\x85c"}, [2]]


def test_parses_a_last_line_without_a_line_ending():
    assert records(['{"a": 1}\n{"b":', " 2}"]) == [{"a": 1}, {"b": 2}]


def test_skips_blank_lines_but_keeps_falsy_values():
    assert records(["\n0\n\n  \nfalse\r\n", 'null\n""\n\t\n[]\n']) == [0, False, None, "", []]


def test_yields_nothing_for_an_empty_body():
    assert records([]) == []
    assert records(["", "\n", ""]) == []


def test_reads_a_chunk_only_when_no_complete_line_is_waiting():
    body = Body(["1\n2\n3", "\n4\n", "5\n"])

    async def main():
        gen = ndjson_records(body.read())
        assert body.pulled == 0
        assert await anext(gen) == 1 and body.pulled == 1
        assert await anext(gen) == 2 and body.pulled == 1, "line 2 was already in the first chunk"
        assert await anext(gen) == 3 and body.pulled == 2
        assert await anext(gen) == 4 and body.pulled == 2
        await gen.aclose()

    asyncio.run(main())


def test_closing_it_early_closes_the_body_at_once():
    body = Body(['{"n": 1}\n', '{"n": 2}\n', '{"n": 3}\n'])

    async def main():
        async with aclosing(ndjson_records(body.read())) as gen:
            async for record in gen:
                assert record == {"n": 1}
                break
        assert body.closed, "aclose() should close the body too, before it returns"
        assert body.pulled == 1

    asyncio.run(main())


def test_a_bad_line_raises_valueerror_naming_it_after_the_records_before_it():
    body = Body(['{"ok": 1}\n\n', '{"ok": 2}\n{oops}\n', '{"ok": 3}\n'])

    async def main():
        gen = ndjson_records(body.read())
        assert await anext(gen) == {"ok": 1}
        assert await anext(gen) == {"ok": 2}
        with pytest.raises(ValueError, match=r"^line 4:"):
            await anext(gen)
        assert body.closed, "a bad line should close the body"
        assert body.pulled == 2

    asyncio.run(main())


def test_a_bad_last_line_without_a_line_ending_is_counted_too():
    with pytest.raises(ValueError, match=r"^line 3:"):
        records(["1\n2\n", "[3"])


def test_invalid_utf8_is_an_error_and_closes_the_body():
    body = Body([b'"ok"\n', b'"\xff"\n'])

    async def main():
        gen = ndjson_records(body.read())
        assert await anext(gen) == "ok"
        with pytest.raises(UnicodeDecodeError):
            await anext(gen)
        assert body.closed

    asyncio.run(main())


def test_reads_20_000_records_from_one_chunk():
    text = "\n".join(f'{{"i": {i}}}' for i in range(20_000))
    result = records([text])
    assert len(result) == 20_000
    assert result[-1] == {"i": 19_999}


def test_two_streams_read_in_turn_stay_apart():
    async def main():
        a = ndjson_records(Body(['"a1"\n"a', '2"\n']).read())
        b = ndjson_records(Body(['"b1"\n', '"b2"\n']).read())
        seen = []
        for _ in range(2):
            seen += [await anext(a), await anext(b)]
        await a.aclose()
        await b.aclose()
        return seen

    assert asyncio.run(main()) == ["a1", "b1", "a2", "b2"]
