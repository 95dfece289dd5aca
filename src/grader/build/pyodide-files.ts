import { copyFileSync, createReadStream, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Serves Pyodide from the site itself, never from a CDN: the runtime files of
 * the `pyodide` package are copied into the build under `/pyodide/` (and
 * served from node_modules by `npm run dev`). About 13 MB, fetched by the
 * browser only when a learner chooses Python (src/grader/python/client).
 */
export const PYODIDE_FOLDER = 'pyodide';

/** What loadPyodide() fetches: its loader, the WebAssembly runtime, the standard library and the package lock. */
export const PYODIDE_FILES = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'] as const;

const TYPES: Record<string, string> = {
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.json': 'application/json',
};

function packageDir(): string {
  return dirname(createRequire(import.meta.url).resolve('pyodide/package.json'));
}

export function pyodideFiles(): AstroIntegration {
  return {
    name: 'course-pyodide-files',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'course-pyodide-dev',
                configureServer(server) {
                  server.middlewares.use((request, response, next) => {
                    const path = (request.url ?? '').split('?')[0];
                    const name = path.startsWith(`/${PYODIDE_FOLDER}/`) ? path.slice(PYODIDE_FOLDER.length + 2) : '';
                    if (!(PYODIDE_FILES as readonly string[]).includes(name)) return next();
                    response.setHeader('content-type', TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream');
                    createReadStream(join(packageDir(), name)).pipe(response);
                  });
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const target = join(fileURLToPath(dir), PYODIDE_FOLDER);
        mkdirSync(target, { recursive: true });
        for (const name of PYODIDE_FILES) {
          const source = join(packageDir(), name);
          if (!existsSync(source)) throw new Error(`pyodide: ${source} is missing (run npm install)`);
          copyFileSync(source, join(target, name));
        }
        logger.info(`copied Pyodide's runtime (${PYODIDE_FILES.length} files) to /${PYODIDE_FOLDER}/`);
      },
    },
  };
}
