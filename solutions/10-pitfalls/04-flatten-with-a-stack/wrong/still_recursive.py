# Keeps yield from flatten(item), only tidier: every level is still a generator, and deep input raises RecursionError.
def flatten(tree):
    for item in tree:
        yield from flatten(item) if isinstance(item, list) else [item]
