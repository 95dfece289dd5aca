// Acquires when withResource() is called, before the first next(): a generator that never starts never releases.
export function withResource<R, T, TReturn, TNext>(
  acquire: () => R,
  use: (resource: R) => Generator<T, TReturn, TNext>,
  release: (resource: R) => void,
): Generator<T, TReturn, TNext> {
  const resource = acquire();
  return (function* () {
    try {
      return yield* use(resource);
    } finally {
      release(resource);
    }
  })();
}
