// Returns a new generator that primes the real one and delegates to it: the wrapper itself is not primed, so the first value sent is lost.
export function coroutine<A extends unknown[], T, TReturn, TNext>(
  fn: (...args: A) => Generator<T, TReturn, TNext>,
): (...args: A) => Generator<T, TReturn, TNext> {
  return function* (...args: A): Generator<T, TReturn, TNext> {
    const gen = fn(...args);
    gen.next();
    return yield* gen;
  };
}
