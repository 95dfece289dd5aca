from split_lines import line_assembler, split_lines


def test_returns_the_lines_of_a_single_chunk():
    assert split_lines(["ab\ncd\n"]) == ["ab", "cd"]


def test_joins_lines_split_across_chunks_starting_with_the_first_chunk():
    assert split_lines(["he", "llo\nwor", "ld\n"]) == ["hello", "world"]


def test_keeps_empty_lines_and_leaves_out_an_unfinished_last_line():
    assert split_lines(["a\n\nb\n", "c"]) == ["a", "", "b"]


def test_sends_every_chunk_exactly_once():
    assert split_lines(["1\n", "2\n", "3\n"]) == ["1", "2", "3"]


def test_returns_nothing_for_no_chunks_or_only_a_partial_line():
    assert split_lines([]) == []
    assert split_lines(["no newline"]) == []


def test_reads_a_generator_of_chunks():
    def chunks():
        yield "first line\nsec"
        yield "ond line\n"

    assert split_lines(chunks()) == ["first line", "second line"]


def test_starts_afresh_on_every_call():
    assert split_lines(["x"]) == []
    assert split_lines(["y\n"]) == ["y"]


def test_line_assembler_still_works_as_documented_when_primed():
    assembler = line_assembler()
    assert next(assembler) == []
    assert assembler.send("x\ny") == ["x"]
    assert assembler.send("z\n") == ["yz"]
