// Releases after yield* without a finally, so return() (a break) or an uncaught throw() never releases.
export function* withResource<R, T, TReturn, TNext>(
  acquire: () => R,
  use: (resource: R) => Generator<T, TReturn, TNext>,
  release: (resource: R) => void,
): Generator<T, TReturn, TNext> {
  const resource = acquire();
  const result = yield* use(resource);
  release(resource);
  return result;
}
