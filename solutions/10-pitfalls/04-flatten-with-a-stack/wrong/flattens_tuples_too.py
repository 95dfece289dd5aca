# Treats tuples as nested too (isinstance(item, (list, tuple))): a tuple value is taken apart.
def flatten(tree):
    stack = [iter(tree)]
    done = object()
    while stack:
        item = next(stack[-1], done)
        if item is done:
            stack.pop()
        elif isinstance(item, (list, tuple)):
            stack.append(iter(item))
        else:
            yield item
