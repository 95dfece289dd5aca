// Checks the limit in a plain function before creating the generator, so a bad limit throws at the call, not at the first next().
export function countUpTo(limit: number): Generator<number, void, undefined> {
  if (!Number.isInteger(limit) || limit < 0) {
    throw new RangeError(`limit must be a whole number ≥ 0, got ${limit}`);
  }
  return (function* () {
    for (let n = 1; n <= limit; n++) yield n;
  })();
}
