# Starts the mean at 0, so the priming next() yields 0 instead of None.
def running_average():
    total = 0
    count = 0
    mean = 0
    while True:
        x = yield mean
        total += x
        count += 1
        mean = total / count
