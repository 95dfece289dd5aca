from itertools import islice

from flatten_with_a_stack import flatten


def buried(value, depth):
    """[value] wrapped in `depth` more lists: [[[...[value]...]]]."""
    tree = [value]
    for _ in range(depth):
        tree = [tree]
    return tree


class Watched(list):
    """A list that counts how often its items are read."""

    reads = 0

    def __iter__(self):
        Watched.reads += 1
        return super().__iter__()

    def __getitem__(self, index):
        Watched.reads += 1
        return super().__getitem__(index)


def test_yields_the_values_in_order_depth_first():
    assert list(flatten([1, [2, [3, 4]], [], [[5]], 6])) == [1, 2, 3, 4, 5, 6]


def test_handles_empty_and_flat_input():
    assert list(flatten([])) == []
    assert list(flatten([[], [[]]])) == []
    assert list(flatten(["a", "b"])) == ["a", "b"]


def test_yields_falsy_values_too():
    assert list(flatten([0, [""], [[None]], False, [[]]])) == [0, "", None, False]


def test_only_lists_are_nested_strings_tuples_and_dicts_are_values():
    values = list(islice(flatten(["abc", [("x", "y")], {"k": [1]}]), 10))
    assert values == ["abc", ("x", "y"), {"k": [1]}]


def test_handles_10_000_levels_of_nesting():
    # Ten times Python's default recursion limit. (Much deeper lists are a problem of their own:
    # freeing a list nested 50,000 deep overflows the stack in Pyodide.)
    assert list(flatten(buried("deep", 10_000))) == ["deep"]


def test_keeps_the_order_with_values_at_every_level_of_deep_nesting():
    depth = 10_000
    # [[[[], 0], 1], 2] and so on: the walk goes all the way down, then yields 0, 1, 2, ... on the way out.
    tree = []
    for i in range(depth):
        tree = [tree, i]
    expected = 0
    for value in flatten(tree):
        assert value == expected
        expected += 1
    assert expected == depth


def test_does_not_look_inside_a_nested_list_before_the_walk_reaches_it():
    Watched.reads = 0
    gen = flatten([1, Watched([2])])
    assert next(gen) == 1
    assert Watched.reads == 0, "the nested list was read before the walk reached it"
    assert next(gen) == 2
    assert next(gen, "end") == "end"


def test_leaves_the_input_unchanged():
    tree = [1, [2, [3]], 4]
    assert list(flatten(tree)) == [1, 2, 3, 4]
    assert tree == [1, [2, [3]], 4]


def test_two_walks_in_turn_stay_apart():
    a = flatten([1, [2, [3]]])
    b = flatten([["x"], "y"])
    assert [next(a), next(b), next(a), next(b), next(a)] == [1, "x", 2, "y", 3]
