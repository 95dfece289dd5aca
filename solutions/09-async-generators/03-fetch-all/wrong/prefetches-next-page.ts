// Starts the request for the next page before handing out the current page's results: one request the consumer may never need.
export async function* fetchAll<T>(
  fetchPage: (url: string) => Promise<{ results: T[]; next: string | null }>,
  firstUrl: string,
): AsyncGenerator<T, void, undefined> {
  let pending: Promise<{ results: T[]; next: string | null }> | null = fetchPage(firstUrl);
  while (pending !== null) {
    const page: { results: T[]; next: string | null } = await pending;
    pending = page.next === null ? null : fetchPage(page.next);
    yield* page.results;
  }
}
