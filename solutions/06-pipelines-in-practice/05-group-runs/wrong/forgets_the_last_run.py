# Yields a run only when an item with another key arrives, so the last run is lost.
def group_runs(items, key=None):
    run, run_key = [], None
    for item in items:
        item_key = item if key is None else key(item)
        if run and item_key != run_key:
            yield run_key, run
            run = []
        run_key = item_key
        run.append(item)
