/**
 * `npm run reset -- <exercise> [--yes]`: puts an exercise's starting code back,
 * after asking, and keeps your current file in .course-backups/ first.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { courseRoot, loadCourseExercises } from '../src/cli/course-target';
import { pristineStub } from '../src/cli/pristine-stub';
import { orExit, parseCourseArgs } from '../src/cli/course-args';
import { learnerFiles } from '../src/cli/project-files';

const USAGE = 'Usage: npm run reset -- <exercise> [--yes] [--lang py]';
const parsed = orExit(() => parseCourseArgs(process.argv.slice(2), { yes: { type: 'boolean' } }, USAGE));
const { names } = parsed.selection;
const exercise = loadCourseExercises(parsed.selection.language).find((e) => e.id === names[0]);
if (parsed.values.help || names.length !== 1 || !exercise) {
  console.error(names.length === 1 ? `There is no exercise "${names[0]}".` : USAGE);
  process.exit(parsed.values.help ? 0 : 2);
}
// Every learner file of the exercise (a project has several), each from git.
const files = learnerFiles(exercise).map(({ stubFile }) => ({ stubFile, stub: pristineStub(courseRoot, exercise, stubFile) }));
if (files.some(({ stub }) => stub === null)) {
  console.error('The starting code comes from git, and this folder is not a git clone of the course. Nothing was changed.');
  process.exit(1);
}
const changed = files.filter(({ stubFile, stub }) => readFileSync(stubFile, 'utf8') !== stub);
const fileNames = files.map(({ stubFile }) => relative(courseRoot, stubFile)).join(', ');
if (changed.length === 0) {
  console.log(`${fileNames} already ${files.length === 1 ? 'holds' : 'hold'} the starting code. Nothing to do.`);
  process.exit(0);
}
const file = changed.map(({ stubFile }) => relative(courseRoot, stubFile)).join(', ');
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
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const saved: string[] = [];
for (const { stubFile, stub } of changed) {
  const one = changed.length === 1 && files.length === 1;
  const backup = join(backups, one ? `${exercise.id}-${stamp}.ts` : `${exercise.id}-${stamp}-${basename(stubFile)}`);
  copyFileSync(stubFile, backup);
  writeFileSync(stubFile, stub!);
  saved.push(relative(courseRoot, backup));
}
console.log(`Reset ${file}. Your code was saved as ${saved.join(', ')}.`);
