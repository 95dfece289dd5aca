import { defineConfig } from 'vitest/config';
import { currentTarget, loadCourseExercises, overlayMap } from './src/cli/course-target';
import { solutionOverlay } from './src/cli/solution-overlay';

// The learner's grader: runs every exercise's hidden tests against exercises/
// (or, with COURSE_TARGET=solutions, against the reference solutions).
export default defineConfig({
  plugins: [solutionOverlay(overlayMap(loadCourseExercises(), currentTarget()))],
  test: {
    include: ['exercises/**/*.test.ts'],
    globalSetup: ['src/cli/global-setup.ts'],
    setupFiles: ['src/cli/exercise-setup.ts'],
    testTimeout: 5000,
    // Threads, not forks: when npm test stops a run stuck in an endless loop,
    // worker threads end with it, where forked processes would spin on.
    pool: 'threads',
    // Exercises share nothing but the harness, so test files may reuse a worker's loaded modules.
    isolate: false,
  },
});
