import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { inLanguage, loadExercises } from '../../../course/exercise-loader';
import { compileTests, type ServedTests } from '../../../grader/check-service';

/**
 * The hidden tests of each exercise, as `/grader/tests/<id>.json`: their
 * source (for the type check) and their JavaScript, compiled here so a check
 * compiles only the learner's file. Only the compiler worker fetches them,
 * when a check runs; no page embeds them.
 */
export const getStaticPaths = (() =>
  inLanguage(loadExercises('.'), 'typescript').map((exercise) => {
    const source = readFileSync(exercise.testFile, 'utf8');
    return { params: { id: exercise.id }, props: { source, compiled: compileTests(source, exercise.track.stub) } satisfies ServedTests };
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props satisfies ServedTests), { headers: { 'content-type': 'application/json' } });
