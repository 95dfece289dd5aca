import { chai, type ExpectStatic, GLOBAL_EXPECT, getState, JestAsymmetricMatchers, JestChaiExpect, JestExtend, setState } from '@vitest/expect';
import { expectTypeOf } from 'expect-type';
import { describeFailure } from './describe-thrown';
import type { GeneratorTrace } from './generator-trace';
import type { TestFailure, TestResult } from '../protocol/verdict';

export { describeFailure };

/**
 * The browser's stand-in for `vitest`: the subset declared in
 * vitest-subset.d.ts, with assertions from the real @vitest/expect. What is
 * written by hand here is only what Vitest's runner does and no package
 * offers standalone: collecting describe/it blocks and running them in order.
 */

chai.use(JestExtend);
chai.use(JestChaiExpect);
chai.use(JestAsymmetricMatchers);

type Body = () => unknown;
interface TestCase {
  path: string[];
  body: Body;
  hooks: Suite[];
}
interface Suite {
  beforeEach: Body[];
  afterEach: Body[];
}

export interface HarnessEvents {
  onTestStart(path: string[]): void;
  onTestEnd(result: TestResult): void;
}

/** A fresh vitest-like module: collect with its exports, then `run()`. */
export function createHarness() {
  const tests: TestCase[] = [];
  const stack: string[] = [];
  const suites: Suite[] = [{ beforeEach: [], afterEach: [] }];
  let collecting = true;

  const expect = ((value: unknown, message?: string) => {
    const { assertionCalls } = getState(expect);
    setState({ assertionCalls: assertionCalls + 1 }, expect);
    return chai.expect(value, message);
  }) as unknown as ExpectStatic;
  Object.assign(expect, chai.expect);
  (globalThis as Record<symbol, unknown>)[GLOBAL_EXPECT] = expect;
  setState({ assertionCalls: 0, isExpectingAssertions: false, expectedAssertionsNumber: null }, expect);

  function assertCollecting(what: string) {
    if (!collecting) throw new Error(`${what}() was called inside a test; call it at the top level or in describe()`);
  }

  const vitest = {
    describe(name: string, body: () => void) {
      assertCollecting('describe');
      stack.push(String(name));
      suites.push({ beforeEach: [], afterEach: [] });
      try {
        body();
      } finally {
        stack.pop();
        suites.pop();
      }
    },
    it(name: string, body: Body) {
      assertCollecting('it');
      tests.push({ path: [...stack, String(name)], body, hooks: [...suites] });
    },
    beforeEach(fn: Body) {
      assertCollecting('beforeEach');
      suites[suites.length - 1].beforeEach.push(fn);
    },
    afterEach(fn: Body) {
      assertCollecting('afterEach');
      suites[suites.length - 1].afterEach.push(fn);
    },
    expect,
    expectTypeOf,
  };
  const api = { ...vitest, test: vitest.it };

  async function run(events: HarnessEvents, trace?: GeneratorTrace): Promise<TestResult[]> {
    collecting = false;
    const results: TestResult[] = [];
    for (const test of tests) {
      events.onTestStart(test.path);
      trace?.reset();
      const started = performance.now();
      let failure: TestFailure | undefined;
      try {
        for (const suite of test.hooks) for (const hook of suite.beforeEach) await hook();
        await test.body();
      } catch (error) {
        failure = describeFailure(error);
      }
      const calls = failure && trace ? trace.recent() : [];
      try {
        for (const suite of [...test.hooks].reverse()) for (const hook of suite.afterEach) await hook();
      } catch (error) {
        failure ??= describeFailure(error);
      }
      if (failure && calls.length > 0) failure = { ...failure, calls };
      const result: TestResult = {
        path: test.path,
        status: failure ? 'fail' : 'pass',
        ...(failure ? { failure } : {}),
        durationMs: performance.now() - started,
      };
      results.push(result);
      events.onTestEnd(result);
    }
    return results;
  }

  return { api, run, count: () => tests.length };
}
