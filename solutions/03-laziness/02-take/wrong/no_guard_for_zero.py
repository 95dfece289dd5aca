# Has no guard for n <= 0, so take(source, 0) still pulls and yields one item.
def take(iterable, n):
    count = 0
    for item in iterable:
        yield item
        count += 1
        if count >= n:
            return
