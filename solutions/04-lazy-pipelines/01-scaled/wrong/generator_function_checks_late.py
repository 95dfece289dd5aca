# A generator function: nothing, not even iter(values), runs until the first next().
def scaled(values, factor):
    for value in values:
        yield value * factor
