import { z } from 'zod';

/**
 * Review cards written by hand: `content/<NN-chapter>/review.json`
 * (docs/authoring.md, "Review cards"). Text fields are Markdown. The
 * chapter's "What does this print?" questions join them as cards on their own.
 */
export const CARD_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const cardId = z.string().regex(CARD_ID, 'a card id: lowercase words joined by hyphens');
const text = z.string().trim().min(3);

export const conceptCardSchema = z
  .object({
    id: cardId,
    kind: z.literal('concept'),
    /** What to recall. */
    question: text,
    answer: text,
  })
  .strict();

export const spotCardSchema = z
  .object({
    id: cardId,
    kind: z.literal('spot'),
    /** Defaults to "What is wrong with this code?" */
    question: text.optional(),
    /** The code with the mistake. It is shown, not run. */
    code: z.string().min(10),
    lang: z.enum(['ts', 'python']).default('ts'),
    /** The mistake, and the fix. */
    answer: text,
  })
  .strict();

export const reviewCardSchema = z.discriminatedUnion('kind', [conceptCardSchema, spotCardSchema]);
export const reviewFileSchema = z.object({ cards: z.array(reviewCardSchema).min(1) }).strict();

export type ReviewCardInput = z.infer<typeof reviewCardSchema>;
export const SPOT_QUESTION = 'What is wrong with this code?';
