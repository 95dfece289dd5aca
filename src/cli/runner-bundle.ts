import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { trustTestMatchersOnly, vitestExpectFile } from '../grader/build/trusted-matchers';
import { courseRoot } from './course-target';

/**
 * runner-thread.ts bundled into one file a worker thread can start from:
 * SES, the harness and `@vitest/expect`, rewritten as in the browser so only
 * the tests' own matchers are trusted. Built once and kept in
 * node_modules/.cache until the runner's sources or the installed packages change.
 */
const sourceDirs = ['src/grader/runner', 'src/grader/protocol', 'src/grader/build/trusted-matchers.ts', 'src/cli/runner-thread.ts'];

function filesUnder(path: string): string[] {
  return statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => filesUnder(join(path, name))) : [path];
}

function inputsHash(): string {
  const hash = createHash('sha256');
  for (const file of sourceDirs.flatMap((dir) => filesUnder(join(courseRoot, dir))).sort()) hash.update(file).update(readFileSync(file));
  hash.update(readFileSync(join(courseRoot, 'package-lock.json')));
  return hash.digest('hex').slice(0, 16);
}

const trustedMatchers: Plugin = {
  name: 'trusted-matchers',
  setup(build) {
    const file = vitestExpectFile();
    build.onLoad({ filter: /@vitest[\\/]expect[\\/]dist[\\/]index\.js$/ }, (args) =>
      args.path === file ? { contents: trustTestMatchersOnly(readFileSync(file, 'utf8')), loader: 'js' } : null,
    );
  },
};

/** The bundle's path, building it first if needed. */
export async function runnerBundle(): Promise<string> {
  const file = join(courseRoot, 'node_modules', '.cache', 'generators-course', `runner-thread-${inputsHash()}.mjs`);
  if (existsSync(file)) return file;
  const result = await build({
    entryPoints: [join(courseRoot, 'src/cli/runner-thread.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    plugins: [trustedMatchers],
    logLevel: 'silent',
  });
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, result.outputFiles[0].text);
  return file;
}
