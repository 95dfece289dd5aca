// Lets Array.prototype.flat(Infinity) do the work: it builds the whole flat array before the first item is yielded.
export function* flatten(value: unknown): Generator<unknown, void, undefined> {
  if (!Array.isArray(value)) {
    yield value;
    return;
  }
  yield* value.flat(Infinity);
}
