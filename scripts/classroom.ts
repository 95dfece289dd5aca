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
import { classroomFiles } from '../src/cli/classroom-config';

const args = process.argv.slice(2);
let out = '.github/';
let points = 10;
const selection: string[] = [];
for (let i = 0; i < args.length; i++) {
  const [flag, inline] = args[i].split('=', 2);
  if (flag === '--out') out = inline ?? args[++i] ?? '';
  else if (flag === '--points') points = Number(inline ?? args[++i]);
  else selection.push(args[i]);
}

try {
  if (!out) throw new Error('--out takes a folder, such as .github/');
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
