// Writes yield instead of yield*, so each nested array comes out as a generator object instead of its leaves.
export function* flatten(value: unknown): Generator<unknown, void, undefined> {
  if (!Array.isArray(value)) {
    yield value;
    return;
  }
  for (const item of value) {
    if (Array.isArray(item)) yield flatten(item);
    else yield item;
  }
}
