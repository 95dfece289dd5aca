# Puts one try around the whole loop, so the first failure ends every job after it.
def retry_queue(jobs, max_attempts):
    given_up = []
    current = None
    attempts = 0
    try:
        for job in jobs:
            current = job
            attempts += 1
            yield job
    except Exception:
        if attempts >= max_attempts:
            given_up.append(current)
    return given_up
