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
  // TODO: request the first page with null, hand on its items,
  // then follow `next` until it is null
  return 0;
}
