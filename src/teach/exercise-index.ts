import type { OutlineChapter } from '../course/outline';
import type { ExerciseRef } from '../grader/client/grader-client';
import { siteUrl } from '../hosting/site-url';

/**
 * What the teacher pages know about each exercise, put into the page at build
 * time as JSON (`<script type="application/json" id="course-exercises">`):
 * where it is taught and what the grader needs to check it. Never the tests
 * themselves: the grader fetches them from `testUrl` when it checks.
 */
export interface TeachExercise extends ExerciseRef {
  title: string;
  chapterOrder: number;
  chapterTitle: string;
  /** The lesson page, scrolled to the exercise's card (`#x-<id>`). */
  url: string;
}

export const EXERCISE_INDEX_ID = 'course-exercises';

export function buildExerciseIndex(
  outline: OutlineChapter[],
  grading: { id: string; stubName: string; timeoutMs: number; testsHash: string }[],
): TeachExercise[] {
  const byId = new Map(grading.map((g) => [g.id, g]));
  return outline.flatMap((chapter) =>
    chapter.lessons.flatMap((lesson) =>
      lesson.exercises.map((exercise) => {
        const g = byId.get(exercise.id);
        if (!g) throw new Error(`exercise ${exercise.id} is in the outline but not in the exercises collection`);
        return {
          id: exercise.id,
          title: exercise.title,
          chapterOrder: chapter.order,
          chapterTitle: chapter.title,
          url: `${lesson.url}#x-${exercise.id}`,
          stubName: g.stubName,
          testUrl: siteUrl(`grader/tests/${exercise.id}.json`),
          testHash: g.testsHash,
          timeoutMs: g.timeoutMs,
        };
      }),
    ),
  );
}

/** JSON that is safe inside a `<script>` element: no `<` can close it early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The index the page was built with (trusted: it comes from the build, not from a user). */
export function readExerciseIndex(doc: Document = document): TeachExercise[] {
  return JSON.parse(doc.getElementById(EXERCISE_INDEX_ID)?.textContent ?? '[]') as TeachExercise[];
}
