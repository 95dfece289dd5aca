/**
 * `npm run reset -- <exercise> [--yes]`: puts an exercise's starting code back,
 * after asking, and keeps your current file in .course-backups/ first.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { courseRoot, loadCourseExercises } from '../src/cli/course-target';
import { pristineStub } from '../src/cli/pristine-stub';
import { orExit, parseCourseArgs } from '../src/cli/course-args';

const USAGE = 'Usage: npm run reset -- <exercise> [--yes] [--lang py]';
const parsed = orExit(() => parseCourseArgs(process.argv.slice(2), { yes: { type: 'boolean' } }, USAGE));
const { names } = parsed.selection;
const exercise = loadCourseExercises(parsed.selection.language).find((e) => e.id === names[0]);
if (parsed.values.help || names.length !== 1 || !exercise) {
  console.error(names.length === 1 ? `There is no exercise "${names[0]}".` : USAGE);
  process.exit(parsed.values.help ? 0 : 2);
}
const file = relative(courseRoot, exercise.stubFile);
const stub = pristineStub(courseRoot, exercise);
if (stub === null) {
  console.error('The starting code comes from git, and this folder is not a git clone of the course. Nothing was changed.');
  process.exit(1);
}
if (readFileSync(exercise.stubFile, 'utf8') === stub) {
  console.log(`${file} already holds the starting code. Nothing to do.`);
  process.exit(0);
}
if (!parsed.values.yes) {
  if (!process.stdin.isTTY) {
    console.error('Resetting replaces your code; run it in a terminal to confirm, or add --yes.');
    process.exit(1);
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question(`Replace ${file} with the starting code? A copy of your code is kept. [y/N] `);
  rl.close();
  if (!/^y(es)?$/i.test(answer.trim())) {
    console.log('Nothing was changed.');
    process.exit(0);
  }
}
const backups = join(courseRoot, '.course-backups');
mkdirSync(backups, { recursive: true });
const backup = join(backups, `${exercise.id}-${new Date().toISOString().replace(/[:.]/g, '-')}.ts`);
copyFileSync(exercise.stubFile, backup);
writeFileSync(exercise.stubFile, stub);
console.log(`Reset ${file}. Your code was saved as ${relative(courseRoot, backup)}.`);
