"""A job queue that retries failed jobs: the consumer reports failures with throw()."""
from collections.abc import Generator, Iterable


def retry_queue(jobs: Iterable[str], max_attempts: int) -> Generator[str, None, list[str]]:
    """Yield each job. The consumer calls next() when a job succeeded and throw(exc) when it failed.

    A failed job is yielded again at once, until it has been tried max_attempts
    times in all; then it is given up. Return the names of the given-up jobs.
    """
    given_up = []
    for job in jobs:
        for attempt in range(1, max_attempts + 1):
            try:
                yield job  # next() resumes here normally; throw(exc) raises exc here
            except Exception:
                if attempt == max_attempts:
                    given_up.append(job)
                # otherwise go round again and yield the same job
            else:
                break  # succeeded
    return given_up
