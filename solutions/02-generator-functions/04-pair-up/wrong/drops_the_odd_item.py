# Returns quietly when the items run out in the middle of a pair, so the unpaired item is lost without a word.
def pair_up(items):
    it = iter(items)
    for first in it:
        try:
            second = next(it)
        except StopIteration:
            return
        yield first, second
