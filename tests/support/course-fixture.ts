import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes a throwaway course tree (path → text) and returns its root. */
export function writeCourse(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'course-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** An exercise.json; `typescript` overrides go into the TypeScript track, the rest to the top level. */
export const meta = ({ typescript, ...overrides }: Record<string, unknown> = {}) =>
  JSON.stringify({
    title: 'Take the first n',
    lesson: 'infinite-sequences',
    typescript: {
      task: 'Write `take` so that it yields the first n items.',
      stub: 'take.ts',
      test: 'take.test.ts',
      hints: ['Count as you go.', 'Stop before pulling the next item.'],
      ...(typescript as object),
    },
    ...overrides,
  });

/** One valid exercise: `03-laziness/02-take`. */
export const validExercise = {
  'exercises/03-laziness/02-take/exercise.json': meta(),
  'exercises/03-laziness/02-take/take.ts': 'export {};',
  'exercises/03-laziness/02-take/take.test.ts': 'export {};',
  'solutions/03-laziness/02-take/take.ts': 'export {};',
};
