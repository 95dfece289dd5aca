# Counts attempts once for the whole queue instead of per job, so earlier failures use up later jobs' tries.
def retry_queue(jobs, max_attempts):
    given_up = []
    attempts = 0
    for job in jobs:
        while True:
            attempts += 1
            try:
                yield job
            except Exception:
                if attempts >= max_attempts:
                    given_up.append(job)
                    break
            else:
                break
    return given_up
