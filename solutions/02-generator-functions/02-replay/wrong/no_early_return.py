# Has no early return for rounds <= 0, so the first round still reads and yields `items`.
def replay(items, rounds):
    saved = []
    for item in items:
        saved.append(item)
        yield item
    for _ in range(rounds - 1):
        for item in saved:
            yield item
