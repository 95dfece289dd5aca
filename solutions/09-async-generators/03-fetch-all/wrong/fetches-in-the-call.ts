// A plain async function that returns an async generator over a page it fetched at once: the first request happens at the call, before any next().
export function fetchAll<T>(
  fetchPage: (url: string) => Promise<{ results: T[]; next: string | null }>,
  firstUrl: string,
): AsyncGenerator<T, void, undefined> {
  const first = fetchPage(firstUrl);
  first.catch(() => {});
  return (async function* () {
    let page = await first;
    while (true) {
      yield* page.results;
      if (page.next === null) return;
      page = await fetchPage(page.next);
    }
  })();
}
