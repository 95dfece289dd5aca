import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A generated class for the class view (the bench's class row, and the
 * browser tests): hand-ins of six exercises with a realistic mix, from a
 * seeded random source so every run hands in the same files. Per student and
 * exercise: the reference solution as it is (many students hand in the same
 * code), the solution with a student's own comment, a plausible wrong
 * solution from solutions/**\/wrong/ (half-solved: it passes some tests;
 * several students make the same mistake), one of those with their own
 * comment, the untouched stub, or nothing. A few students hand in hostile
 * code instead (`hostile`).
 */
export const CLASS_EXERCISES = [
  '01-iterables/01-count-up-to-class',
  '01-iterables/02-next-or',
  '01-iterables/03-range-by-hand',
  '02-generator-functions/01-count-up-to-generator',
  '02-generator-functions/02-replay',
  '03-laziness/02-take',
] as const;

export interface GeneratedFile {
  name: string;
  text: string;
}

interface ExerciseCode {
  id: string;
  stub: string;
  solution: string;
  wrong: string[];
}

function exerciseCode(folder: string): ExerciseCode {
  const dir = join('exercises', folder);
  const stubName = readdirSync(dir).find((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))!;
  const id = folder.split('/')[1].replace(/^\d+-/, '');
  const wrongDir = join('solutions', folder, 'wrong');
  return {
    id,
    stub: readFileSync(join(dir, stubName), 'utf8'),
    solution: readFileSync(join('solutions', folder, stubName), 'utf8'),
    wrong: readdirSync(wrongDir)
      .filter((f) => f.endsWith('.ts'))
      .sort()
      .map((f) => readFileSync(join(wrongDir, f), 'utf8')),
  };
}

/** Hostile hand-ins, by what they do; each replaces one student's first exercise. */
export const HOSTILE = {
  loop: 'export class CountUpTo { constructor(_max: number) { for (;;) {} } [Symbol.iterator]() { return [][Symbol.iterator](); } }\n',
  flood: `for (let i = 0; i < 500; i++) console.log('${'x'.repeat(1000)}'.repeat(10_000));\nexport class CountUpTo { constructor(_max: number) {} [Symbol.iterator]() { return [][Symbol.iterator](); } }\n`,
  throwsToString: 'throw { toString() { throw new Error("no"); } };\nexport class CountUpTo {}\n',
  tooLong: `// ${'x'.repeat(300_000)}\nexport class CountUpTo {}\n`,
  hog: 'const hog: number[][] = [];\nfor (;;) hog.push(new Array(1e6).fill(1.5));\nexport class CountUpTo {}\n',
} as const;

/** Mulberry32: a small seeded generator, so the class is the same on every run. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedClass {
  /** The assignment, for the class view link: `#a=<base64url of it>`. */
  assignment: { title: string; due: string; exercises: string[] };
  files: GeneratedFile[];
  /** Which student handed in which hostile code (by file name). */
  hostile: Record<string, keyof typeof HOSTILE>;
}

export function generateClass(students: number, options: { hostile?: (keyof typeof HOSTILE)[]; seed?: number } = {}): GeneratedClass {
  const random = seeded(options.seed ?? 42);
  const exercises = CLASS_EXERCISES.map(exerciseCode);
  const assignment = { title: 'Weeks 1–3', due: '2099-12-31', exercises: exercises.map((e) => e.id) };
  const hostileKinds = options.hostile ?? [];
  const hostile: Record<string, keyof typeof HOSTILE> = {};
  const files: GeneratedFile[] = [];
  for (let s = 0; s < students; s++) {
    const name = `Student ${String(s + 1).padStart(3, '0')}`;
    const fileName = `hand-in-student-${s + 1}.json`;
    const records: Record<string, unknown> = {};
    exercises.forEach((exercise, e) => {
      const roll = random();
      const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
      const own = `\n// ${name}'s own note ${Math.floor(random() * 1e9)}\n`;
      let code: string | undefined;
      let state = 'attempted';
      if (roll < 0.35) (code = exercise.solution), (state = 'solved');
      else if (roll < 0.55) (code = exercise.solution + own), (state = 'solved');
      else if (roll < 0.75) code = pick(exercise.wrong);
      else if (roll < 0.85) code = pick(exercise.wrong) + own;
      else if (roll < 0.95) code = exercise.stub;
      if (e === 0 && s < hostileKinds.length) {
        code = HOSTILE[hostileKinds[s]];
        hostile[fileName] = hostileKinds[s];
        state = 'solved';
      }
      if (code !== undefined) records[exercise.id] = { code, state, checks: 1 + Math.floor(random() * 5), hintsShown: 0, language: 'typescript' };
    });
    const text = JSON.stringify({
      format: 'generators-course/hand-in',
      version: 2,
      exportedAt: new Date(Date.UTC(2099, 11, 1, 12, 0, s)).toISOString(),
      student: { name },
      assignment,
      exercises: records,
    });
    files.push({ name: fileName, text });
  }
  return { assignment, files, hostile };
}
