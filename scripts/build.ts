/**
 * `npm run build`: the site (astro build), its search index (Pagefind), the
 * service worker with the offline manifest (build-offline.ts), and
 * precompressed copies of its files (compress.ts). Where it will be served
 * and where it is written come from COURSE_BASE, COURSE_SITE and COURSE_DIST
 * (src/hosting/deploy-target.ts): `COURSE_BASE=/generators/ npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { deployTarget } from '../src/hosting/deploy-target';

let target: ReturnType<typeof deployTarget>;
try {
  target = deployTarget();
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

const steps: [string, string[]][] = [
  ['astro', ['build']],
  ['pagefind', ['--site', target.dist, '--quiet']],
  ['tsx', ['scripts/build-offline.ts', target.dist]],
  ['tsx', ['scripts/compress.ts', target.dist]],
];
for (const [command, args] of steps) {
  const { status } = spawnSync('npx', ['--no-install', command, ...args], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
if (target.base !== '/') console.log(`Built for ${target.site ?? ''}${target.base} in ${target.dist}/`);
