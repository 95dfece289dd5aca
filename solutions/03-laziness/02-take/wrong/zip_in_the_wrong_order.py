# Zips the source before the counter, so zip pulls item n + 1 from the source before range(n) says it is finished.
def take(iterable, n):
    for item, _ in zip(iterable, range(n)):
        yield item
