# Calls close() on both iterators as if every iterator had one: a list's iterator has none (AttributeError).
def zip_closing(left, right):
    a = iter(left)
    b = iter(right)
    try:
        yield from zip(a, b)
    finally:
        a.close()
        b.close()
