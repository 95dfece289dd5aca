# Keeps the memory in a default argument, saved=[], which is one list shared by every call.
def replay(items, rounds, saved=[]):
    if rounds <= 0:
        return
    for item in items:
        saved.append(item)
        yield item
    for _ in range(rounds - 1):
        for item in saved:
            yield item
