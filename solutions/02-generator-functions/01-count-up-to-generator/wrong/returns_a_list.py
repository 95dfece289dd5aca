# Returns a list instead of being a generator: all the work is done, and every check made, at the call.
def count_up_to(limit):
    if not isinstance(limit, int):
        raise TypeError(f"limit must be an int, not {type(limit).__name__}")
    if limit < 0:
        raise ValueError(f"limit must be 0 or more, got {limit}")
    return list(range(1, limit + 1))
