# Computes the mean before adding the number just received, so each answer lags one number behind.
def running_average():
    total = 0
    count = 0
    mean = None
    while True:
        x = yield mean
        mean = x if count == 0 else total / count
        total += x
        count += 1
