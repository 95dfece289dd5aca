// Opens the outer array only, so arrays nested deeper come out whole.
export function* flatten(value: unknown): Generator<unknown, void, undefined> {
  if (!Array.isArray(value)) {
    yield value;
    return;
  }
  for (const item of value) {
    if (Array.isArray(item)) yield* item;
    else yield item;
  }
}
