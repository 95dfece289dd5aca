/// <reference lib="dom" />
/**
 * The class view's row of `npm run bench`: a teacher drops 300 hand-ins of an
 * assignment of six exercises on /teach/class/ in one go. The class is a
 * realistic mix: most students solved most exercises, each in code of their
 * own (a comment with their name); some copied a classmate's code exactly;
 * some handed in wrong code or the untouched stub; a few are hostile (an
 * endless loop, unbounded allocation). Measured: drop → every cell graded,
 * the longest main-thread task meanwhile, and how many of the other
 * hand-ins' results survived the hostile ones.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { courseRoot, loadCourseExercises } from '../src/cli/course-target';

export interface ClassViewFigures {
  students: number;
  cells: number;
  seconds: number;
  longestTaskMs: number;
  graded: number;
  hostile: number;
}

const STUDENTS = 300;
const HOSTILE = ['for (;;) {}\n', 'const hog: number[][] = [];\nfor (;;) hog.push(new Array(1e6).fill(1.5));\n'];

/** Six exercises from the first chapters: their ids, solutions, one wrong solution and stubs. */
function assignmentExercises() {
  return loadCourseExercises()
    .slice(0, 6)
    .map((exercise) => {
      const wrongDir = join(courseRoot, 'solutions', exercise.folder, 'wrong');
      const wrongFile = existsSync(wrongDir) ? readdirSync(wrongDir).find((f) => f.endsWith('.ts')) : undefined;
      const stub = readFileSync(exercise.stubFile, 'utf8');
      return {
        id: exercise.id,
        solution: readFileSync(exercise.solutionFile, 'utf8'),
        wrong: wrongFile ? readFileSync(join(wrongDir, wrongFile), 'utf8') : stub,
        stub,
      };
    });
}

/** The class: hand-in files as a file manager would drop them. */
function makeClass(exercises: ReturnType<typeof assignmentExercises>, assignment: { title: string; exercises: string[] }) {
  const files: { name: string; text: string }[] = [];
  let hostile = 0;
  for (let s = 0; s < STUDENTS; s++) {
    const name = `Student ${String(s + 1).padStart(3, '0')}`;
    const record: Record<string, unknown> = {};
    exercises.forEach((exercise, e) => {
      const roll = (s * 7 + e * 13) % 20;
      // 12 in 20 solved in code of their own, 3 copied exactly, 3 wrong, 2 the untouched stub.
      let code = exercise.stub;
      if (s % 100 === 42 && e === 0) code = HOSTILE[hostile++ % HOSTILE.length] + exercise.stub;
      else if (roll < 12) code = `${exercise.solution}\n// ${name}\n`;
      else if (roll < 15) code = exercise.solution;
      else if (roll < 18) code = `${exercise.wrong}\n// ${name}\n`;
      record[exercise.id] = { code, state: roll < 15 ? 'solved' : 'attempted', checks: 2, hintsShown: 0, language: 'typescript' };
    });
    files.push({
      name: `student-${s + 1}.json`,
      text: JSON.stringify({
        format: 'generators-course/hand-in',
        version: 2,
        exportedAt: new Date().toISOString(),
        student: { name },
        assignment,
        exercises: record,
      }),
    });
  }
  return { files, hostile };
}

export async function measureClassView(browser: Browser, siteUrl: string): Promise<ClassViewFigures> {
  const exercises = assignmentExercises();
  const assignment = { title: 'Bench class', exercises: exercises.map((e) => e.id) };
  const { files, hostile } = makeClass(exercises, assignment);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${siteUrl}/teach/class/#a=${Buffer.from(JSON.stringify(assignment)).toString('base64url')}`);
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number; __since: number };
    w.__longest = 0;
    w.__since = Number.POSITIVE_INFINITY;
    new PerformanceObserver((list) => {
      // Entries arrive a task late: only tasks begun after the drop count.
      for (const entry of list.getEntries()) if (entry.startTime >= w.__since) w.__longest = Math.max(w.__longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  const transfer = await page.evaluateHandle((list) => {
    const t = new DataTransfer();
    for (const file of list) t.items.add(new File([file.text], file.name, { type: 'application/json' }));
    return t;
  }, files);
  // The files are made before the clock starts: the teacher's drop is where it starts.
  await page.evaluate(() => Object.assign(window, { __longest: 0, __since: performance.now() }));
  const started = Date.now();
  await page.dispatchEvent('[data-drop-zone]', 'drop', { dataTransfer: transfer });
  await page.waitForFunction((rows) => document.querySelectorAll('.class-table tbody tr').length === rows, STUDENTS, { timeout: 120_000 });
  await page.locator('[data-table-wrap][data-done="true"]').waitFor({ timeout: 600_000 });
  const seconds = (Date.now() - started) / 1000;
  const { longest, graded } = await page.evaluate(() => ({
    longest: (window as unknown as { __longest: number }).__longest,
    // Every exercise cell of every student, minus the hostile ones: graded means it holds a verdict.
    graded: [...document.querySelectorAll('.class-table tbody tr')].reduce(
      (n, row) => n + [...row.querySelectorAll('td')].slice(3).filter((cell) => /^(Solved|Failing|Missing)/.test(cell.textContent ?? '')).length,
      0,
    ),
  }));
  await context.close();
  return { students: STUDENTS, cells: STUDENTS * exercises.length, seconds, longestTaskMs: longest, graded, hostile };
}
