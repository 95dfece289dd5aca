# Counts attempts from 0, so a failing job is tried max_attempts + 1 times.
def retry_queue(jobs, max_attempts):
    given_up = []
    for job in jobs:
        for attempt in range(max_attempts + 1):
            try:
                yield job
            except Exception:
                if attempt == max_attempts:
                    given_up.append(job)
            else:
                break
    return given_up
