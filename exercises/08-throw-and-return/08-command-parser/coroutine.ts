/**
 * Chapter 7's helper, written for you: wraps a generator function so that every
 * generator it makes comes back primed, paused at its first yield and ready for
 * next(value).
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
