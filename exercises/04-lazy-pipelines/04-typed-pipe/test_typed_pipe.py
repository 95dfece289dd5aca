import itertools

from typed_pipe import filter_stage, map_stage, pipe, take_stage

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
                raise AssertionError("10,000 items were read from an endless source: is a stage eager?")
            yield item


def is_even(n):
    return n % 2 == 0


def test_each_stage_works_on_its_own():
    assert list(map_stage(lambda n: n * 10)([1, 2, 3])) == [10, 20, 30]
    assert list(filter_stage(is_even)([1, 2, 3, 4])) == [2, 4]
    assert list(take_stage(2)(["a", "b", "c"])) == ["a", "b"]
    assert list(take_stage(5)(["a"])) == ["a"]


def test_stages_are_lazy_on_an_endless_source():
    source = Counted(itertools.count())
    plus_one = map_stage(lambda n: n + 1)(source)
    assert source.pulls == 0, "applying a stage should not read anything"
    assert [next(plus_one) for _ in range(3)] == [1, 2, 3]
    assert source.pulls == 3


def test_take_never_reads_one_item_too_many_and_take_0_reads_none():
    a = Counted(itertools.count())
    assert list(take_stage(3)(a)) == [0, 1, 2]
    assert a.pulls == 3, "take_stage(3) should read exactly 3 items"
    b = Counted(itertools.count())
    assert list(take_stage(0)(b)) == []
    assert b.pulls == 0, "take_stage(0) should read nothing"


def test_a_stage_can_be_reused_on_several_sources():
    first_two = take_stage(2)
    double = map_stage(lambda n: n * 2)
    assert list(first_two([1, 2, 3])) == [1, 2]
    assert list(first_two([7, 8, 9])) == [7, 8], "a take stage used a second time should start counting afresh"
    assert list(double([1])) == [2]
    assert list(double([5])) == [10]


def test_pipe_feeds_the_source_through_the_stages_left_to_right():
    assert list(pipe([1, 2, 3, 4, 5, 6], take_stage(4), filter_stage(is_even))) == [2, 4]
    assert list(pipe([1, 2, 3, 4, 5, 6], filter_stage(is_even), take_stage(4))) == [2, 4, 6]
    assert list(pipe(["a", "b"], map_stage(str.upper))) == ["A", "B"]


def test_pipe_returns_the_source_itself_when_there_are_no_stages():
    source = [1, 2, 3]
    assert pipe(source) is source


def test_pipe_reads_nothing_until_iterated_then_only_what_is_needed():
    source = Counted(itertools.count())
    result = pipe(source, filter_stage(is_even), map_stage(lambda n: n * n), take_stage(3))
    assert source.pulls == 0, "building a pipeline should not read anything"
    assert list(result) == [0, 4, 16]
    assert source.pulls == 5, "0, 4 and 16 come from 0, 2 and 4: exactly 5 reads"


def test_pipe_takes_any_number_of_stages():
    result = pipe(
        range(1, 9),
        map_stage(lambda n: n + 1),
        filter_stage(lambda n: n % 3 == 0),
        map_stage(lambda n: f"{n}!"),
        map_stage(len),
        filter_stage(lambda length: length > 1),
        map_stage(lambda length: length * 100),
        take_stage(1),
    )
    assert list(result) == [200]


def test_two_pipelines_read_in_turns_stay_apart():
    first_three = take_stage(3)
    a = iter(pipe(range(10), first_three))
    b = iter(pipe(range(100, 110), first_three))
    assert [next(a), next(b), next(a), next(b), next(a), next(b)] == [0, 100, 1, 101, 2, 102]
    assert list(a) == [] and list(b) == []
