import type { APIRoute } from 'astro';
import { runnerFramePage } from '../../build/runner-frame-page';

/** The sandboxed frame the class view grades hand-ins in (src/grader/frame/). */
export const GET: APIRoute = () => new Response(runnerFramePage(), { headers: { 'content-type': 'text/html; charset=utf-8' } });
