import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { exerciseCollectionLoader } from './site/exercise-collection-loader';

/** A lesson: `content/<NN-chapter>/<NN-lesson>.mdx`. */
const lessons = defineCollection({
  loader: glob({ pattern: '[0-9][0-9]-*/[0-9][0-9]-*.mdx', base: './content' }),
  schema: z.object({
    /** The lesson's heading and page title. */
    title: z.string().min(3),
    /** One sentence, shown on the course map and in search results. */
    summary: z.string().min(10),
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
  }),
});

export const collections = { lessons, chapters, exercises };
