# A bare except: also catches the GeneratorExit of close() as a failed attempt and yields again: close() raises RuntimeError.
def retry_queue(jobs, max_attempts):
    given_up = []
    for job in jobs:
        for attempt in range(1, max_attempts + 1):
            try:
                yield job
            except:  # noqa: E722
                if attempt == max_attempts:
                    given_up.append(job)
            else:
                break
    return given_up
