/**
 * Yields every result of every page, in order: requests `firstUrl`, then each
 * page's `next`, until `next` is null. One request at a time, only when needed.
 */
export async function* fetchAll<T>(
  fetchPage: (url: string) => Promise<{ results: T[]; next: string | null }>,
  firstUrl: string,
): AsyncGenerator<T, void, undefined> {
  let url: string | null = firstUrl;
  while (url !== null) {
    const page = await fetchPage(url);
    yield* page.results;
    url = page.next;
  }
}
