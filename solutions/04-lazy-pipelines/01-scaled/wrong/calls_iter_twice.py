# Calls iter(values) to check it, then builds the generator expression over values, which calls iter() again.
def scaled(values, factor):
    iter(values)
    return (value * factor for value in values)
