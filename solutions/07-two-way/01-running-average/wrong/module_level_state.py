# Keeps the total and count at module level, so every running average shares them.
total = 0
count = 0


def running_average():
    global total, count
    mean = None
    while True:
        x = yield mean
        total += x
        count += 1
        mean = total / count
