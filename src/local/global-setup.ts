import type { TestProject } from 'vitest/node';
import { currentTarget, loadCourseExercises, overlayMap } from './course-target';
import { typecheckExercises } from './typecheck';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Type errors per exercise id, from one type-check of the whole course. */
    courseTypeErrors: Record<string, string[]>;
  }
}

/** Runs once per `npm test`: type-checks every exercise before any test runs. */
export default function setup(project: TestProject) {
  const exercises = loadCourseExercises();
  project.provide('courseTypeErrors', typecheckExercises(exercises, overlayMap(exercises, currentTarget())));
}
