import type { OutlineChapter } from '../course/outline';
import type { ExerciseRef } from '../grader/client/grader-client';
import type { MilestoneSpec } from '../grader/protocol/milestones';
import { siteUrl } from '../hosting/site-url';
import type { HandIn } from './hand-in-format';

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
  /** A project's entry stub and other files' stubs (TypeScript), by name: what a hand-in that never edited a file is graded with. */
  stub?: string;
  fileStubs?: Record<string, string>;
  /** A project's milestones, as exercise.json declares them. */
  milestones?: MilestoneSpec[];
}

export const EXERCISE_INDEX_ID = 'course-exercises';

export function buildExerciseIndex(
  outline: OutlineChapter[],
  grading: {
    id: string;
    stubName: string;
    timeoutMs: number;
    testsHash: string;
    stub: string;
    fileStubs?: Record<string, string>;
    milestones?: MilestoneSpec[];
  }[],
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
          ...(g.fileStubs ? { stub: g.stub, fileStubs: g.fileStubs } : {}),
          ...(g.milestones ? { milestones: g.milestones } : {}),
        };
      }),
    ),
  );
}

/**
 * The other files a project's hand-in is graded with: each of the project's
 * files as handed in, or its stub where the student never edited it. A name
 * the project does not have is left out (a hand-in cannot add files to the
 * program its tests import). Undefined for a one-file exercise.
 */
export function projectFilesOf(exercise: Pick<TeachExercise, 'fileStubs'> | undefined, handedIn: Readonly<Record<string, string>> | undefined) {
  if (!exercise?.fileStubs) return undefined;
  const files: Record<string, string> = {};
  for (const [name, stub] of Object.entries(exercise.fileStubs)) files[name] = handedIn && Object.hasOwn(handedIn, name) ? handedIn[name] : stub;
  return files;
}

/**
 * A hand-in's project records made whole: a student who edited only a
 * project's other files handed in no entry code, and is graded with the
 * entry's stub rather than shown as missing.
 */
export function withProjectEntries(handIn: HandIn, byId: ReadonlyMap<string, Pick<TeachExercise, 'stub' | 'fileStubs'>>): HandIn {
  let exercises = handIn.exercises;
  for (const [id, record] of Object.entries(handIn.exercises)) {
    const stub = byId.get(id)?.stub;
    if (record.language !== 'typescript' || record.code !== undefined || !record.files || stub === undefined) continue;
    exercises = { ...exercises, [id]: { ...record, code: stub } };
  }
  return exercises === handIn.exercises ? handIn : { ...handIn, exercises };
}

/** JSON that is safe inside a `<script>` element: no `<` can close it early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The index the page was built with (trusted: it comes from the build, not from a user). */
export function readExerciseIndex(doc: Document = document): TeachExercise[] {
  return JSON.parse(doc.getElementById(EXERCISE_INDEX_ID)?.textContent ?? '[]') as TeachExercise[];
}
