import type { AbortSignal } from './abort';
import { type Api, pages } from './pages';

/**
 * Milestone 2. Yields every user id of every page, in order, built on
 * `pages`: requests a page only when its first id is needed, and nothing more
 * once the consumer stops. Once `signal` is aborted it hands out nothing
 * more: the next pull rejects with `signal.reason`.
 */
export async function* userIds(api: Api, signal: AbortSignal): AsyncGenerator<string, void, undefined> {
  // The signal goes to every request, so an aborted one stops there.
  for await (const page of pages(api, signal)) yield* page.ids;
}
