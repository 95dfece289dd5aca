# Pulls from both sources before checking either, so when the left runs out the right loses one more item.
def zip_closing(left, right):
    done = object()
    a = iter(left)
    b = iter(right)
    a_done = b_done = False
    try:
        while True:
            x = next(a, done)
            y = next(b, done)
            a_done = x is done
            b_done = y is done
            if a_done or b_done:
                return
            yield x, y
    finally:
        if not a_done and hasattr(a, 'close'):
            a.close()
        if not b_done and hasattr(b, 'close'):
            b.close()
