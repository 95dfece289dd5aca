import { getCollection } from 'astro:content';
import { buildOutline, type OutlineChapter } from './outline';

let cached: Promise<OutlineChapter[]> | undefined;

/** The course outline from the content collections, built once per build. */
export function loadOutline(): Promise<OutlineChapter[]> {
  cached ??= (async () => {
    const [chapters, lessons, exercises] = await Promise.all([getCollection('chapters'), getCollection('lessons'), getCollection('exercises')]);
    return buildOutline(
      chapters.map((c) => ({ file: c.filePath!, title: c.data.title, summary: c.data.summary })),
      lessons.map((l) => ({ file: l.filePath!, entryId: l.id, title: l.data.title, summary: l.data.summary })),
      exercises.map((e) => e.data),
    );
  })();
  return cached;
}
