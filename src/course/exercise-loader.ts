import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { exerciseMetaSchema, LANGUAGES, type ExerciseMeta, type Language, type TrackMeta } from './exercise-schema';
import { CourseDataError } from './course-data-error';
import { walkExercises } from './course-tree';
import { pythonTestPrefix } from '../grader/protocol/milestones';

export { CourseDataError };

/** One exercise as found on disk: `exercises/<NN-chapter>/<NN-exercise>/`. */
export interface Exercise {
  /** Unique slug, e.g. `take`; used in URLs, storage keys and `npm test -- take`. */
  id: string;
  chapter: string;
  chapterOrder: number;
  order: number;
  /** Folder relative to exercises/ and solutions/, e.g. `03-laziness/02-take`. */
  folder: string;
  meta: ExerciseMeta;
  /** Each language the exercise can be solved in, with its files. */
  tracks: Partial<Record<Language, Track>>;
}

/** One language's side of an exercise, with absolute paths. */
export interface Track {
  language: Language;
  /** Its stub, test file, task and hints from exercise.json. */
  track: TrackMeta;
  stubFile: string;
  testFile: string;
  solutionFile: string;
  /** A project's other learner files (after the entry, in tab order), with their stubs and solutions. */
  extraFiles: { name: string; stubFile: string; solutionFile: string }[];
}

/** An exercise seen through one of its tracks (`npm test` grades one language at a time). */
export type ExerciseIn = Exercise & Track;

/** The exercises that have a track in `language`, each with that track's files. */
export function inLanguage(exercises: Exercise[], language: Language): ExerciseIn[] {
  return exercises.flatMap((e) => (e.tracks[language] ? [{ ...e, ...e.tracks[language] }] : []));
}

/**
 * Reads every exercise under `<root>/exercises`, checking each folder's
 * metadata and that its stub, test and solution exist. Throws one
 * CourseDataError naming every bad file, so a build fails with all of them.
 */
export function loadExercises(root: string): Exercise[] {
  const problems: string[] = [];
  const found: Exercise[] = [];
  const rel = (p: string) => relative(root, p);

  const walked = walkExercises(root);
  problems.push(...walked.problems);
  for (const node of walked.exercises) {
    const { chapter } = node;
    const folder = `${node.chapter.name}/${node.name}`;
    const dir = join(root, node.path);
    const metaPath = join(dir, 'exercise.json');
    if (!existsSync(metaPath)) {
      problems.push(`${rel(metaPath)}: missing (every exercise folder needs one)`);
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(metaPath, 'utf8'));
    } catch (error) {
      problems.push(`${rel(metaPath)}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    const result = exerciseMetaSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(`${rel(metaPath)}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
      }
      continue;
    }
    const meta = result.data;
    const tracks: Exercise['tracks'] = {};
    for (const language of LANGUAGES) {
      const track = meta[language];
      if (!track) continue;
      tracks[language] = {
        language,
        track,
        stubFile: join(dir, track.stub),
        testFile: join(dir, track.test),
        solutionFile: join(root, 'solutions', folder, track.stub),
        extraFiles: ('files' in track && track.files ? track.files.slice(1) : []).map((name) => ({
          name,
          stubFile: join(dir, name),
          solutionFile: join(root, 'solutions', folder, name),
        })),
      };
    }
    const exercise: Exercise = {
      id: node.slug,
      chapter: chapter.slug,
      chapterOrder: chapter.order,
      order: node.order,
      folder,
      meta,
      tracks,
    };
    for (const track of Object.values(tracks)) {
      for (const [what, file] of [
        ['stub', track.stubFile],
        ['test', track.testFile],
        ['solution', track.solutionFile],
        ...track.extraFiles.flatMap((extra) => [
          ['stub', extra.stubFile],
          ['solution', extra.solutionFile],
        ]),
      ] as const) {
        if (!existsSync(file)) problems.push(`${rel(metaPath)}: its ${track.language} ${what} ${rel(file)} does not exist`);
      }
    }
    const tsTests = tracks.typescript?.testFile;
    if (meta.milestones && tsTests && existsSync(tsTests)) {
      // Each milestone is a top-level describe of the tests: a name that matches none would be a milestone with no tests.
      const text = readFileSync(tsTests, 'utf8');
      for (const milestone of meta.milestones) {
        if (![`'`, `"`, '`'].some((q) => text.includes(`describe(${q}${milestone.tests}${q}`))) {
          problems.push(`${rel(metaPath)}: milestone "${milestone.id}" names describe('${milestone.tests}'), which ${rel(tsTests)} does not have`);
        }
      }
    }
    const pyTests = tracks.python?.testFile;
    if (meta.milestones && pyTests && existsSync(pyTests)) {
      // In Python a milestone's tests are the test functions named after it (exercise-schema.ts).
      const names = [...readFileSync(pyTests, 'utf8').matchAll(/^def (test\w*)\s*\(/gm)].map((m) => m[1]);
      for (const milestone of meta.milestones) {
        if (!names.some((name) => name.startsWith(pythonTestPrefix(milestone)))) {
          problems.push(`${rel(metaPath)}: milestone "${milestone.id}" has no Python test: ${rel(pyTests)} has no def ${pythonTestPrefix(milestone)}…()`);
        }
      }
      for (const name of names) {
        if (!meta.milestones.some((milestone) => name.startsWith(pythonTestPrefix(milestone)))) {
          problems.push(`${rel(metaPath)}: ${rel(pyTests)}'s ${name} belongs to no milestone (name it test_<milestone id>_…)`);
        }
      }
    }
    const twin = found.find((other) => other.id === exercise.id);
    if (twin) problems.push(`${rel(dir)}: exercise slug "${exercise.id}" is also used by exercises/${twin.folder}`);
    found.push(exercise);
  }
  // Python imports a module by its name alone: two exercises' `parse.py` (or test files) would be one module to pytest.
  const pythonModules = new Map<string, string>();
  for (const exercise of found) {
    const python = exercise.tracks.python;
    if (!python) continue;
    for (const name of [python.track.stub, ...python.extraFiles.map((f) => f.name), python.track.test]) {
      const other = pythonModules.get(name);
      if (other)
        problems.push(`exercises/${exercise.folder}: Python module ${name} is also one of exercises/${other}'s (module names are unique across the course)`);
      else pythonModules.set(name, exercise.folder);
    }
  }
  if (problems.length > 0) throw new CourseDataError(problems);
  return found;
}
