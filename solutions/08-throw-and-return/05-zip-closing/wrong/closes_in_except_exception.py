# Closes the sources in `except Exception:`, which GeneratorExit passes: close() and garbage collection close nothing.
def zip_closing(left, right):
    a = iter(left)
    b = iter(right)

    def close_both():
        for it in (a, b):
            close = getattr(it, 'close', None)
            if close:
                close()

    try:
        yield from zip(a, b)
    except Exception:
        close_both()
        raise
    close_both()
