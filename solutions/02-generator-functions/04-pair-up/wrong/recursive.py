# Handles one pair and delegates the rest to a new pair_up, one nested generator per pair, which a long source cannot afford.
def pair_up(items):
    it = iter(items)
    try:
        first = next(it)
    except StopIteration:
        return
    try:
        second = next(it)
    except StopIteration:
        raise ValueError(f"missing value for {first!r}") from None
    yield first, second
    yield from pair_up(it)
