/**
 * Yields each job. The consumer calls next() when a job succeeded and throw(error) when it failed.
 * A failed job is yielded again until it has been tried maxAttempts times, then given up.
 * Returns the names of the given-up jobs.
 */
export function* retryQueue(jobs: readonly string[], maxAttempts: number): Generator<string, string[], undefined> {
  const gaveUp: string[] = [];
  for (const job of jobs) {
    // TODO: catch an error thrown in at this yield and retry the job, up to maxAttempts tries in all
    yield job;
  }
  return gaveUp;
}
