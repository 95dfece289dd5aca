# Counts in a module-level global, so two takes in progress at once share one count.
count = 0


def take(iterable, n):
    global count
    if n <= 0:
        return
    count = 0
    for item in iterable:
        yield item
        count += 1
        if count >= n:
            return
