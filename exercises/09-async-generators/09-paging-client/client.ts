import { type AbortSignal, AbortController } from './abort';
import { userIds } from './items';
import type { Api, User } from './pages';

/**
 * Milestones 3 and 4. Yields the details of every user in the directory, in
 * the order of their ids, with up to `limit` requests under way at once: a
 * new one starts as soon as a result is handed out. Pulls ids only as it needs
 * them. When it stops (the consumer stops early, a request fails, or the
 * caller aborts `signal`), every request still under way is aborted and it
 * stops listening to `signal`. A `limit` below 1 makes the first `next()`
 * reject with a `RangeError`.
 */
export async function* users(api: Api, limit: number, signal?: AbortSignal): AsyncGenerator<User, void, undefined> {
  throw new Error('users is not written yet');
}
