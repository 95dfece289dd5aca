import type { Plugin } from 'vite';
import { collectDeclarationFiles } from './declaration-files';

const VIRTUAL_ID = 'virtual:course-libs';

/**
 * Vite plugin: `virtual:course-libs` exports every declaration file the
 * in-browser compiler needs, bundled at build time so a check never fetches one.
 */
export function courseLibs(): Plugin {
  return {
    name: 'course-libs',
    resolveId: (id) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : null),
    load: (id) => (id === `\0${VIRTUAL_ID}` ? `export default ${JSON.stringify(collectDeclarationFiles())};` : null),
  };
}
