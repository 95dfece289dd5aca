# Hands the pending items out with a yield while being closed, instead of writing them: close() raises RuntimeError.
def batch_writer(write, size):
    batch = []
    try:
        while True:
            batch.append((yield))
            if len(batch) == size:
                write(batch)
                batch = []
    except GeneratorExit:
        if batch:
            yield batch
        raise
