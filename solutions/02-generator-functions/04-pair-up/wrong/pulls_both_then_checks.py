# Pulls both halves before checking for the end, so after the last pair it pulls again from an exhausted source.
MISSING = object()


def pair_up(items):
    it = iter(items)
    while True:
        first = next(it, MISSING)
        second = next(it, MISSING)
        if first is MISSING:
            return
        if second is MISSING:
            raise ValueError(f"missing value for {first!r}")
        yield first, second
