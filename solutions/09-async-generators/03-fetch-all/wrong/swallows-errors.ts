// Catches a failed request and stops quietly: the consumer cannot tell a broken API from the last page.
export async function* fetchAll<T>(
  fetchPage: (url: string) => Promise<{ results: T[]; next: string | null }>,
  firstUrl: string,
): AsyncGenerator<T, void, undefined> {
  let url: string | null = firstUrl;
  while (url !== null) {
    let page;
    try {
      page = await fetchPage(url);
    } catch {
      return;
    }
    yield* page.results;
    url = page.next;
  }
}
