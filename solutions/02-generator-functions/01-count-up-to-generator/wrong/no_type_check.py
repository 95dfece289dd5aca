# Checks only for a negative limit, so a float such as 2.5 is counted up to instead of raising TypeError.
def count_up_to(limit):
    if limit < 0:
        raise ValueError(f"limit must be 0 or more, got {limit}")
    n = 1
    while n <= limit:
        yield n
        n += 1
