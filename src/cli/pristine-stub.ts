import { execFileSync } from 'node:child_process';
import { relative } from 'node:path';
import type { ExerciseIn as Exercise } from '../course/exercise-loader';

/**
 * The starting code of an exercise as the course shipped it, from git: the
 * upstream branch if there is one (so a learner's own commits do not count as
 * the starting code), else HEAD. Null outside a git clone.
 */
export function pristineStub(root: string, exercise: Exercise, file = exercise.stubFile): string | null {
  const path = relative(root, file).replace(/\\/g, '/');
  for (const ref of [process.env.COURSE_STUB_REF, '@{upstream}', 'origin/HEAD', 'HEAD']) {
    if (!ref) continue;
    try {
      return execFileSync('git', ['show', `${ref}:${path}`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      /* try the next ref */
    }
  }
  return null;
}
