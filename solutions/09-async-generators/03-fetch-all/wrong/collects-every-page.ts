// Fetches every page into one array before yielding: right results, but all the requests happen before the first result.
export async function* fetchAll<T>(
  fetchPage: (url: string) => Promise<{ results: T[]; next: string | null }>,
  firstUrl: string,
): AsyncGenerator<T, void, undefined> {
  const results: T[] = [];
  let url: string | null = firstUrl;
  while (url !== null) {
    const page = await fetchPage(url);
    results.push(...page.results);
    url = page.next;
  }
  yield* results;
}
