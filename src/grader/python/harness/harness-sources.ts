import type { HarnessSources } from '../worker/python-runtime';
import courseAsyncio from './course_asyncio.py?raw';
import courseExplain from './course_explain.py?raw';
import courseHarness from './course_harness.py?raw';
import coursePytest from './course_pytest.py?raw';
import courseRewrite from './course_rewrite.py?raw';
import courseSandbox from './course_sandbox.py?raw';
import loadHarness from './load_harness.py?raw';

/** The harness's sources, bundled into the browser's Python worker as text (Vite's ?raw). */
export const harnessSources: HarnessSources = {
  load_harness: loadHarness,
  course_explain: courseExplain,
  course_pytest: coursePytest,
  course_rewrite: courseRewrite,
  course_sandbox: courseSandbox,
  course_asyncio: courseAsyncio,
  course_harness: courseHarness,
};
