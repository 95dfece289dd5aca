# A list comprehension in disguise: every value is computed at the call.
def scaled(values, factor):
    return iter([value * factor for value in values])
