import type { APIRoute, GetStaticPaths } from 'astro';
import { inLanguage, loadExercises } from '../../../course/exercise-loader';
import { servedTests } from '../../../course/served-files';

/**
 * The hidden tests of each exercise, as `/grader/tests/<id>.json`: their
 * source (for the type check) and their JavaScript, compiled here so a check
 * compiles only the learner's file. Only the compiler worker fetches them,
 * when a check runs, and checks them against the hash the page carries.
 */
export const getStaticPaths = (() =>
  inLanguage(loadExercises('.'), 'typescript').map((exercise) => ({
    params: { id: exercise.id },
    props: { json: servedTests(exercise).json },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ json: string }> = ({ props }) => new Response(props.json, { headers: { 'content-type': 'application/json' } });
