import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { courseLibs } from './src/grader/build/course-libs-plugin.ts';
import { compilerOnly } from './src/grader/build/compiler-only-plugin.ts';
import { fenceMeta } from './src/build/fence-meta.ts';
import { trustedMatchers } from './src/grader/build/trusted-matchers.ts';
import { pyodideFiles } from './src/grader/build/pyodide-files.ts';
import { deployTarget } from './src/hosting/deploy-target.ts';

// Where the build will be served: COURSE_BASE=/generators/ (and COURSE_SITE=https://you.github.io) for a sub-path.
const { base, site, dist } = deployTarget();

export default defineConfig({
  base,
  site,
  outDir: dist,
  integrations: [mdx(), pyodideFiles()],
  markdown: {
    shikiConfig: {
      themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
      defaultColor: false,
      transformers: [fenceMeta()],
    },
  },
  vite: {
    // No script is inlined into a page (Astro inlines small ones): the pages' Content-Security-Policy
    // allows scripts from the site only, plus the one inline script it names by hash.
    build: { assetsInlineLimit: 0 },
    plugins: [courseLibs(), compilerOnly(), trustedMatchers()],
    // Vite does not apply `plugins` to worker bundles: the compiler worker needs the libs and its TypeScript,
    // the runner worker the matchers only the tests can create.
    worker: { format: 'es', plugins: () => [courseLibs(), compilerOnly(), trustedMatchers()] },
    // @vitest/expect is left out of pre-bundling so that trustedMatchers() rewrites it in `npm run dev` too.
    optimizeDeps: { include: ['@typescript/vfs', '@vitest/utils/error', 'expect-type', 'node-inspect-extracted', 'ses'], exclude: ['@vitest/expect'] },
  },
});
