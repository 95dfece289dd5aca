# expect: failed
# expect-text: more characters
# Prints a few very long lines and very many short ones, then fails.
print('x' * 10_000_000)
for i in range(100_000):
    print(i)


def chain(*iterables):
    yield from ()
