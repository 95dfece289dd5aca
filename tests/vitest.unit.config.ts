import { defineConfig } from 'vitest/config';
import { trustedMatchers } from '../src/grader/build/trusted-matchers';

// Unit tests of the course tooling (not the learner's grader, which is the root vitest.config.ts).
export default defineConfig({
  // The harness under test uses @vitest/expect as the graders serve it: only test-made matchers are trusted.
  plugins: [trustedMatchers()],
  test: {
    server: { deps: { inline: ['@vitest/expect'] } },
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Generous: the whole-course tests (every stub and solution through two compilers) take
    // seconds on an idle machine and several times that on a busy one.
    testTimeout: 120_000,
    // Pyodide's asyncio.run() needs WebAssembly promise integration (and roomy stacks for it),
    // startup V8 flags on Node 20: the same as pyodideNodeFlags in src/samples/run-python-samples.ts.
    execArgv: ['--experimental-wasm-stack-switching', '--wasm-stack-switching-stack-size=8192'],
  },
});
