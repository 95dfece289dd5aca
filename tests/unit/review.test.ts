import { describe, expect, it } from 'vitest';
import { buildQueue, chaptersOfUrls, introducedToday } from '../../src/review/review-queue';
import { reviewStateSchema, type ReviewRecord, type ReviewState } from '../../src/review/review-schema';
import { REVIEW_KEY, ReviewStore } from '../../src/review/review-store';
import { calendarDaysBetween, describeWait, preview, rate, toCard, fromCard } from '../../src/review/scheduler';

const at = (text: string) => new Date(text);
const monday = at('2026-03-09T09:00:00');

describe('scheduling with ts-fsrs', () => {
  it('moves a new card’s due date further out the better it was known', () => {
    const days = (['again', 'hard', 'good', 'easy'] as const).map((r) => calendarDaysBetween(monday, new Date(rate(undefined, r, monday).due)));
    expect(days[0]).toBe(1); // never "later today": a rated card leaves today's session
    expect(days[0]).toBeLessThan(days[2]);
    expect(days[1]).toBeLessThanOrEqual(days[2]);
    expect(days[2]).toBeLessThan(days[3]);
  });

  it('grows the interval with each good review, and shrinks it after a lapse', () => {
    let record = rate(undefined, 'good', monday);
    const first = calendarDaysBetween(monday, new Date(record.due));
    let when = new Date(record.due);
    record = rate(record, 'good', when);
    const second = calendarDaysBetween(when, new Date(record.due));
    expect(second).toBeGreaterThan(first);
    expect(record).toMatchObject({ reps: 2, lapses: 0, state: 'review', lastRating: 'good', lastReview: when.toISOString() });
    when = new Date(record.due);
    const lapsed = rate(record, 'again', when);
    expect(lapsed.lapses).toBe(1);
    expect(calendarDaysBetween(when, new Date(lapsed.due))).toBeLessThan(second);
  });

  it('previews the four outcomes exactly as rating would', () => {
    const record = rate(undefined, 'hard', monday);
    const later = new Date(record.due);
    const outcomes = preview(record, later);
    expect(outcomes.easy).toEqual(rate(record, 'easy', later));
    expect(outcomes.again).toEqual(rate(record, 'again', later));
  });

  it('round-trips a record through a ts-fsrs card', () => {
    const record = rate(rate(undefined, 'good', monday), 'easy', at('2026-03-12T10:00:00'));
    expect(fromCard(toCard(record, monday), 'easy')).toEqual(record);
    expect(reviewStateSchema.safeParse({ cards: { 'a-card': record } }).success).toBe(true);
  });

  it('says when, in words', () => {
    expect(describeWait(monday, at('2026-03-09T23:00:00'))).toBe('today');
    expect(describeWait(monday, at('2026-03-10T01:00:00'))).toBe('tomorrow');
    expect(describeWait(monday, at('2026-03-12T09:00:00'))).toBe('in 3 days');
    expect(describeWait(monday, at('2026-04-13T09:00:00'))).toBe('in 5 weeks');
    expect(describeWait(monday, at('2026-09-09T09:00:00'))).toBe('in 6 months');
  });
});

describe('the day’s queue', () => {
  const cards = [
    { id: 'c1', chapter: 'iterables' },
    { id: 'c2', chapter: 'iterables' },
    { id: 'c3', chapter: 'iterables' },
    { id: 'l1', chapter: 'laziness' },
    { id: 'l2', chapter: 'laziness' },
  ];
  const due = (iso: string, extra: Partial<ReviewRecord> = {}): ReviewRecord => ({
    ...rate(undefined, 'good', at('2026-03-01T09:00:00')),
    due: at(iso).toISOString(),
    ...extra,
  });

  it('shows nothing until a chapter is opened, then its cards in course order', () => {
    expect(buildQueue(cards, { cards: {} }, new Set(), monday).ids).toEqual([]);
    const queue = buildQueue(cards, { cards: {} }, chaptersOfUrls(['/laziness/eager-vs-lazy/', '/map/']), monday);
    expect(queue).toMatchObject({ ids: ['l1', 'l2'], due: 0, fresh: 2, waiting: 0 });
  });

  it('puts cards due today (until midnight) first, earliest first; later ones wait, and name the next date', () => {
    const state: ReviewState = { cards: { c3: due('2026-03-09T20:00:00'), c1: due('2026-03-08T09:00:00'), c2: due('2026-03-11T09:00:00') } };
    const queue = buildQueue(cards, state, new Set(), monday);
    expect(queue.ids).toEqual(['c1', 'c3']);
    expect(queue.due).toBe(2);
    expect(queue.next?.toISOString()).toBe(at('2026-03-11T09:00:00').toISOString());
    // A chapter with a reviewed card is open even if no lesson visit is recorded (an imported schedule).
    expect(queue.open).toEqual(new Set(['iterables']));
  });

  it('introduces at most the daily number of new cards, counting those introduced today', () => {
    const state: ReviewState = { cards: { c1: rate(undefined, 'good', monday) } };
    expect(introducedToday(state, monday)).toBe(1);
    const queue = buildQueue(cards, state, new Set(['iterables', 'laziness']), monday, 3);
    expect(queue).toMatchObject({ ids: ['c2', 'c3'], fresh: 2, waiting: 2 });
    expect(buildQueue(cards, state, new Set(['iterables', 'laziness']), at('2026-03-10T08:00:00'), 3).ids).toEqual(['c2', 'c3', 'l1']); // c1 is due in 3 days
  });

  it('leaves a question answered in its lesson today for another day, then brings it in', () => {
    const answered = new Map([['c1', at('2026-03-09T08:30:00')]]);
    const today = buildQueue(cards, { cards: {} }, new Set(['iterables']), monday, 10, answered);
    expect(today).toMatchObject({ ids: ['c2', 'c3'], fresh: 2, waiting: 1 });
    expect(buildQueue(cards, { cards: {} }, new Set(['iterables']), at('2026-03-10T08:00:00'), 10, answered).ids).toEqual(['c1', 'c2', 'c3']);
  });
});

class MemoryStorage {
  map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
}

describe('the stored schedule', () => {
  it('is validated on every read: a corrupt or foreign value is reported and ignored', () => {
    const storage = new MemoryStorage();
    const store = new ReviewStore(storage);
    expect(store.get()).toEqual({ cards: {} });
    store.setCard('c1', rate(undefined, 'good', monday));
    expect(Object.keys(store.get().cards)).toEqual(['c1']);
    expect(REVIEW_KEY).toBe('generators-course:v1:review');
    storage.setItem(REVIEW_KEY, JSON.stringify({ cards: { c1: { due: 'soon' } } }));
    expect(store.get()).toEqual({ cards: {} });
    expect(store.corrupt).toBe(true);
    storage.setItem(REVIEW_KEY, '{not json');
    expect(store.get()).toEqual({ cards: {} });
  });

  it('keeps cards another tab rated meanwhile', () => {
    const storage = new MemoryStorage();
    const one = new ReviewStore(storage);
    const other = new ReviewStore(storage);
    one.setCard('c1', rate(undefined, 'good', monday));
    other.setCard('c2', rate(undefined, 'easy', monday));
    expect(Object.keys(one.get().cards).sort()).toEqual(['c1', 'c2']);
  });

  it('rejects records that ts-fsrs could not use, naming the field', () => {
    const good = rate(undefined, 'good', monday);
    const check = (record: unknown, id = 'c1') => {
      const result = reviewStateSchema.safeParse({ cards: { [id]: record } });
      return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(check(good)).toEqual([]);
    expect(check({ ...good, state: 'forgotten' })[0]).toContain('cards.c1.state');
    expect(check({ ...good, reps: -1 })[0]).toContain('cards.c1.reps');
    expect(check({ ...good, due: 'tomorrow' })[0]).toContain('cards.c1.due');
    expect(check({ ...good, extra: 1 })[0]).toContain('Unrecognized key');
    expect(check(good, 'Not An Id')[0]).toContain('a card id');
  });
});
