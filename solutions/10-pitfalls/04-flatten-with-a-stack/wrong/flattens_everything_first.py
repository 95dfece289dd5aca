# Walks the whole tree into a list first, then yields from it: deep input works, but nothing is lazy any more.
def flatten(tree):
    values = []
    stack = [iter(tree)]
    done = object()
    while stack:
        item = next(stack[-1], done)
        if item is done:
            stack.pop()
        elif isinstance(item, list):
            stack.append(iter(item))
        else:
            values.append(item)
    yield from values
