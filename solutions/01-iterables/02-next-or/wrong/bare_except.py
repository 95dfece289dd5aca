# Catches every exception, so a bug inside the iterator quietly becomes the default.
def next_or(iterator, default):
    try:
        return next(iterator)
    except:  # noqa: E722
        return default
