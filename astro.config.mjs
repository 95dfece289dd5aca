import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { courseLibs } from './src/grader/build/course-libs-plugin.ts';
import { compilerOnly } from './src/grader/build/compiler-only-plugin.ts';
import { fenceMeta } from './src/build/fence-meta.ts';

export default defineConfig({
  integrations: [mdx()],
  markdown: {
    shikiConfig: {
      themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
      defaultColor: false,
      transformers: [fenceMeta()],
    },
  },
  vite: {
    plugins: [courseLibs(), compilerOnly()],
    // Vite does not apply `plugins` to worker bundles: the compiler worker needs the libs and its TypeScript too.
    worker: { format: 'es', plugins: () => [courseLibs(), compilerOnly()] },
    optimizeDeps: { include: ['@typescript/vfs', '@vitest/expect', '@vitest/utils/error', 'expect-type', 'node-inspect-extracted', 'ses'] },
  },
});
