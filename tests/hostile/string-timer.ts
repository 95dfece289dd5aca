// expect: failed
// expect-text: setTimeout takes a function here, not a string of code
export class CountUpTo implements Iterable<number> {
  constructor(private readonly max: number) {}
  [Symbol.iterator](): Iterator<number> {
    return { next: () => ({ value: undefined, done: true }) };
  }
}
// A string handed to a timer would run in the runner's own global scope, outside the sandbox,
// where it could reach fetch, caches and IndexedDB to poison the tests served to later checks.
setTimeout("caches.open('x').then((c) => c.put('/grader/tests/count-up-to-class.json', new Response('{}')))", 0);
