import { resolve } from 'node:path';
import { inLanguage, loadExercises, type ExerciseIn as Exercise } from '../course/exercise-loader';
import type { Language } from '../course/exercise-schema';

/**
 * What the local grader checks: the learner's files (`exercises`, the default)
 * or the reference solutions (`solutions`), put virtually in place of the stubs
 * so the very same test files run unchanged. Chosen by COURSE_TARGET.
 */
export type CourseTarget = 'exercises' | 'solutions';

export const courseRoot = resolve(import.meta.dirname, '../..');

export function currentTarget(): CourseTarget {
  const value = process.env.COURSE_TARGET ?? 'exercises';
  if (value !== 'exercises' && value !== 'solutions') {
    throw new Error(`COURSE_TARGET must be "exercises" or "solutions", not "${value}"`);
  }
  return value;
}

/** Stub path → the file whose text stands in for it under the current target. */
export function overlayMap(exercises: Exercise[], target: CourseTarget): Map<string, string> {
  const map = new Map<string, string>();
  if (target === 'solutions') for (const e of exercises) for (const file of [e, ...e.extraFiles]) map.set(file.stubFile, file.solutionFile);
  return map;
}

/** The course's exercises that have a track in `language` (TypeScript unless asked), each seen through that track. */
export function loadCourseExercises(language: Language = 'typescript'): Exercise[] {
  return inLanguage(loadExercises(courseRoot), language);
}
