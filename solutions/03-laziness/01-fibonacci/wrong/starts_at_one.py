# Starts from 1 and 1, so the sequence misses its first number, 0.
def fibonacci():
    a, b = 1, 1
    while True:
        yield a
        a, b = b, a + b
