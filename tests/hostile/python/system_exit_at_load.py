# expect: failed
# expect-text: Loading your code failed: SystemExit
# Leaves Python while loading, before any test runs.
raise SystemExit(0)


def chain(*iterables):
    yield from ()
