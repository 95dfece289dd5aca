# Loops over `items` again in every round, which gives nothing the second time for a single-use source.
def replay(items, rounds):
    for _ in range(rounds):
        for item in items:
            yield item
