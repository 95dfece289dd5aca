import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** Vite plugin: when a stub is loaded, serve the text of the file standing in for it. */
export function solutionOverlay(overlay: Map<string, string>): Plugin {
  return {
    name: 'course-solution-overlay',
    enforce: 'pre',
    load(id) {
      const stand = overlay.get(id.split('?')[0]);
      return stand ? readFileSync(stand, 'utf8') : null;
    },
  };
}
