// Delegates by hand with next(value), but never forwards throw() or return() to use(): its catch and finally are bypassed.
export function* withResource<R, T, TReturn, TNext>(
  acquire: () => R,
  use: (resource: R) => Generator<T, TReturn, TNext>,
  release: (resource: R) => void,
): Generator<T, TReturn, TNext> {
  const resource = acquire();
  try {
    const inner = use(resource);
    let step = inner.next();
    while (!step.done) {
      const sent: TNext = yield step.value;
      step = inner.next(sent);
    }
    return step.value;
  } finally {
    release(resource);
  }
}
