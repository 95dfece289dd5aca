import { z } from 'zod';

/** `exercise.json`: everything about an exercise that is data, not code. */
export const exerciseMetaSchema = z
  .object({
    /** Shown above the editor and on the course map. */
    title: z.string().min(3),
    /** Slug of the lesson (in the same chapter) that this exercise follows. */
    lesson: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lesson slug such as "iterator-protocol"'),
    /** What the learner is asked to do, in one or two sentences of Markdown. */
    task: z.string().min(10),
    /** File the learner edits; the solution under solutions/ has the same name. */
    stub: z.string().regex(/^[a-z0-9-]+\.ts$/, 'a file name such as "take.ts"'),
    /** Hidden test file, Vitest API subset (src/grader/vitest-subset.d.ts). */
    test: z.string().regex(/^[a-z0-9-]+\.test\.ts$/, 'a file name such as "take.test.ts"'),
    /** Hints, revealed one at a time, gentlest first. */
    hints: z.array(z.string().min(5)).min(2).max(4),
    /** What solving this exercise should teach (for teachers and maintainers). */
    goals: z.array(z.string()).default([]),
    /** Limit for running the tests, in milliseconds (runaway code is stopped after it). */
    timeoutMs: z.number().int().min(500).max(20000).default(3000),
  })
  .strict();

export type ExerciseMeta = z.infer<typeof exerciseMetaSchema>;
