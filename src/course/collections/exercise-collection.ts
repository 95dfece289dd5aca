import type { Loader } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type ExerciseIn, inLanguage, loadExercises } from '../exercise-loader';
import { servedPythonTests, servedSolution, servedTests } from '../served-files';

/**
 * Astro content loader for exercises: the same loader `npm test` uses, plus
 * the stub's text and the task and hints rendered from Markdown. The test file
 * is deliberately not stored here: pages never contain it.
 */
export function exerciseCollectionLoader(): Loader {
  return {
    name: 'course-exercises',
    async load({ store, renderMarkdown, watcher }) {
      const root = resolve('.');
      store.clear();
      const all = loadExercises(root);
      const python = new Map(inLanguage(all, 'python').map((exercise) => [exercise.id, exercise]));
      // The card's TypeScript track is its primary one (the teacher pages grade it); an exercise
      // without one (a Python-only exercise) is not shown yet.
      for (const exercise of inLanguage(all, 'typescript')) {
        const hints = [];
        for (const hint of exercise.track.hints) hints.push((await renderMarkdown(hint)).html);
        const pythonTrack = python.get(exercise.id);
        store.set({
          id: exercise.id,
          data: {
            id: exercise.id,
            chapter: exercise.chapter,
            order: exercise.order,
            folder: exercise.folder,
            title: exercise.meta.title,
            lesson: exercise.meta.lesson,
            taskHtml: (await renderMarkdown(exercise.track.task)).html,
            hintsHtml: hints,
            stubName: exercise.track.stub,
            stub: readFileSync(exercise.stubFile, 'utf8'),
            timeoutMs: exercise.meta.timeoutMs,
            testsHash: servedTests(exercise).sha256,
            solutionHash: servedSolution(exercise).sha256,
            ...(exercise.extraFiles.length > 0
              ? {
                  files: [exercise.track.stub, ...exercise.extraFiles.map((f) => f.name)],
                  fileStubs: Object.fromEntries(exercise.extraFiles.map((f) => [f.name, readFileSync(f.stubFile, 'utf8')])),
                }
              : {}),
            ...(exercise.meta.milestones ? { milestones: exercise.meta.milestones.map(({ id, title, tests }) => ({ id, title, tests })) } : {}),
            ...(pythonTrack ? { python: await pythonData(pythonTrack, renderMarkdown) } : {}),
          },
        });
      }
      watcher?.add(resolve('exercises'));
    },
  };
}

/** The card's Python track: its own task, hints, starting code and files. */
async function pythonData(exercise: ExerciseIn, renderMarkdown: (text: string) => Promise<{ html: string }>) {
  const hintsHtml = [];
  for (const hint of exercise.track.hints) hintsHtml.push((await renderMarkdown(hint)).html);
  return {
    taskHtml: (await renderMarkdown(exercise.track.task)).html,
    hintsHtml,
    stubName: exercise.track.stub,
    testName: exercise.track.test,
    stub: readFileSync(exercise.stubFile, 'utf8'),
    testsHash: servedPythonTests(exercise).sha256,
    solutionHash: servedSolution(exercise).sha256,
    ...(exercise.extraFiles.length > 0
      ? {
          files: [exercise.track.stub, ...exercise.extraFiles.map((f) => f.name)],
          fileStubs: Object.fromEntries(exercise.extraFiles.map((f) => [f.name, readFileSync(f.stubFile, 'utf8')])),
        }
      : {}),
  };
}
