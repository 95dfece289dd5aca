# Calls iter() on the sources when zip_closing() is called, before the first next(), by returning an inner generator.
def zip_closing(left, right):
    a = iter(left)
    b = iter(right)

    def pairs():
        try:
            yield from zip(a, b)
        finally:
            for it in (a, b):
                close = getattr(it, 'close', None)
                if close:
                    close()

    return pairs()
