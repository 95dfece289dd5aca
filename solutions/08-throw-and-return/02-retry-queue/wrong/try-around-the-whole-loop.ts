// Puts one try around the whole loop, so the first failure ends every job after it.
/**
 * Yields each job. The consumer calls next() when a job succeeded and throw(error) when it failed.
 * A failed job is yielded again until it has been tried maxAttempts times, then given up.
 * Returns the names of the given-up jobs.
 */
export function* retryQueue(jobs: readonly string[], maxAttempts: number): Generator<string, string[], undefined> {
  const gaveUp: string[] = [];
  let current = '';
  let attempts = 0;
  try {
    for (const job of jobs) {
      current = job;
      attempts += 1;
      yield job;
    }
  } catch {
    if (attempts >= maxAttempts) gaveUp.push(current);
  }
  return gaveUp;
}
