/**
 * Schedules review cards with ts-fsrs (the FSRS spaced-repetition algorithm):
 * this module only converts between the course's stored records and
 * ts-fsrs cards. Long-term scheduling only: the shortest interval is one
 * day, so "due today" means something, and a rated card leaves today's
 * session. No fuzz, so the same answers always give the same dates.
 */
import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card, type Grade } from 'ts-fsrs';
import { CARD_STATES, RATINGS, type RatingName, type ReviewRecord } from './review-schema';

const scheduler = fsrs(generatorParameters({ enable_short_term: false, enable_fuzz: false }));

const GRADES: Record<RatingName, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };
const STATE_NAMES: Record<State, ReviewRecord['state']> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};

export function toCard(record: ReviewRecord | undefined, now: Date): Card {
  if (!record) return createEmptyCard(now);
  return {
    due: new Date(record.due),
    stability: record.stability,
    difficulty: record.difficulty,
    elapsed_days: record.elapsedDays,
    scheduled_days: record.scheduledDays,
    learning_steps: record.learningSteps,
    reps: record.reps,
    lapses: record.lapses,
    state: CARD_STATES.indexOf(record.state) as State,
    ...(record.lastReview ? { last_review: new Date(record.lastReview) } : {}),
  };
}

export function fromCard(card: Card, rating?: RatingName): ReviewRecord {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_NAMES[card.state],
    ...(card.last_review ? { lastReview: card.last_review.toISOString() } : {}),
    ...(rating ? { lastRating: rating } : {}),
  };
}

/** The card's record after the learner rates it `rating` at `now` (undefined: a card never rated before). */
export function rate(record: ReviewRecord | undefined, rating: RatingName, now: Date): ReviewRecord {
  return fromCard(scheduler.next(toCard(record, now), now, GRADES[rating]).card, rating);
}

/** What each rating would do, to label the buttons ("Good · in 3 days"). */
export function preview(record: ReviewRecord | undefined, now: Date): Record<RatingName, ReviewRecord> {
  const outcomes = scheduler.repeat(toCard(record, now), now);
  return Object.fromEntries(RATINGS.map((name) => [name, fromCard(outcomes[GRADES[name]].card, name)])) as Record<RatingName, ReviewRecord>;
}

const DAY = 24 * 60 * 60 * 1000;

/** Local calendar days from `from` to `to` (0: the same day). */
export function calendarDaysBetween(from: Date, to: Date): number {
  const start = new Date(from.getFullYear(), from.getMonth(), from.getDate());
  const end = new Date(to.getFullYear(), to.getMonth(), to.getDate());
  return Math.round((end.getTime() - start.getTime()) / DAY);
}

/** "today", "tomorrow", "in 3 days", "in 5 weeks", "in 4 months", "in 2 years". */
export function describeWait(from: Date, to: Date): string {
  const days = calendarDaysBetween(from, to);
  if (days <= 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days < 14) return `in ${days} days`;
  if (days < 60) return `in ${Math.round(days / 7)} weeks`;
  if (days < 365 * 2) return `in ${Math.round(days / 30.4)} months`;
  return `in ${Math.round(days / 365)} years`;
}
