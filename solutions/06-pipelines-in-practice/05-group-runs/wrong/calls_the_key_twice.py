# Compares key(previous item) with key(item), so the key runs twice for most items.
def group_runs(items, key=None):
    key = key or (lambda item: item)
    run = []
    for item in items:
        if run and key(run[-1]) != key(item):
            yield key(run[0]), run
            run = []
        run.append(item)
    if run:
        yield key(run[0]), run
