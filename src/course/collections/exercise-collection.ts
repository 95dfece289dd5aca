import type { Loader } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inLanguage, loadExercises } from '../exercise-loader';
import { servedSolution, servedTests } from '../served-files';

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
      // The page's exercise card grades TypeScript; an exercise without a TypeScript track is not shown yet.
      for (const exercise of inLanguage(loadExercises(root), 'typescript')) {
        const hints = [];
        for (const hint of exercise.track.hints) hints.push((await renderMarkdown(hint)).html);
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
          },
        });
      }
      watcher?.add(resolve('exercises'));
    },
  };
}
