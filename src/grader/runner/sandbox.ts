import 'ses';
import type { ModuleEvaluator } from './run-tests';

/**
 * The runner's defences against learner code that tampers (see
 * docs/threat-model.md). `lockDownRealm()` freezes every JavaScript intrinsic
 * (Object, Array.prototype, Promise, JSON, Symbol…) once the harness is
 * loaded; each module is then evaluated in its own SES Compartment whose only
 * globals are the few `learnerGlobals()` lists: no `self`, `postMessage`,
 * `fetch`, `caches`, `indexedDB`, `importScripts` or `close`, and no way to
 * reach the harness or the port the results travel on. The same rules hold
 * in the browser's runner worker and in `npm test`'s runner threads.
 */
export function lockDownRealm(): void {
  lockdown({
    errorTaming: 'unsafe', // keep real stack traces for the learner
    stackFiltering: 'verbose',
    overrideTaming: 'severe', // libraries may still assign e.g. `toString` on their own objects
    consoleTaming: 'unsafe',
    localeTaming: 'unsafe',
    // The runner watches for errors and rejections nobody handled itself (runner-core.ts), and reports them.
    errorTrapping: 'none',
    unhandledRejectionTrapping: 'none',
  });
}

type Timer = (handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => unknown;

/**
 * A timer that takes a function only. A host's own `setTimeout('code', 0)`
 * evaluates the string in the realm's global scope, outside any Compartment:
 * this wrapper, not a Content-Security-Policy (the runner needs `eval` for SES),
 * is what refuses it.
 */
function functionsOnly(timer: Timer, name: string): Timer {
  return function (this: unknown, handler, ms, ...args) {
    if (typeof handler !== 'function') {
      throw new TypeError(
        `${name} takes a function here, not ${typeof handler === 'string' ? 'a string of code' : typeof handler}: write ${name}(() => { … }, ${ms ?? 0})`,
      );
    }
    return timer(handler, ms, ...args);
  };
}

/**
 * What learner code may use besides the language: the timers (functions only),
 * `queueMicrotask`, `structuredClone`, and the real `Date` and `Math` (in a
 * Compartment, SES's own would throw "secure mode" on `Date.now()`,
 * `new Date()` and `Math.random()`). Captured from the realm before it is locked down.
 */
export function learnerGlobals(realm: typeof globalThis = globalThis): Record<string, unknown> {
  const bound = <T extends (...args: never[]) => unknown>(fn: T) => fn.bind(realm) as T;
  const queueMicrotask = bound(realm.queueMicrotask);
  return {
    setTimeout: functionsOnly(bound(realm.setTimeout) as Timer, 'setTimeout'),
    setInterval: functionsOnly(bound(realm.setInterval) as Timer, 'setInterval'),
    clearTimeout: bound(realm.clearTimeout),
    clearInterval: bound(realm.clearInterval),
    queueMicrotask: (callback: () => void) => {
      if (typeof callback !== 'function') throw new TypeError('queueMicrotask takes a function');
      queueMicrotask(callback);
    },
    structuredClone: bound(realm.structuredClone),
    Date: realm.Date,
    Math: realm.Math,
  };
}

/**
 * Removes `names` from the global object and every object on its prototype
 * chain, so not even `WorkerGlobalScope.prototype.fetch.call(self, …)` is
 * left. Defence in depth: learner code runs in a Compartment and cannot name
 * the global object; this is for the day a way out is found.
 */
export function removeGlobals(realm: object, names: readonly string[]): void {
  for (let object: object | null = realm; object && object !== Object.prototype; object = Object.getPrototypeOf(object)) {
    for (const name of names) {
      const descriptor = Object.getOwnPropertyDescriptor(object, name);
      if (!descriptor) continue;
      if (descriptor.configurable) delete (object as Record<string, unknown>)[name];
      else if (descriptor.writable) (object as Record<string, unknown>)[name] = undefined;
    }
  }
}

export function compartmentEvaluator(globals: Record<string, unknown>): ModuleEvaluator {
  const endowments = harden({ ...globals });
  return (source) => {
    const compartment = new Compartment({ globals: endowments, __options__: true });
    // The endowed globals cannot be replaced from inside, so tests keep the real timers.
    for (const name of Object.keys(endowments)) Object.defineProperty(compartment.globalThis, name, { writable: false, configurable: false });
    return compartment.evaluate(`(function (exports, require, module, console) {${source}\n})`) as (...args: unknown[]) => void;
  };
}
