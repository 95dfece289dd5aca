# Stops once the numbers pass a million, so the sequence finishes.
def fibonacci():
    a, b = 0, 1
    while a < 1_000_000:
        yield a
        a, b = b, a + b
