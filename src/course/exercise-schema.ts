import { z } from 'zod';

/** The languages an exercise can be solved in: each is a track with its own stub, tests and words. */
export const LANGUAGES = ['typescript', 'python'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Markdown prose a learner reads, shared by both tracks' shapes. */
const task = z.string().min(10);
const hints = z.array(z.string().min(5)).min(2).max(4);

/** One language's files and words for an exercise. */
const typescriptTrack = z
  .object({
    /** File the learner edits; the solution under solutions/ has the same name. */
    stub: z.string().regex(/^[a-z0-9-]+\.ts$/, 'a file name such as "take.ts"'),
    /** Hidden test file, Vitest API subset (src/grader/learner-types/vitest-subset.d.ts). */
    test: z.string().regex(/^[a-z0-9-]+\.test\.ts$/, 'a file name such as "take.test.ts"'),
    /** What the learner is asked to do, in one or two sentences of Markdown. */
    task,
    /** Hints, revealed one at a time, gentlest first. */
    hints,
    /**
     * A project's learner files, in tab order; the first is `stub` (the
     * entry the tests import), the others are imported by name (`./parse`).
     * Absent: the one file `stub`. The solution has the same files.
     */
    files: z
      .array(z.string().regex(/^[a-z0-9-]+\.ts$/, 'a file name such as "parse.ts"'))
      .min(1)
      .max(6)
      .optional(),
  })
  .strict()
  .refine((track) => !track.files || (track.files[0] === track.stub && new Set(track.files).size === track.files.length), {
    message: '"files" starts with the stub and names each file once',
  });

/**
 * One stage of a project: passed when every one of its tests passes. In
 * TypeScript its tests are those under the top-level `describe` that `tests`
 * names. In Python its tests are the test functions named
 * `test_<id with - as _>_…` (milestone `early-exit`: `def
 * test_early_exit_closes_the_log()`); a milestone without such a function is
 * refused, and so is a Python test function that belongs to no milestone.
 */
const milestone = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a slug such as "parse"'),
    title: z.string().min(3),
    /** The name of the top-level `describe` block holding the milestone's TypeScript tests. */
    tests: z.string().min(1),
  })
  .strict();

const pythonTrack = z
  .object({
    /** Module the learner edits (imported by the tests by its name); the solution has the same name. */
    stub: z.string().regex(/^[a-z][a-z0-9_]*\.py$/, 'a module file name such as "take.py"'),
    /** Hidden pytest-style test file: plain `def test_…(): assert …`. */
    test: z.string().regex(/^test_[a-z0-9_]+\.py$/, 'a pytest file name such as "test_take.py"'),
    /** The task in Python's own words. */
    task,
    /** Python's own hints, gentlest first. */
    hints,
    /**
     * A project's learner modules, in tab order; the first is `stub` (the
     * entry), the others are imported by name (`import parse`, `from parse
     * import parse_lines`) by the tests and by each other. Absent: the one
     * module `stub`. The solution has the same files.
     */
    files: z
      .array(z.string().regex(/^[a-z][a-z0-9_]*\.py$/, 'a module file name such as "parse.py"'))
      .min(1)
      .max(6)
      .optional(),
  })
  .strict()
  .refine((track) => !track.files || (track.files[0] === track.stub && new Set(track.files).size === track.files.length), {
    message: '"files" starts with the stub and names each file once',
  });

/** `exercise.json`: everything about an exercise that is data, not code. */
export const exerciseMetaSchema = z
  .object({
    /** Shown above the editor and on the course map. */
    title: z.string().min(3),
    /** Slug of the lesson (in the same chapter) that this exercise follows. */
    lesson: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lesson slug such as "iterator-protocol"'),
    /** Limit for running the tests, in milliseconds (runaway code is stopped after it). */
    timeoutMs: z.number().int().min(500).max(20000).default(3000),
    /** What solving this exercise should teach (for teachers and maintainers). */
    goals: z.array(z.string()).default([]),
    /** The TypeScript track, where the exercise has one. */
    typescript: typescriptTrack.optional(),
    /** The Python track, where the exercise has one. */
    python: pythonTrack.optional(),
    /**
     * A project's stages, in order (each names the top-level `describe` of its
     * tests). Absent: one milestone, every test.
     */
    milestones: z.array(milestone).min(1).max(8).optional(),
  })
  .strict()
  .refine((meta) => meta.typescript || meta.python, { message: 'an exercise needs a "typescript" or a "python" track (or both)' });

export type ExerciseMeta = z.infer<typeof exerciseMetaSchema>;
export type TrackMeta = NonNullable<ExerciseMeta['typescript']> | NonNullable<ExerciseMeta['python']>;
export type Milestone = z.infer<typeof milestone>;
