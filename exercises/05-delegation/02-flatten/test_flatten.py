import inspect
import itertools

from flatten import flatten


class WatchedList(list):
    """A list that counts how often it is iterated."""

    def __init__(self, items, on_open):
        super().__init__(items)
        self.on_open = on_open

    def __iter__(self):
        self.on_open()
        return super().__iter__()


def first(iterator, limit=1000):
    """Read at most limit items, so a runaway generator cannot hang a test."""
    return list(itertools.islice(iterator, limit))


def test_flattens_nested_lists_depth_first_left_to_right():
    assert first(flatten([1, [2, [3, [4]], 5], [[6]]])) == [1, 2, 3, 4, 5, 6]


def test_opens_tuples_too():
    assert first(flatten((1, [2, (3,)], ()))) == [1, 2, 3]


def test_leaves_a_flat_list_as_it_is():
    assert first(flatten(["a", "b", "c"])) == ["a", "b", "c"]


def test_does_not_split_strings_or_bytes():
    assert first(flatten(["ab", ["cd", [b"ef"]]])) == ["ab", "cd", b"ef"]


def test_yields_a_value_that_is_not_a_list_itself():
    assert first(flatten(42)) == [42]
    assert first(flatten("hello")) == ["hello"]
    assert first(flatten(None)) == [None]


def test_treats_dicts_sets_and_generators_as_leaves():
    point = {"x": 1, "y": 2}
    tags = {"a", "b"}
    numbers = (n for n in range(3))
    result = first(flatten([point, [tags, numbers]]))
    assert len(result) == 3
    assert result[0] is point and result[1] is tags and result[2] is numbers


def test_yields_nothing_for_empty_lists_however_deep():
    assert first(flatten([])) == []
    assert first(flatten([[], [[]], [[[]]]])) == []
    assert first(flatten([[], 1, [[]], 2])) == [1, 2]


def test_keeps_falsy_leaves():
    assert first(flatten([0, ["", [False]], None])) == [0, "", False, None]


def test_copes_with_deep_nesting():
    deep = "bottom"
    for _ in range(200):
        deep = [deep]
    assert first(flatten(deep)) == ["bottom"]


def test_does_not_change_its_input():
    data = [1, [2, [3]]]
    first(flatten(data))
    assert data == [1, [2, [3]]]


def test_is_a_generator_that_reads_nothing_before_the_first_next():
    opened = []
    data = WatchedList([1, 2], lambda: opened.append("outer"))
    result = flatten(data)
    assert inspect.isgenerator(result), "write flatten as a generator"
    assert opened == [], "flatten() read the list before next() was called"
    assert next(result) == 1
    assert list(result) == [2]


def test_is_lazy_opens_an_inner_list_only_when_it_is_reached():
    opened = []
    inner = WatchedList([3], lambda: opened.append("inner"))
    result = flatten([[1, 2], inner])
    assert next(result) == 1
    assert next(result) == 2
    assert opened == [], "flatten opened the second list before the first one was used up"
    assert next(result) == 3
    assert opened == ["inner"]


def test_keeps_two_walks_apart_when_read_in_turns():
    a = flatten([1, [2, [3]]])
    b = flatten([[["x"]], "y", ["z"]])
    assert [next(a), next(b), next(a), next(b), next(a), next(b)] == [1, "x", 2, "y", 3, "z"]


def test_handles_200_000_leaves():
    wide = [[n, [n]] for n in range(100_000)]
    assert sum(1 for _ in flatten(wide)) == 200_000
    assert sum(flatten(list(range(200_000)))) == sum(range(200_000))
