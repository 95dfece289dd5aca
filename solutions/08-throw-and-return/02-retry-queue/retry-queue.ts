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
        yield job; // next() resumes here normally; throw(error) makes this line throw
        break; // succeeded
      } catch {
        if (attempt >= maxAttempts) {
          gaveUp.push(job);
          break;
        }
        // otherwise go round again and yield the same job
      }
    }
  }
  return gaveUp;
}
