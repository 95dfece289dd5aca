import type { AbortSignal } from './abort';

/** One page of the directory: some user ids, and the cursor of the next page (null on the last). */
export interface Page {
  ids: string[];
  next: string | null;
}

/** A user's details. */
export interface User {
  id: string;
  name: string;
}

/**
 * The remote API. Every request takes a signal: when it is aborted while the
 * request is under way, the request stops and its promise rejects with
 * `signal.reason`.
 */
export interface Api {
  /** One page of user ids: the first page for the cursor `null`, then the page each `next` names. */
  listUsers(cursor: string | null, signal: AbortSignal): Promise<Page>;
  /** The details of the user with this id. */
  getUser(id: string, signal: AbortSignal): Promise<User>;
}

/**
 * Milestone 1. Yields every page of the directory, in order: requests the
 * first page (cursor `null`), then follows each page's `next` until it is
 * `null`. Requests a page only when it is pulled, one at a time, handing
 * `signal` to every request.
 */
export async function* pages(api: Api, signal: AbortSignal): AsyncGenerator<Page, void, undefined> {
  // Asks for the next page while the consumer reads this one: never waits on the network.
  let request: Promise<Page> | null = api.listUsers(null, signal);
  while (request !== null) {
    const page: Page = await request;
    request = page.next === null ? null : api.listUsers(page.next, signal);
    yield page;
  }
}
