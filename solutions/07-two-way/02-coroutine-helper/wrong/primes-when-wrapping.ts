// Primes a generator as soon as coroutine() is called, with no arguments, and returns that one generator.
export function coroutine<A extends unknown[], T, TReturn, TNext>(
  fn: (...args: A) => Generator<T, TReturn, TNext>,
): (...args: A) => Generator<T, TReturn, TNext> {
  const gen = fn(...([] as unknown as A));
  gen.next();
  return () => gen;
}
