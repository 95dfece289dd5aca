// Opens the source at the call to check it, then hands the iterable (not the iterator) on, so it is opened again.
export function scaled(values: Iterable<number>, factor: number): Generator<number, void, undefined> {
  values[Symbol.iterator]();
  return scaleEach(values, factor);
}

function* scaleEach(values: Iterable<number>, factor: number): Generator<number, void, undefined> {
  for (const value of values) yield value * factor;
}
