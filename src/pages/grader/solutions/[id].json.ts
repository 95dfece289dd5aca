import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { inLanguage, loadExercises } from '../../../course/exercise-loader';

/** Each exercise's reference solution, fetched only when a learner asks to compare after trying. */
export const getStaticPaths = (() =>
  inLanguage(loadExercises('.'), 'typescript').map((exercise) => ({
    params: { id: exercise.id },
    props: { source: readFileSync(exercise.solutionFile, 'utf8') },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify({ source: props.source }), { headers: { 'content-type': 'application/json' } });
