import itertools

import pytest

from paginate import Page, paginate


class FakeApi:
    """Serves pages in order (cursors "p1", "p2", ...) and records every cursor it is asked for."""

    def __init__(self, pages):
        self.pages = pages
        self.requests = []

    def __call__(self, cursor):
        self.requests.append(cursor)
        index = 0 if cursor is None else int(cursor[1:])
        if not 0 <= index < len(self.pages):
            raise AssertionError(f"no page for cursor {cursor!r}")
        return Page(self.pages[index], f"p{index + 1}" if index + 1 < len(self.pages) else None)


class EndlessApi:
    """Never runs out: page n holds n*10 and n*10+1."""

    def __init__(self):
        self.requests = []

    def __call__(self, cursor):
        self.requests.append(cursor)
        if len(self.requests) >= 1_000:
            raise AssertionError("1,000 pages were requested: something is eager")
        n = 0 if cursor is None else int(cursor)
        return Page([n * 10, n * 10 + 1], str(n + 1))


def drain(generator, limit=10_000):
    """Read at most limit items; return them and the generator's return value."""
    values = []
    for _ in range(limit):
        try:
            values.append(next(generator))
        except StopIteration as stop:
            return values, stop.value
    raise AssertionError(f"the generator did not finish after {limit} items")


def test_yields_every_item_of_every_page_in_order():
    assert drain(paginate(FakeApi([["a", "b"], ["c", "d"], ["e"]])))[0] == ["a", "b", "c", "d", "e"]


def test_asks_for_the_first_page_with_none_then_follows_each_cursor():
    api = FakeApi([[1], [2], [3]])
    drain(paginate(api))
    assert api.requests == [None, "p1", "p2"]


def test_returns_the_number_of_pages_requested():
    assert drain(paginate(FakeApi([[1, 2], [3]])))[1] == 2
    assert drain(paginate(FakeApi([[1]])))[1] == 1


def test_hands_its_count_to_a_caller_that_delegates_with_yield_from():
    def both():
        first = yield from paginate(FakeApi([[1], [2]]))
        second = yield from paginate(FakeApi([[3]]))
        return first + second

    assert drain(both()) == ([1, 2, 3], 3)


def test_handles_a_single_empty_page():
    api = FakeApi([[]])
    assert drain(paginate(api)) == ([], 1)
    assert api.requests == [None]


def test_keeps_going_past_empty_pages():
    assert drain(paginate(FakeApi([[1], [], [], [2]]))) == ([1, 2], 4)


def test_makes_no_request_before_the_first_next():
    api = FakeApi([[1]])
    paginate(api)
    assert api.requests == [], "paginate() requested a page before next() was called"


def test_requests_a_page_only_when_one_of_its_items_is_needed():
    api = FakeApi([[1, 2], [3, 4]])
    items = paginate(api)
    assert next(items) == 1
    assert next(items) == 2
    assert api.requests == [None], "the second page was requested before its first item was needed"
    assert next(items) == 3
    assert api.requests == [None, "p1"]


def test_makes_no_request_after_the_last_page():
    api = FakeApi([[1]])
    items = paginate(api)
    assert next(items) == 1
    with pytest.raises(StopIteration):
        next(items)
    with pytest.raises(StopIteration):
        next(items)
    assert api.requests == [None]


def test_stops_requesting_when_the_consumer_stops():
    api = EndlessApi()
    assert list(itertools.islice(paginate(api), 5)) == [0, 1, 10, 11, 20]
    assert api.requests == [None, "1", "2"]


def test_lets_an_error_from_the_api_reach_the_consumer_when_that_page_is_needed():
    calls = []

    def fetch_page(cursor):
        calls.append(cursor)
        if cursor is not None:
            raise ConnectionError("server unavailable")
        return Page([1, 2], "more")

    items = paginate(fetch_page)
    assert next(items) == 1
    assert next(items) == 2
    assert calls == [None]
    with pytest.raises(ConnectionError, match="server unavailable"):
        next(items)


def test_keeps_two_paginators_apart_when_read_in_turns():
    a = paginate(FakeApi([["a1"], ["a2"]]))
    b = paginate(FakeApi([["b1", "b2"]]))
    assert [next(a), next(b), next(a), next(b)] == ["a1", "b1", "a2", "b2"]
    assert drain(a) == ([], 2)
    assert drain(b) == ([], 1)


def test_handles_200_000_items_on_2_000_pages():
    pages = [list(range(n * 100, n * 100 + 100)) for n in range(2_000)]
    items, count = drain(paginate(FakeApi(pages)), limit=300_000)
    assert count == 2_000
    assert len(items) == 200_000 and items[-1] == 199_999
