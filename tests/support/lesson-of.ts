import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The URL of the built lesson page that holds exercise `id`. */
export function lessonUrlOf(dist: string, id: string): string {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : name === 'index.html' ? [path] : [];
    });
  const page = walk(dist).find((file) => readFileSync(file, 'utf8').includes(`data-exercise="${id}"`));
  if (!page) throw new Error(`No built page holds exercise "${id}"`);
  return `/${relative(dist, page).replace(/index\.html$/, '')}`;
}
