# Keeps the two numbers in module-level globals, so every fibonacci() call carries on where the last one stopped.
a, b = 0, 1


def fibonacci():
    global a, b
    while True:
        yield a
        a, b = b, a + b
