import { recordsPrefix, type SaveResult, storageKey } from '../ui/storage';
import { emptyReviewState, reviewStateSchema, type ReviewRecord, type ReviewState } from './review-schema';

/**
 * The learner's review schedule in browser storage, under one key
 * (`generators-course:v1:review`). Every read is validated: a corrupt or
 * foreign value is reported (`corrupt`) and treated as an empty schedule,
 * and is only replaced when the learner rates a card or imports a file.
 * It lives beside the exercise records: after an import, under the import's
 * generation (progress-store.ts, `importAll`).
 */
export const REVIEW_KEY = storageKey('review');
const reviewKey = (storage: Storage | null) => `${recordsPrefix(storage)}review`;

export class ReviewStore {
  corrupt = false;

  constructor(private readonly storage: Storage | null) {}

  get(): ReviewState {
    let raw: string | null = null;
    try {
      raw = this.storage?.getItem(reviewKey(this.storage)) ?? null;
    } catch {
      return emptyReviewState();
    }
    if (raw === null) return emptyReviewState();
    try {
      const parsed = reviewStateSchema.safeParse(JSON.parse(raw));
      if (parsed.success) {
        this.corrupt = false;
        return parsed.data;
      }
    } catch {
      /* reported below */
    }
    this.corrupt = true;
    return emptyReviewState();
  }

  /** Stores one card's new record, re-reading first so a change made in another tab is kept. */
  setCard(id: string, record: ReviewRecord): SaveResult {
    const state = this.get();
    state.cards[id] = record;
    return this.replace(state);
  }

  replace(state: ReviewState): SaveResult {
    if (!this.storage)
      return {
        ok: false,
        reason: 'unavailable',
        message: 'This browser does not let the course save anything (private mode?), so your review schedule lasts only until you leave the page.',
      };
    try {
      this.storage.setItem(reviewKey(this.storage), JSON.stringify(state));
      this.corrupt = false;
      return { ok: true };
    } catch {
      return {
        ok: false,
        reason: 'full',
        message: 'Your browser’s storage for this site is full, so this rating is not saved. Export your progress from the course map and clear old data.',
      };
    }
  }
}

export function browserReviewStore(): ReviewStore {
  try {
    return new ReviewStore(globalThis.localStorage ?? null);
  } catch {
    return new ReviewStore(null);
  }
}
