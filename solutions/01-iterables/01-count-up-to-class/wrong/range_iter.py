# Hands out the built-in range's iterator instead of writing the iterator class.
class CountUpTo:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        return iter(range(1, self.limit + 1))
