# Reads the return value as stop.args[0], which fails when StopIteration carries no value.
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
    while True:
        try:
            items.append(next(iterator))
        except StopIteration as stop:
            return items, stop.args[0]
