// exercise: fetch-all
// expect: timeout
export async function* fetchAll<T>(
  fetchPage: (url: string) => Promise<{ results: T[]; next: string | null }>,
  firstUrl: string,
): AsyncGenerator<T, void, undefined> {
  void fetchPage;
  void firstUrl;
  async function* forever() {
    while (true) yield 1;
  }
  for await (const _ of forever()) {
    // each turn awaits, but only ever on microtasks: the event loop never gets a turn
  }
}
