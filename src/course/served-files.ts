import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ExerciseIn } from './exercise-loader';
import { compileTests, type ServedTests } from '../grader/compiler/check-service';

/**
 * The grader's files as the site serves them (`/grader/tests/<id>.json`,
 * `/grader/solutions/<id>.json`), each with the SHA-256 of its exact bytes.
 * The pages carry the hashes, fixed at build time, and whoever fetches a file
 * checks it against its hash, so a copy altered in the browser's offline
 * cache is refused and fetched again, never trusted (docs/threat-model.md).
 */
export interface ServedFile {
  json: string;
  sha256: string;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const served = new Map<string, ServedFile>();

function once(key: string, make: () => string): ServedFile {
  let file = served.get(key);
  if (!file) {
    const json = make();
    served.set(key, (file = { json, sha256: sha256(json) }));
  }
  return file;
}

/** An exercise's hidden tests: their source (for the type check) and their JavaScript, compiled here. */
export function servedTests(exercise: ExerciseIn): ServedFile {
  return once(`tests:${exercise.testFile}`, () => {
    const source = readFileSync(exercise.testFile, 'utf8');
    return JSON.stringify({ source, compiled: compileTests(source, exercise.track.stub) } satisfies ServedTests);
  });
}

/** An exercise's Python tests (`/grader/python-tests/<id>.json`): their source, which the Python harness runs as it is. */
export function servedPythonTests(exercise: ExerciseIn): ServedFile {
  return once(`python-tests:${exercise.testFile}`, () => JSON.stringify({ source: readFileSync(exercise.testFile, 'utf8') }));
}

/** An exercise's reference solution (either track's), fetched only when a learner asks to compare after trying. */
export function servedSolution(exercise: ExerciseIn): ServedFile {
  return once(`solution:${exercise.solutionFile}`, () =>
    JSON.stringify({
      source: readFileSync(exercise.solutionFile, 'utf8'),
      // A project's other files, by name.
      ...(exercise.extraFiles.length > 0 ? { files: Object.fromEntries(exercise.extraFiles.map((f) => [f.name, readFileSync(f.solutionFile, 'utf8')])) } : {}),
    }),
  );
}
