import { z } from 'zod';
import { CARD_ID } from '../course/review-card-schema';

/**
 * The learner's review schedule, one record per card they have rated: what
 * ts-fsrs needs to schedule the next review, in the course's own names. Kept
 * in browser storage and in the progress file (its optional `review` field).
 */
export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type RatingName = (typeof RATINGS)[number];
export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;

const isoDate = z.string().datetime({ offset: true });

export const reviewRecordSchema = z
  .object({
    /** When the card is next due. */
    due: isoDate,
    stability: z.number().finite().min(0),
    difficulty: z.number().finite().min(0),
    elapsedDays: z.number().int().min(0),
    scheduledDays: z.number().int().min(0),
    learningSteps: z.number().int().min(0),
    reps: z.number().int().min(0),
    lapses: z.number().int().min(0),
    state: z.enum(CARD_STATES),
    lastReview: isoDate.optional(),
    lastRating: z.enum(RATINGS).optional(),
  })
  .strict();

export const reviewStateSchema = z
  .object({
    cards: z.record(z.string().regex(CARD_ID, 'a card id'), reviewRecordSchema),
  })
  .strict();

export type ReviewRecord = z.infer<typeof reviewRecordSchema>;
export type ReviewState = z.infer<typeof reviewStateSchema>;

export const emptyReviewState = (): ReviewState => ({ cards: {} });
