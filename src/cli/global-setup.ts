import type { TestProject } from 'vitest/node';
import { currentTarget, loadCourseExercises, overlayMap } from './course-target';
import { join } from 'node:path';
import { courseRoot } from './course-target';
import { typecheckWithCache } from './typecheck';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Type errors per exercise id, from one type-check of the whole course. */
    courseTypeErrors: Record<string, string[]>;
  }
}

/** Runs once per `npm test`: type-checks every exercise (changed ones only, thanks to a cache) before any test runs. */
export default function setup(project: TestProject) {
  const exercises = loadCourseExercises();
  const target = currentTarget();
  const cacheFile = join(courseRoot, 'node_modules', '.cache', 'generators-course', `typecheck-${target}.json`);
  project.provide('courseTypeErrors', typecheckWithCache(exercises, overlayMap(exercises, target), cacheFile));
}
