// Right at run time, but without the type-guard overload a type-guard predicate does not narrow the result.
export function* filter<T>(source: Iterable<T>, predicate: (item: T, index: number) => boolean): Generator<T, void, undefined> {
  let index = 0;
  for (const item of source) {
    if (predicate(item, index++)) yield item;
  }
}
