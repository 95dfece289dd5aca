# Treats only the empty string as blank, so a line of spaces or a tab is yielded.
def non_blank_lines(lines):
    skipped = 0
    for line in lines:
        if line:
            yield line
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

