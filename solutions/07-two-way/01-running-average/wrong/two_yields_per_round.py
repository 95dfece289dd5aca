# Uses one yield to receive and another to hand out the mean, so every other number sent is lost.
def running_average():
    total = 0
    count = 0
    yield None
    while True:
        x = yield
        total += x
        count += 1
        yield total / count
