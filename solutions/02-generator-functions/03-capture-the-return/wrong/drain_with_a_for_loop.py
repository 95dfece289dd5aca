# Drains with a for loop, which swallows the final StopIteration and its value.
def non_blank_lines(lines):
    skipped = 0
    for line in lines:
        if line.strip():
            yield line
        else:
            skipped += 1
    return skipped


def drain(iterator):
    items = []
    for item in iterator:
        items.append(item)
    return items, None
