# Writes the pending items in finally, which also runs when an exception is thrown in: the bad batch is written.
def batch_writer(write, size):
    batch = []
    try:
        while True:
            batch.append((yield))
            if len(batch) == size:
                write(batch)
                batch = []
    finally:
        if batch:
            write(batch)
