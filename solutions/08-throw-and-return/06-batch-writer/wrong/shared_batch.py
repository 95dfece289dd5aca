# Keeps the pending items in a module-level list, so two writers mix their items.
batch = []


def batch_writer(write, size):
    global batch
    try:
        while True:
            batch.append((yield))
            if len(batch) == size:
                write(batch)
                batch = []
    except GeneratorExit:
        if batch:
            write(batch)
            batch = []
        raise
