# expect: failed
# expect-text: raised in repr()
# Every value's repr raises, so a failure message cannot show it.


class Opaque:
    def __repr__(self):
        raise RuntimeError('no repr for you')

    def __str__(self):
        raise RuntimeError('no str either')


def chain(*iterables):
    yield Opaque()
