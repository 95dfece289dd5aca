// Makes the generator once and hands the same one to every caller, primed again each time.
export function coroutine<A extends unknown[], T, TReturn, TNext>(
  fn: (...args: A) => Generator<T, TReturn, TNext>,
): (...args: A) => Generator<T, TReturn, TNext> {
  let gen: Generator<T, TReturn, TNext> | undefined;
  return (...args: A) => {
    gen ??= fn(...args);
    gen.next();
    return gen;
  };
}
