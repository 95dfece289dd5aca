import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { loadExercises } from '../../../course/exercise-loader';

/**
 * The hidden tests of each exercise, as `/grader/tests/<id>.json`. Only the
 * compiler worker fetches them, when a check runs; no page embeds them.
 */
export const getStaticPaths = (() =>
  loadExercises('.').map((exercise) => ({
    params: { id: exercise.id },
    props: { source: readFileSync(exercise.testFile, 'utf8') },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify({ source: props.source }), { headers: { 'content-type': 'application/json' } });
