# Divides with //, which rounds the mean down to a whole number.
def running_average():
    total = 0
    count = 0
    mean = None
    while True:
        x = yield mean
        total += x
        count += 1
        mean = total // count
