import { defineConfig } from 'vitest/config';

// Unit tests of the course tooling (not the learner's grader, which is the root vitest.config.ts).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // Pyodide's asyncio.run() needs WebAssembly promise integration, a startup V8 flag on Node 20.
    execArgv: ['--experimental-wasm-stack-switching'],
  },
});
