// Puts a failed job at the back of the queue instead of retrying it at once.
/**
 * Yields each job. The consumer calls next() when a job succeeded and throw(error) when it failed.
 * A failed job is yielded again until it has been tried maxAttempts times, then given up.
 * Returns the names of the given-up jobs.
 */
export function* retryQueue(jobs: readonly string[], maxAttempts: number): Generator<string, string[], undefined> {
  const gaveUp: string[] = [];
  const queue = jobs.map((job) => ({ job, attempts: 0 }));
  while (queue.length > 0) {
    const entry = queue.shift()!;
    entry.attempts += 1;
    try {
      yield entry.job;
    } catch {
      if (entry.attempts >= maxAttempts) gaveUp.push(entry.job);
      else queue.push(entry);
    }
  }
  return gaveUp;
}
