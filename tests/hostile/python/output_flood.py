# expect: timeout
# Prints without end.


def chain(*iterables):
    while True:
        print('flood ' * 100)
    yield
