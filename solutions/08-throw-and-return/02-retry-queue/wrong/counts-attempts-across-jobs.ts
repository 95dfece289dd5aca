// Counts attempts once for the whole queue instead of per job, so earlier failures use up later jobs' tries.
/**
 * Yields each job. The consumer calls next() when a job succeeded and throw(error) when it failed.
 * A failed job is yielded again until it has been tried maxAttempts times, then given up.
 * Returns the names of the given-up jobs.
 */
export function* retryQueue(jobs: readonly string[], maxAttempts: number): Generator<string, string[], undefined> {
  const gaveUp: string[] = [];
  let attempts = 0;
  for (const job of jobs) {
    while (true) {
      attempts += 1;
      try {
        yield job;
        break;
      } catch {
        if (attempts >= maxAttempts) {
          gaveUp.push(job);
          break;
        }
      }
    }
  }
  return gaveUp;
}
