# Empties the same list after writing it, so every batch already handed to write() is emptied too.
def batch_writer(write, size):
    batch = []
    try:
        while True:
            batch.append((yield))
            if len(batch) == size:
                write(batch)
                batch.clear()
    except GeneratorExit:
        if batch:
            write(batch)
        raise
