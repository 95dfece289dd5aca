"""A job queue that retries failed jobs: the consumer reports failures with throw()."""
from collections.abc import Generator, Iterable


def retry_queue(jobs: Iterable[str], max_attempts: int) -> Generator[str, None, list[str]]:
    """Yield each job. The consumer calls next() when a job succeeded and throw(exc) when it failed.

    A failed job is yielded again at once, until it has been tried max_attempts
    times in all; then it is given up. Return the names of the given-up jobs.
    """
    # TODO: yield each job; catch an exception thrown in at the yield and retry the job,
    # up to max_attempts tries in all; return the given-up jobs
    raise NotImplementedError("retry_queue() is not written yet")
