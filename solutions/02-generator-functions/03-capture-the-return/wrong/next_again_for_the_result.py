# Calls next() once more after the loop to fetch the return value, but by then it is gone (and the iterator is pulled after its end).
def non_blank_lines(lines):
    skipped = 0
    for line in lines:
        if line.strip():
            yield line
        else:
            skipped += 1
    return skipped


def drain(iterator):
    items = [item for item in iterator]
    try:
        next(iterator)
    except StopIteration as stop:
        return items, stop.value
    return items, None
