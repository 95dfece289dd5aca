import { defineConfig } from 'vitest/config';
import { currentTarget, loadCourseExercises, overlayMap } from './src/local/course-target';
import { solutionOverlay } from './src/local/solution-overlay';

// The learner's grader: runs every exercise's hidden tests against exercises/
// (or, with COURSE_TARGET=solutions, against the reference solutions).
export default defineConfig({
  plugins: [solutionOverlay(overlayMap(loadCourseExercises(), currentTarget()))],
  test: {
    include: ['exercises/**/*.test.ts'],
    globalSetup: ['src/local/global-setup.ts'],
    setupFiles: ['src/local/exercise-setup.ts'],
    testTimeout: 5000,
    // Threads, not forks: when npm test stops a run stuck in an endless loop,
    // worker threads end with it, where forked processes would spin on.
    pool: 'threads',
    // Exercises share nothing but the harness, so test files may reuse a worker's loaded modules.
    isolate: false,
  },
});
