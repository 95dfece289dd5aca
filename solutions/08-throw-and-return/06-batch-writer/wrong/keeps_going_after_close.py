# Catches GeneratorExit inside the loop, writes, and goes round to the yield again: close() raises RuntimeError.
def batch_writer(write, size):
    batch = []
    while True:
        try:
            batch.append((yield))
        except GeneratorExit:
            if batch:
                write(batch)
                batch = []
            continue
        if len(batch) == size:
            write(batch)
            batch = []
