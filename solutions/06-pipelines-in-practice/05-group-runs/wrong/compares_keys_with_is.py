# Compares keys with `is`, so equal keys that are different objects split a run.
def group_runs(items, key=None):
    run, run_key = [], None
    for item in items:
        item_key = item if key is None else key(item)
        if run and item_key is not run_key:
            yield run_key, run
            run = []
        run_key = item_key
        run.append(item)
    if run:
        yield run_key, run
