# Uses the input lists themselves as the stack, popping from their front: it works once, and leaves the caller's data empty.
def flatten(tree):
    stack = [tree]
    while stack:
        top = stack[-1]
        if not top:
            stack.pop()
            continue
        item = top.pop(0)
        if isinstance(item, list):
            stack.append(item)
        else:
            yield item
