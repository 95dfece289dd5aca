# expect: failed
# expect-text: so the checker cannot trust it
# Items of a list subclass that equals anything: the comparison would run the learner's own __eq__.


class Anything(list):
    def __eq__(self, other):
        return True

    __hash__ = None


def chain(*iterables):
    for iterable in iterables:
        for _ in iterable:
            yield Anything()
