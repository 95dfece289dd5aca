# Puts a failed job at the back of the queue instead of retrying it at once.
from collections import deque


def retry_queue(jobs, max_attempts):
    given_up = []
    queue = deque((job, 1) for job in jobs)
    while queue:
        job, attempt = queue.popleft()
        try:
            yield job
        except Exception:
            if attempt == max_attempts:
                given_up.append(job)
            else:
                queue.append((job, attempt + 1))
    return given_up
