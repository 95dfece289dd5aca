import 'ses';
import type { ModuleEvaluator } from './run-tests';

/**
 * The runner's defences against learner code that tampers (see
 * docs/threat-model.md). `lockDownRealm()` freezes every JavaScript intrinsic
 * (Object, Array.prototype, Promise, JSON, Symbol…) once the harness is
 * loaded; each module is then evaluated in its own SES Compartment whose only
 * globals are console and timers: no `self`, `postMessage`, `fetch`,
 * `importScripts` or `close`, and no way to reach the harness or the port
 * the results travel on.
 */
export function lockDownRealm(): void {
  removeUnvettedIteratorMethods();
  lockdown({
    errorTaming: 'unsafe', // keep real stack traces for the learner
    stackFiltering: 'verbose',
    overrideTaming: 'severe', // libraries may still assign e.g. `toString` on their own objects
    consoleTaming: 'unsafe',
    localeTaming: 'unsafe',
  });
}

export function compartmentEvaluator(globals: Record<string, unknown>): ModuleEvaluator {
  return (source) => {
    const compartment = new Compartment({ globals, __options__: true });
    // The endowed globals cannot be replaced from inside, so tests keep the real timers.
    for (const name of Object.keys(globals)) Object.defineProperty(compartment.globalThis, name, { writable: false, configurable: false });
    return compartment.evaluate(`(function (exports, require, module, console) {${source}\n})`) as (...args: unknown[]) => void;
  };
}

/**
 * Iterator methods that Chromium ships ahead of the standard and SES does
 * not vet yet (the `Iterator.prototype.join` and `.includes` proposals).
 * Lockdown removes what it does not vet, and warns on the console each time
 * a runner starts ("Removing intrinsics.%IteratorPrototype%.join"). They are
 * removed here first, quietly: the sandbox is the same (the course's libs do
 * not declare them either), and a method SES does not know that is not on
 * this list still gets its warning.
 */
const UNVETTED_ITERATOR_METHODS = ['join', 'includes'];

function removeUnvettedIteratorMethods() {
  const iteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())) as Record<string, unknown>;
  for (const name of UNVETTED_ITERATOR_METHODS) if (Object.hasOwn(iteratorPrototype, name)) delete iteratorPrototype[name];
}
