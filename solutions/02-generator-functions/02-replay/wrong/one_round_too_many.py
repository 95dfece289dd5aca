# Replays range(rounds) times after the first round, so it yields rounds + 1 rounds in all.
def replay(items, rounds):
    if rounds <= 0:
        return
    saved = []
    for item in items:
        saved.append(item)
        yield item
    for _ in range(rounds):
        for item in saved:
            yield item
