import type { APIRoute, GetStaticPaths } from 'astro';
import { inLanguage, loadExercises } from '../../../course/exercise-loader';
import { servedSolution } from '../../../course/served-files';

/** Each exercise's Python reference solution, fetched only when a learner asks to compare after trying. */
export const getStaticPaths = (() =>
  inLanguage(loadExercises('.'), 'python').map((exercise) => ({
    params: { id: exercise.id },
    props: { json: servedSolution(exercise).json },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ json: string }> = ({ props }) => new Response(props.json, { headers: { 'content-type': 'application/json' } });
