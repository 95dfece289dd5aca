import itertools

from group_runs import group_runs

PULL_LIMIT = 10_000


class Counted:
    """Wraps an iterable and counts the items read from it."""

    def __init__(self, items):
        self.items = items
        self.pulls = 0

    def __iter__(self):
        for item in self.items:
            self.pulls += 1
            if self.pulls > PULL_LIMIT:
                raise AssertionError("10,000 items were read from an endless source: something is eager")
            yield item


def test_groups_runs_of_equal_items():
    assert list(group_runs("aabccc")) == [("a", ["a", "a"]), ("b", ["b"]), ("c", ["c", "c", "c"])]


def test_groups_by_key_and_keeps_runs_apart():
    events = [("ada", "login"), ("ada", "view"), ("bob", "login"), ("ada", "logout")]
    assert list(group_runs(events, key=lambda event: event[0])) == [
        ("ada", [("ada", "login"), ("ada", "view")]),
        ("bob", [("bob", "login")]),
        ("ada", [("ada", "logout")]),
    ], "a key that comes back after another one starts a new run"


def test_compares_keys_by_equality():
    words = ["Apple", "apricot", "Banana", "blueberry", "Apple"]
    assert list(group_runs(words, key=lambda word: word[:1].lower() + word[1:2])) == [
        ("ap", ["Apple", "apricot"]),
        ("ba", ["Banana"]),
        ("bl", ["blueberry"]),
        ("ap", ["Apple"]),
    ]


def test_yields_nothing_for_no_items():
    assert list(group_runs([])) == []


def test_groups_are_lists_that_stay_full():
    pairs = list(group_runs("aabcc"))
    assert pairs == [("a", ["a", "a"]), ("b", ["b"]), ("c", ["c", "c"])], (
        "a group was empty once group_runs had moved on: hand out list(group), not the group itself"
    )
    assert all(type(group) is list for _, group in pairs)


def test_reads_nothing_before_the_first_next():
    source = Counted("aab")
    runs = group_runs(source)
    assert source.pulls == 0, "group_runs() read items before next() was called"
    assert next(runs) == ("a", ["a", "a"])


def test_reads_exactly_one_item_past_each_run():
    source = Counted(itertools.count())
    runs = group_runs(source, key=lambda n: n // 3)
    assert next(runs) == (0, [0, 1, 2])
    assert source.pulls == 4, "the run 0, 1, 2 ends when 3 arrives: 4 items read"
    assert next(runs) == (1, [3, 4, 5])
    assert source.pulls == 7


def test_calls_the_key_once_per_item():
    calls = []

    def key(item):
        calls.append(item)
        return item

    assert list(group_runs("aabbb", key=key)) == [("a", ["a", "a"]), ("b", ["b", "b", "b"])]
    assert calls == ["a", "a", "b", "b", "b"]


def test_keeps_two_calls_apart_when_read_in_turns():
    first = group_runs("aab")
    second = group_runs("xyy")
    assert next(first) == ("a", ["a", "a"])
    assert next(second) == ("x", ["x"])
    assert next(first) == ("b", ["b"])
    assert next(second) == ("y", ["y", "y"])


def test_handles_200_000_items():
    one_run = list(group_runs(itertools.repeat(7, 200_000)))
    assert len(one_run) == 1 and one_run[0][0] == 7 and len(one_run[0][1]) == 200_000
    many_runs = list(group_runs(range(200_000), key=lambda n: n // 2))
    assert len(many_runs) == 100_000
    assert many_runs[-1] == (99_999, [199_998, 199_999])
