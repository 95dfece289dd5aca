/**
 * Wraps a generator function so that every generator it makes comes back primed:
 * already paused at its first yield, ready for next(value).
 */
export function coroutine<A extends unknown[], T, TReturn, TNext>(
  fn: (...args: A) => Generator<T, TReturn, TNext>,
): (...args: A) => Generator<T, TReturn, TNext> {
  // TODO: return a function that calls fn, primes the generator once, and returns it
  return fn;
}
