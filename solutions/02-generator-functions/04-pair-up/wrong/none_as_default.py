# Uses next(it, None) and None as the end marker, so a None item is taken for the end.
def pair_up(items):
    it = iter(items)
    while True:
        first = next(it, None)
        if first is None:
            return
        second = next(it, None)
        if second is None:
            raise ValueError(f"missing value for {first!r}")
        yield first, second
