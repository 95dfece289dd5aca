# Writes the pending items in `except Exception:`, which GeneratorExit does not match: close() writes nothing.
def batch_writer(write, size):
    batch = []
    try:
        while True:
            batch.append((yield))
            if len(batch) == size:
                write(batch)
                batch = []
    except Exception:
        if batch:
            write(batch)
        raise
