# Moves the two variables along one after the other, so b is computed from the new a: 0, 1, 2, 4, 8, ...
def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a = b
        b = a + b
