/**
 * Wraps a generator function so that every generator it makes comes back primed:
 * already paused at its first yield, ready for next(value).
 */
export function coroutine<A extends unknown[], T, TReturn, TNext>(
  fn: (...args: A) => Generator<T, TReturn, TNext>,
): (...args: A) => Generator<T, TReturn, TNext> {
  return (...args: A) => {
    const gen = fn(...args);
    gen.next(); // run up to the first yield; what it yields is not needed
    return gen;
  };
}
