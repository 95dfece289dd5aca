# Reads `items` into a list before yielding anything, so the first item waits for the whole source.
def replay(items, rounds):
    if rounds <= 0:
        return
    saved = list(items)
    for _ in range(rounds):
        for item in saved:
            yield item
