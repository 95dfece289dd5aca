import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { findRootPaths } from '../../src/build/root-absolute-paths';
import { deployTarget } from '../../src/hosting/deploy-target';
import { coursePath, siteUrl, withSlashes } from '../../src/hosting/site-url';
import { fileHash, offlineManifest, requestPath } from '../../src/offline/offline-manifest';

describe('site URLs under a base path', () => {
  it('puts every path of the site under the base, and leaves other URLs alone', () => {
    expect(siteUrl('map/', '/generators/')).toBe('/generators/map/');
    expect(siteUrl('/map/', '/generators/')).toBe('/generators/map/');
    expect(siteUrl('', '/generators/')).toBe('/generators/');
    expect(siteUrl('grader/tests/take.json', '/')).toBe('/grader/tests/take.json');
    expect(siteUrl('#x-take', '/generators/')).toBe('#x-take');
    expect(siteUrl('https://example.org/a', '/generators/')).toBe('https://example.org/a');
  });

  it('saves course paths, which do not depend on the base', () => {
    expect(coursePath('/generators/laziness/take/', '/generators/')).toBe('/laziness/take/');
    expect(coursePath('/generators', '/generators/')).toBe('/');
    expect(coursePath('/laziness/take/', '/generators/')).toBeNull();
    expect(coursePath('/laziness/take/', '/')).toBe('/laziness/take/');
    // A page that is no lesson has no path to save (the home page once saved '/', so "continue" never showed).
    expect(coursePath('', '/')).toBeNull();
  });

  it('reads the base and origin from the environment, with a plain message for a bad one', () => {
    expect(deployTarget({})).toEqual({ base: '/', site: undefined, dist: 'dist' });
    expect(deployTarget({ COURSE_BASE: 'generators', COURSE_SITE: 'https://you.github.io/' })).toEqual({
      base: '/generators/',
      site: 'https://you.github.io',
      dist: 'dist',
    });
    expect(withSlashes('/courses/generators')).toBe('/courses/generators/');
    expect(() => deployTarget({ COURSE_BASE: '/a b/' })).toThrow(/is not a path the course can live under/);
    expect(() => deployTarget({ COURSE_BASE: '/../x/' })).toThrow(/is not a path/);
    expect(() => deployTarget({ COURSE_SITE: 'https://you.github.io/generators' })).toThrow(/the path goes in COURSE_BASE/);
  });
});

describe('the check for root-absolute paths', () => {
  it('finds the paths that leave a sub-path', () => {
    const code = [
      `navigator.serviceWorker.register('/sw.js');`,
      '<a href="/map/">Course map</a>',
      '<a class="brand" href="/">Generators</a>',
      'url: `/${key}/`,',
      'data-test-url={`/grader/tests/${exercise.id}.json`}',
      `const bundle = "/pagefind/pagefind.js";`,
    ].join('\n');
    expect(findRootPaths(code, 'code').map((p) => p.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(findRootPaths('See [the protocol](/iterables/iterator-protocol/).', 'markdown')).toHaveLength(1);
  });

  it('lets through what is not a site path, and a line marked on purpose', () => {
    const code = [
      `const parts = file.split('/');`,
      `text.replace(/"/g, "'");`,
      `const language = /data-language="([^"]*)"/.exec(block)?.[1];`,
      '// a comment about /map/ and "/sw.js"',
      `const external = 'https://example.org/x';`,
      `const ok = '/virtual/file.ts'; // site-path-ok: a virtual file system`,
      `const also = siteUrl('map/');`,
    ].join('\n');
    expect(findRootPaths(code, 'code')).toEqual([]);
  });
});

describe('the offline manifest', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const files: Record<string, string> = {
    'index.html': 'home',
    'map/index.html': 'map',
    '_astro/page.abc.js': 'js',
    '_astro/page.abc.js.br': 'compressed',
    'sw.js': 'worker',
    'pyodide/pyodide.asm.wasm': 'python',
  };
  const manifest = (changes: Record<string, string> = {}) =>
    offlineManifest(Object.keys({ ...files, ...changes }), (file) => bytes({ ...files, ...changes }[file]!));

  it('lists each file as the worker requests it, with its hash; Python apart; no compressed copies, no worker', () => {
    const m = manifest();
    expect(m.files).toEqual({ '': fileHash(bytes('home')), 'map/': fileHash(bytes('map')), '_astro/page.abc.js': fileHash(bytes('js')) });
    expect(m.groups.python).toEqual({ prefix: 'pyodide/', files: { 'pyodide/pyodide.asm.wasm': fileHash(bytes('python')) } });
    expect(requestPath('iterables/take/index.html')).toBe('iterables/take/');
  });

  it('changes only the changed file’s entry, and the version with it', () => {
    const before = manifest();
    const after = manifest({ 'map/index.html': 'map, updated' });
    expect(Object.keys(after.files).filter((path) => after.files[path] !== before.files[path])).toEqual(['map/']);
    expect(after.version).not.toBe(before.version);
    expect(manifest().version).toBe(before.version);
  });
});

// js-yaml has no types of its own; it proves the workflow is YAML that means what we wrote.
const { load } = (await import('js-yaml' as string)) as { load(text: string): unknown };

describe('the GitHub Pages workflow', () => {
  type Step = { id?: string; uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, string | number> };
  const workflow = load(readFileSync('.github/workflows/pages.yml', 'utf8')) as { jobs: { build: { steps: Step[] }; deploy: { needs: string } } };
  const steps = workflow.jobs.build.steps;

  it('builds under the path and origin GitHub gives, and publishes what the build wrote', () => {
    const pages = steps.find((step) => step.uses?.startsWith('actions/configure-pages'));
    const build = steps.find((step) => step.run === 'npm run build');
    expect(build?.env).toEqual({ COURSE_BASE: `\${{ steps.${pages?.id}.outputs.base_path }}/`, COURSE_SITE: `\${{ steps.${pages?.id}.outputs.origin }}` });
    expect(steps.indexOf(pages!)).toBeLessThan(steps.indexOf(build!));
    expect(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe(deployTarget({}).dist);
    expect(workflow.jobs.deploy.needs).toBe('build');
  });

  it('uses a Node the installed packages accept', () => {
    const node = steps.find((step) => step.uses?.startsWith('actions/setup-node'))?.with?.['node-version'];
    const engines = JSON.parse(readFileSync('package.json', 'utf8')).engines.node as string;
    expect(engines).toBe('>=20.19.0');
    // setup-node's "20" is the newest 20.x, which is past 20.19.
    expect(node).toBe(20);
  });
});
