# Yields the count of blank lines as a last item instead of returning it.
def non_blank_lines(lines):
    skipped = 0
    for line in lines:
        if line.strip():
            yield line
        else:
            skipped += 1
    yield skipped


def drain(iterator):
    items = []
    while True:
        try:
            item = next(iterator)
        except StopIteration as stop:
            return items, stop.value
        items.append(item)

