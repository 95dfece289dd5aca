/**
 * `npm run classroom -- --chapters 3,4 | --exercises take,chain [--points 10] [--out .github/]`
 * Writes GitHub Classroom's autograding for the chosen exercises:
 * `<out>/workflows/classroom.yml` and `<out>/classroom/autograding.json`
 * (formats: src/cli/classroom-config.ts; the flow: /teach/ on the site).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { loadCourseExercises } from '../src/cli/course-target';
import { selectExercises } from '../src/cli/select-exercises';
import { parseCourseArgs } from '../src/cli/course-args';
import { classroomFiles } from '../src/cli/classroom-config';

const args = process.argv.slice(2);
const USAGE = 'Usage: npm run classroom -- --chapters 3,4 | --exercises take,chain [--points 10] [--out .github/]';

try {
  const { values, selection } = parseCourseArgs(args, { out: { type: 'string', default: '.github/' }, points: { type: 'string', default: '10' } }, USAGE);
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const out = values.out;
  const points = Number(values.points);
  if (!out) throw new Error('--out takes a folder, such as .github/');
  if (!Number.isFinite(points) || points <= 0) throw new Error(`--points takes a positive number, not "${values.points}"`);
  const { exercises, label } = selectExercises(loadCourseExercises(), selection);
  const files = classroomFiles(exercises, { points, generatedBy: ['npm run classroom --', ...args].join(' ') });
  const root = resolve(out);
  for (const [path, text] of Object.entries(files)) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(`wrote ${relative(process.cwd(), file) || file}`);
  }
  console.log(
    `\nAutograding for ${label}: ${exercises.length} exercise${exercises.length === 1 ? '' : 's'} (${exercises.map((e) => e.id).join(', ')}), ` +
      `${points} points each, ${points * exercises.length} in all.\n` +
      'Commit these files to the repository your Classroom assignment starts from; the steps are on the site’s “For teachers” page (/teach/).',
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
