# Uses range(1, limit), so the limit itself is never yielded.
def count_up_to(limit):
    if not isinstance(limit, int):
        raise TypeError(f"limit must be an int, not {type(limit).__name__}")
    if limit < 0:
        raise ValueError(f"limit must be 0 or more, got {limit}")
    for n in range(1, limit):
        yield n
