# Turns the input into a list and slices it: everything is read first, and endless input never finishes.
def sliding_windows(iterable, n):
    items = list(iterable)
    for start in range(len(items) - n + 1):
        yield tuple(items[start:start + n])
