import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { exerciseCollectionLoader } from './course/collections/exercise-collection';
import { quizCollectionLoader } from './course/collections/quiz-collection';
import { reviewCollectionLoader } from './course/collections/review-collection';
import { readingIds } from './course/further-reading';

/** A lesson: `content/<NN-chapter>/<NN-lesson>.mdx`. */
const lessons = defineCollection({
  loader: glob({ pattern: '[0-9][0-9]-*/[0-9][0-9]-*.mdx', base: './content' }),
  schema: z.object({
    /** The lesson's heading and page title. */
    title: z.string().min(3),
    /** One sentence, shown on the course map and in search results. */
    summary: z.string().min(10),
    /** The external pages it cites, by id from src/course/further-reading.ts: its "Further reading" list. */
    reading: z
      .array(z.enum(readingIds))
      .min(1, 'every lesson ends with at least one further reading')
      .refine((ids) => new Set(ids).size === ids.length, 'a reading id is listed twice'),
  }),
});

/** A chapter: `content/<NN-chapter>/chapter.json`. */
const chapters = defineCollection({
  loader: glob({ pattern: '[0-9][0-9]-*/chapter.json', base: './content' }),
  schema: z.object({
    /** The chapter's name in the sidebar and on the course map. */
    title: z.string().min(3),
    /** One sentence about what the chapter teaches. */
    summary: z.string().min(10),
  }),
});

/** Exercises, read by the course's exercise loader from `exercises/` (see docs/authoring.md). */
const exercises = defineCollection({
  loader: exerciseCollectionLoader(),
  schema: z.object({
    id: z.string(),
    chapter: z.string(),
    order: z.number(),
    folder: z.string(),
    title: z.string(),
    lesson: z.string(),
    taskHtml: z.string(),
    hintsHtml: z.array(z.string()),
    stubName: z.string(),
    stub: z.string(),
    timeoutMs: z.number(),
    /** SHA-256 of the tests and of the solution as served (src/course/served-files.ts). */
    testsHash: z.string(),
    solutionHash: z.string(),
    /** A project's learner files, entry first (absent for a one-file exercise). */
    files: z.array(z.string()).optional(),
    /** A project's other files' starting code, by name (the entry's is `stub`). */
    fileStubs: z.record(z.string(), z.string()).optional(),
    /** A project's milestones, in order, each with the top-level describe of its tests. */
    milestones: z.array(z.object({ id: z.string(), title: z.string(), tests: z.string() })).optional(),
    /** The Python track, where the exercise has one: its own task, hints, starting code, files and hashes. */
    python: z
      .object({
        taskHtml: z.string(),
        hintsHtml: z.array(z.string()),
        stubName: z.string(),
        testName: z.string(),
        stub: z.string(),
        testsHash: z.string(),
        solutionHash: z.string(),
        /** A Python project's modules, entry first, and the other modules' starting code (as for TypeScript above). */
        files: z.array(z.string()).optional(),
        fileStubs: z.record(z.string(), z.string()).optional(),
      })
      .optional(),
  }),
});

/** "What does this print?" questions, read from the lessons' `<Predict>` blocks (src/quiz/). */
const quizzes = defineCollection({
  loader: quizCollectionLoader(),
  schema: z.object({
    id: z.string(),
    chapter: z.string(),
    lesson: z.string(),
    order: z.number(),
    prompt: z.string(),
    lang: z.enum(['ts', 'python']),
    code: z.string(),
    /** What the sample prints: its proven output fence. */
    output: z.string(),
    distractors: z.array(z.string()),
    codeHtml: z.string(),
    outputHtml: z.string(),
    explanationHtml: z.string(),
  }),
});

/** Review cards written by hand: `content/<NN-chapter>/review.json`, validated by src/course/review-card-schema.ts. */
const reviewCards = defineCollection({
  loader: reviewCollectionLoader(),
  schema: z.object({
    id: z.string(),
    kind: z.enum(['concept', 'spot']),
    chapter: z.string(),
    order: z.number(),
    questionHtml: z.string(),
    codeHtml: z.string(),
    answerHtml: z.string(),
  }),
});

export const collections = { lessons, chapters, exercises, quizzes, reviewCards };
