from capture_the_return import drain, non_blank_lines


class Scripted:
    """An iterator over `items` that ends with StopIteration(returns), counts
    its pulls, and fails the test if it is pulled again after its end."""

    def __init__(self, items, returns):
        self._items = list(items)
        self._returns = returns
        self.pulls = 0
        self.finished = False

    def __iter__(self):
        return self

    def __next__(self):
        self.pulls += 1
        assert not self.finished, "next() was called again after StopIteration"
        if self._items:
            return self._items.pop(0)
        self.finished = True
        raise StopIteration(self._returns)


def test_yields_the_lines_that_are_not_blank_in_order():
    assert list(non_blank_lines(["a", "", "b", "   ", "c"])) == ["a", "b", "c"]


def test_yields_lines_unchanged_spaces_included():
    assert list(non_blank_lines(["  indented", "x "])) == ["  indented", "x "]


def test_returns_the_number_of_skipped_lines_as_the_return_value_not_as_an_item():
    g = non_blank_lines(["a", "", "\t", "b"])
    assert next(g) == "a"
    assert next(g) == "b"
    try:
        next(g)
    except StopIteration as stop:
        assert stop.value == 2, "the generator should return the number of blank lines"
    else:
        raise AssertionError("after the last line, next() should raise StopIteration")
    try:
        next(g)
    except StopIteration as stop:
        assert stop.value is None, "the return value is delivered once"


def test_returns_0_when_nothing_was_skipped_and_counts_a_source_of_blanks_only():
    assert drain(non_blank_lines(["a"])) == (["a"], 0)
    assert drain(non_blank_lines(["", " "])) == ([], 2)


def test_reads_lines_only_as_it_is_pulled():
    source = Scripted(["a", "", "b"], None)
    g = non_blank_lines(source)
    assert source.pulls == 0
    next(g)
    assert source.pulls == 1


def test_drain_collects_the_items_and_the_return_value_of_a_generator():
    assert drain(non_blank_lines(["x", "", "y"])) == (["x", "y"], 1)


def test_drain_keeps_a_return_value_that_is_falsy():
    assert drain(Scripted([1, 2], 0)) == ([1, 2], 0)
    assert drain(Scripted(["a"], "")) == (["a"], "")


def test_drain_gives_none_for_an_iterator_that_returns_nothing():
    assert drain(iter([1, 2])) == ([1, 2], None)


def test_drain_calls_next_once_per_item_plus_once_for_the_end_and_never_after():
    source = Scripted(["a", "b", "c"], "end")
    assert drain(source) == (["a", "b", "c"], "end")
    assert source.pulls == 4


def test_drain_handles_an_iterator_that_is_exhausted_at_once():
    source = Scripted([], "nothing")
    assert drain(source) == ([], "nothing")
    assert source.pulls == 1
