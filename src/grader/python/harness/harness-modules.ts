/** The harness's Python modules (files in this folder, `<name>.py`): `load_harness` first, then the modules it loads in order. */
export const HARNESS_MODULES = [
  'load_harness',
  'course_explain',
  'course_pytest',
  'course_rewrite',
  'course_sandbox',
  'course_asyncio',
  'course_harness',
] as const;
