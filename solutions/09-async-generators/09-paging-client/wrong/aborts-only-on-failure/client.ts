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
  if (!(limit >= 1)) throw new RangeError(`limit must be at least 1, not ${limit}`);

  const controller = new AbortController();
  const forward = () => controller.abort(signal?.reason);
  if (signal?.aborted) forward();
  else signal?.addEventListener('abort', forward);

  const queue: Promise<User>[] = [];
  try {
    for await (const id of userIds(api, controller.signal)) {
      const user = api.getUser(id, controller.signal);
      user.catch(() => {});
      queue.push(user);
      if (queue.length >= limit) yield await queue.shift()!;
    }
    while (queue.length > 0) yield await queue.shift()!;
    signal?.removeEventListener('abort', forward);
  } catch (error) {
    // Something went wrong: abort what is still under way, and pass the error on.
    signal?.removeEventListener('abort', forward);
    controller.abort();
    throw error;
  }
}
