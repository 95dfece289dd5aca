import pytest

from next_or import next_or


class Counted:
    """An iterator over `items` that counts its __next__ calls."""

    def __init__(self, items):
        self._items = list(items)
        self.pulls = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.pulls += 1
        if not self._items:
            raise StopIteration
        return self._items.pop(0)


def test_returns_the_next_item_and_advances_the_iterator():
    it = iter(["a", "b"])
    assert next_or(it, "none") == "a"
    assert next_or(it, "none") == "b"


def test_returns_the_default_once_the_iterator_is_exhausted_every_time():
    it = iter(["a"])
    assert next_or(it, "none") == "a"
    assert next_or(it, "none") == "none"
    assert next_or(it, "none") == "none"
    assert next_or(iter([]), 42) == 42


def test_treats_none_zero_false_and_empty_string_as_items_not_as_the_end():
    it = iter([None, 0, False, ""])
    assert next_or(it, "end") is None
    assert next_or(it, "end") == 0
    assert next_or(it, "end") is False
    assert next_or(it, "end") == ""
    assert next_or(it, "end") == "end"


def test_returns_the_default_not_the_value_carried_by_stop_iteration():
    def finished():
        return "return value"
        yield

    assert next_or(finished(), "default") == "default"


def test_calls_next_exactly_once_per_call():
    it = Counted([1, 2])
    next_or(it, 0)
    assert it.pulls == 1
    next_or(it, 0)
    next_or(it, 0)
    assert it.pulls == 3


def test_lets_any_other_error_through():
    class Broken:
        def __iter__(self):
            return self

        def __next__(self):
            raise KeyError("broken")

    with pytest.raises(KeyError, match="broken"):
        next_or(Broken(), "default")
