import type { APIRoute, GetStaticPaths } from 'astro';
import { inLanguage, loadExercises } from '../../../course/exercise-loader';
import { servedPythonTests } from '../../../course/served-files';

/**
 * The hidden tests of each exercise's Python track, as `/grader/python-tests/<id>.json`.
 * Only the Python grader fetches them, when a check runs, and checks them against the hash the page carries.
 */
export const getStaticPaths = (() =>
  inLanguage(loadExercises('.'), 'python').map((exercise) => ({
    params: { id: exercise.id },
    props: { json: servedPythonTests(exercise).json },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ json: string }> = ({ props }) => new Response(props.json, { headers: { 'content-type': 'application/json' } });
