# Yields the stripped line instead of the line as it was.
def non_blank_lines(lines):
    skipped = 0
    for line in lines:
        if line.strip():
            yield line.strip()
        else:
            skipped += 1
    return skipped


def drain(iterator):
    items = []
    while True:
        try:
            item = next(iterator)
        except StopIteration as stop:
            return items, stop.value
        items.append(item)

