/**
 * Which cards the review page shows today. Pure.
 *
 * - Cards the learner has rated come back when ts-fsrs says: a card is due
 *   today when its due date falls on or before today (local time).
 * - Cards never rated are new. They join from the chapters the learner has
 *   opened (or already reviews), in course order, at most `newPerDay` a day.
 *   A question the learner answered in its lesson today is not new today: it
 *   joins tomorrow, when recalling it is a review and not a repeat.
 */
import type { ReviewState } from './review-schema';

export interface CardRef {
  id: string;
  /** Chapter slug, e.g. `laziness`. */
  chapter: string;
}

export interface Queue {
  /** Ids to show, rated cards due first (earliest due first), then new ones. */
  ids: string[];
  due: number;
  fresh: number;
  /** New cards of open chapters left for another day by the daily limit. */
  waiting: number;
  /** Chapters whose cards the learner gets. */
  open: Set<string>;
  /** The earliest due date after today, if any (for "next review on …"). */
  next: Date | null;
}

export const NEW_PER_DAY = 10;

export const endOfDay = (now: Date) => new Date(now.getFullYear(), now.getMonth(), now.getDate(), 23, 59, 59, 999);
const sameDay = (a: Date, b: Date) => a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/** Chapter slugs from visited lessons' course paths (`/laziness/eager-vs-lazy/`, without the site's base). */
export function chaptersOfUrls(urls: Iterable<string>): Set<string> {
  const chapters = new Set<string>();
  for (const url of urls) {
    const match = /^\/([a-z0-9-]+)\/[a-z0-9-]+\/$/.exec(url);
    if (match) chapters.add(match[1]);
  }
  return chapters;
}

/** How many cards were rated for the first time today (a card rated once, today). */
export function introducedToday(state: ReviewState, now: Date): number {
  return Object.values(state.cards).filter((r) => r.reps === 1 && r.lastReview && sameDay(new Date(r.lastReview), now)).length;
}

export function buildQueue(
  cards: readonly CardRef[],
  state: ReviewState,
  visitedChapters: ReadonlySet<string>,
  now: Date,
  newPerDay = NEW_PER_DAY,
  answeredInLessons: ReadonlyMap<string, Date> = new Map(),
): Queue {
  const open = new Set(visitedChapters);
  for (const card of cards) if (state.cards[card.id]) open.add(card.chapter);
  const limit = endOfDay(now).getTime();
  const courseOrder = new Map(cards.map((card, i) => [card.id, i]));

  const dueCards = cards
    .filter((card) => state.cards[card.id] && new Date(state.cards[card.id].due).getTime() <= limit)
    .sort((a, b) => new Date(state.cards[a.id].due).getTime() - new Date(state.cards[b.id].due).getTime() || courseOrder.get(a.id)! - courseOrder.get(b.id)!);
  const unrated = cards.filter((card) => !state.cards[card.id] && open.has(card.chapter));
  const answeredToday = (card: CardRef) => {
    const at = answeredInLessons.get(card.id);
    return at !== undefined && sameDay(at, now);
  };
  const allowance = Math.max(0, newPerDay - introducedToday(state, now));
  const fresh = unrated.filter((card) => !answeredToday(card)).slice(0, allowance);

  let next: Date | null = null;
  for (const card of cards) {
    const record = state.cards[card.id];
    if (!record) continue;
    const due = new Date(record.due);
    if (due.getTime() > limit && (!next || due < next)) next = due;
  }
  return {
    ids: [...dueCards, ...fresh].map((card) => card.id),
    due: dueCards.length,
    fresh: fresh.length,
    waiting: unrated.length - fresh.length,
    open,
    next,
  };
}
