# Keeps the iterator in a module-level variable, so a second call takes over the first one's source.
_source = iter(())


def scaled(values, factor):
    global _source
    _source = iter(values)
    return _scale(factor)


def _scale(factor):
    for value in _source:
        yield value * factor
