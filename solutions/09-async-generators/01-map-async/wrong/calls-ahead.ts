// Starts the call for the next value before handing out the current result: one call of fn ahead of the consumer, two running at once.
export async function* mapAsync<T, U>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (value: T, index: number) => U | PromiseLike<U>,
): AsyncGenerator<U, void, undefined> {
  let index = 0;
  let pending: Promise<U> | null = null;
  for await (const value of source) {
    const next = Promise.resolve(fn(value, index++));
    if (pending !== null) yield await pending;
    pending = next;
  }
  if (pending !== null) yield await pending;
}
