# Checks the index at the top of the loop body, after the for loop has already pulled item n + 1.
def take(iterable, n):
    for index, item in enumerate(iterable):
        if index >= n:
            return
        yield item
