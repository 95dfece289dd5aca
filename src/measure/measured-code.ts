// What the "Measure it yourself" widget runs in a worker, exactly as shown.

/** Eager: build an array of n numbers, then sum it. */
export function viaArray(n: number) {
  const start = performance.now();
  const items: number[] = [];
  for (let i = 0; i < n; i++) items.push(i);
  const first = items[0]; // the first item exists only once all n do
  const firstItemAt = performance.now();
  let sum = 0;
  for (const item of items) sum += item;
  return { first, sum, firstItemMs: firstItemAt - start, sumMs: performance.now() - start };
}

function* numbers(n: number) {
  for (let i = 0; i < n; i++) yield i;
}

/** Lazy: sum a generator of the same n numbers, one at a time. */
export function viaGenerator(n: number) {
  const start = performance.now();
  const items = numbers(n);
  const head = items.next();
  const first = head.done ? undefined : head.value;
  const firstItemAt = performance.now();
  let sum = first ?? 0;
  for (const item of items) sum += item;
  return { first, sum, firstItemMs: firstItemAt - start, sumMs: performance.now() - start };
}
