# Uses None to spot an exhausted iterator (next(it, None)): a None value in the data ends its list early.
def flatten(tree):
    stack = [iter(tree)]
    while stack:
        item = next(stack[-1], None)
        if item is None:
            stack.pop()
        elif isinstance(item, list):
            stack.append(iter(item))
        else:
            yield item
