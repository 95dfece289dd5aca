from walk_tree import Tree, walk

#        a
#      / | \
#     b  e  f
#    / \     \
#   c   d     g
SAMPLE = Tree("a", [Tree("b", [Tree("c"), Tree("d")]), Tree("e"), Tree("f", [Tree("g")])])


def drain(generator, limit=10_000):
    """Read at most limit values; return them and the generator's return value."""
    values = []
    for _ in range(limit):
        try:
            values.append(next(generator))
        except StopIteration as stop:
            return values, stop.value
    raise AssertionError(f"the generator did not finish after {limit} values")


class WatchedTree(Tree):
    """A tree node that counts how often its children are read."""

    def __init__(self, value, children, reads):
        super().__init__(value, children)
        self._kids = children
        self.reads = reads

    @property
    def children(self):
        self.reads.append(self.value)
        return self._kids

    @children.setter
    def children(self, kids):
        self._kids = kids


def test_yields_every_value_each_node_before_its_children():
    assert drain(walk(SAMPLE))[0] == ["a", "b", "c", "d", "e", "f", "g"]


def test_returns_the_number_of_nodes_visited():
    assert drain(walk(SAMPLE))[1] == 7


def test_counts_a_lone_leaf_as_one_node():
    assert drain(walk(Tree(42))) == ([42], 1)


def test_counts_every_level_of_a_deep_chain():
    chain = Tree(0)
    for i in range(1, 50):
        chain = Tree(i, [chain])
    values, count = drain(walk(chain))
    assert values[0] == 49 and values[-1] == 0
    assert count == 50


def test_puts_the_count_in_stop_iteration_and_then_stays_done():
    g = walk(Tree(1, [Tree(2)]))
    assert next(g) == 1
    assert next(g) == 2
    try:
        next(g)
    except StopIteration as stop:
        assert stop.value == 2, "the walk should return the number of nodes"
    else:
        raise AssertionError("the walk should have finished")
    try:
        next(g)
    except StopIteration as stop:
        assert stop.value is None
    else:
        raise AssertionError("a finished generator should stay finished")


def test_hands_its_count_to_a_caller_that_delegates_with_yield_from():
    def both():
        first = yield from walk(SAMPLE)
        second = yield from walk(Tree("z", [Tree("y")]))
        return first + second

    assert drain(both()) == (["a", "b", "c", "d", "e", "f", "g", "z", "y"], 9)


def test_counts_nodes_not_distinct_values():
    assert drain(walk(Tree(0, [Tree(0), Tree(0)]))) == ([0, 0, 0], 3)


def test_gives_the_same_count_every_time_and_for_walks_read_in_turns():
    assert drain(walk(SAMPLE))[1] == 7
    assert drain(walk(SAMPLE))[1] == 7, "a second walk of the same tree counted differently"
    a = walk(Tree("a", [Tree("b")]))
    b = walk(Tree("x", [Tree("y"), Tree("z")]))
    assert [next(a), next(b), next(a), next(b)] == ["a", "x", "b", "y"]
    assert drain(a) == ([], 2)
    assert drain(b) == (["z"], 3)


def test_reads_nothing_before_the_first_next_and_no_deeper_than_it_has_to():
    reads = []
    kid = WatchedTree("kid", [Tree("grandkid")], reads)
    g = walk(WatchedTree("root", [kid], reads))
    assert reads == [], "walk() read the tree before next() was called"
    assert next(g) == "root"
    assert "kid" not in reads, "the child's children were read before the walk reached the child"
    assert next(g) == "kid"
    assert next(g) == "grandkid"


def test_stopping_early_leaves_the_rest_of_the_tree_unread():
    reads = []
    tree = Tree("a", [Tree("b"), WatchedTree("c", [Tree("d")], reads)])
    seen = []
    for value in walk(tree):
        seen.append(value)
        if value == "b":
            break
    assert seen == ["a", "b"]
    assert reads == [], "a subtree after the stopping point was read"


def test_walks_200_000_nodes():
    wide = Tree("root", [Tree(n) for n in range(200_000)])
    values, count = drain(walk(wide), limit=300_000)
    assert count == 200_001
    assert len(values) == 200_001
