# Pushes each list's items on a stack and pops them off the end: the values come out in reverse order.
def flatten(tree):
    stack = list(tree)
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        else:
            yield item
