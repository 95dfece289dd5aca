# Checks the limit in a plain function before creating the generator, so a bad limit raises at the call, not at the first next().
def count_up_to(limit):
    if not isinstance(limit, int):
        raise TypeError(f"limit must be an int, not {type(limit).__name__}")
    if limit < 0:
        raise ValueError(f"limit must be 0 or more, got {limit}")
    return (n for n in range(1, limit + 1))
