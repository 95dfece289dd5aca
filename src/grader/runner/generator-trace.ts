import { cut } from '../protocol/limits';
import { describeFailure, describeThrown } from './describe-thrown';

/** Characters kept of one traced call. */
const CALL_LIMIT = 300;

/** Pulls from generators allowed in one test before it is stopped as runaway. */
export const PULL_LIMIT = 1_000_000;
const KEPT_CALLS = 8;

type Method = 'next' | 'return' | 'throw';
interface Call {
  method: Method;
  args: unknown[];
  outcome: { kind: 'result'; value: unknown } | { kind: 'threw'; error: unknown } | { kind: 'pending' };
}

export interface GeneratorTrace {
  /** Starts a new test: forgets earlier calls and resets the pull count. */
  reset(): void;
  /** The last calls made on generator objects, oldest first, as a learner reads them. */
  recent(): string[];
}

/** One call as a learner reads it, cut short; the values are the submission's, so describing them must not throw. */
function describe(call: Call): string {
  const args = call.args.length ? describeThrown(call.args[0]) : '';
  const outcome =
    call.outcome.kind === 'result'
      ? describeThrown(call.outcome.value)
      : call.outcome.kind === 'threw'
        ? `threw ${describeFailure(call.outcome.error).message}`
        : 'a promise';
  return cut(`${call.method}(${args}) → ${outcome}`, CALL_LIMIT);
}

/**
 * Watches every call of next/return/throw on generator objects (the shared
 * prototype, so for…of, spread and the tests' own calls all count). Keeps the
 * last few calls — cheaply, formatting only when asked — and stops a test
 * that pulls more than PULL_LIMIT values with an error that says why.
 * Installs once per realm; later calls return the same trace.
 */
let installed: GeneratorTrace | undefined;

export function installGeneratorTrace(): GeneratorTrace {
  installed ??= install();
  return installed;
}

function install(): GeneratorTrace {
  const proto = Object.getPrototypeOf(function* () {}).prototype as Record<Method, (...args: unknown[]) => unknown>;
  const ring: Call[] = [];
  let pulls = 0;

  for (const method of ['next', 'return', 'throw'] as const) {
    const original = proto[method];
    // A method (not a `function`), so it has no .prototype: SES's lockdown keeps it as it is.
    const traced = {
      [method](this: unknown, ...args: unknown[]) {
        if (method === 'next' && ++pulls > PULL_LIMIT) {
          throw new RangeError(
            `This test pulled more than ${PULL_LIMIT.toLocaleString('en')} values from generators, so it was stopped. ` +
              'Is a generator infinite, and is something (a spread, Array.from, a for…of without break) trying to read all of it? Take only as many values as you need.',
          );
        }
        const call: Call = { method, args, outcome: { kind: 'pending' } };
        ring.push(call);
        if (ring.length > KEPT_CALLS) ring.shift();
        try {
          const result = original.apply(this, args) as { value: unknown };
          call.outcome = { kind: 'result', value: result };
          return result;
        } catch (error) {
          call.outcome = { kind: 'threw', error };
          throw error;
        }
      },
    }[method];
    Object.defineProperty(proto, method, { configurable: true, writable: true, value: traced });
  }

  return {
    reset() {
      ring.length = 0;
      pulls = 0;
    },
    recent: () => ring.map(describe),
  };
}
