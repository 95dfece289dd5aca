// Acquires inside the try, so when acquire() fails the finally releases a resource that was never acquired.
export function* withResource<R, T, TReturn, TNext>(
  acquire: () => R,
  use: (resource: R) => Generator<T, TReturn, TNext>,
  release: (resource: R) => void,
): Generator<T, TReturn, TNext> {
  let resource!: R;
  try {
    resource = acquire();
    return yield* use(resource);
  } finally {
    release(resource);
  }
}
