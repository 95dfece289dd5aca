import { defineConfig } from 'vitest/config';
import { currentTarget, loadCourseExercises, overlayMap } from './src/cli/course-target';
import { solutionOverlay } from './src/cli/solution-overlay';

// The exercises under Vitest itself: for authors (`npx vitest run exercises/03-laziness`) and for the unit
// test that proves the course's own harness agrees with Vitest. Learners use `npm test` (src/cli/grade.ts).
// With COURSE_TARGET=solutions the reference solutions stand in for the stubs.
export default defineConfig({
  plugins: [solutionOverlay(overlayMap(loadCourseExercises(), currentTarget()))],
  test: {
    include: ['exercises/**/*.test.ts'],
    setupFiles: ['src/cli/exercise-setup.ts'],
    testTimeout: 5000,
    // Threads, not forks: when npm test stops a run stuck in an endless loop,
    // worker threads end with it, where forked processes would spin on.
    pool: 'threads',
    // Exercises share nothing but the harness, so test files may reuse a worker's loaded modules.
    isolate: false,
  },
});
