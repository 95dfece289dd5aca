# Takes jobs off the caller's list with pop(0), so the list passed in is empty afterwards.
def retry_queue(jobs, max_attempts):
    given_up = []
    while jobs:
        job = jobs.pop(0)
        for attempt in range(1, max_attempts + 1):
            try:
                yield job
            except Exception:
                if attempt == max_attempts:
                    given_up.append(job)
            else:
                break
    return given_up
