// Calls next() twice, so the generator has already resumed its first yield with undefined.
export function coroutine<A extends unknown[], T, TReturn, TNext>(
  fn: (...args: A) => Generator<T, TReturn, TNext>,
): (...args: A) => Generator<T, TReturn, TNext> {
  return (...args: A) => {
    const gen = fn(...args);
    gen.next();
    gen.next();
    return gen;
  };
}
