# expect: failed
# expect-text: ...
# A value whose repr is fifty million characters long.


class Huge:
    def __repr__(self):
        return 'h' * 50_000_000


def chain(*iterables):
    yield Huge()
