/**
 * Yields every result of every page, in order: requests `firstUrl`, then each
 * page's `next`, until `next` is null. One request at a time, only when needed.
 */
export async function* fetchAll<T>(
  fetchPage: (url: string) => Promise<{ results: T[]; next: string | null }>,
  firstUrl: string,
): AsyncGenerator<T, void, undefined> {
  // TODO: fetch a page, yield each of its results, then follow `next` until it is null
}
