// exercise: fetch-all
// expect: timeout
// expect-text: Your code was stopped after 3 s
export async function* fetchAll<T>(
  fetchPage: (url: string) => Promise<{ results: T[]; next: string | null }>,
  firstUrl: string,
): AsyncGenerator<T, void, undefined> {
  void fetchPage;
  void firstUrl;
  await new Promise<void>(() => {}); // never settles
}
