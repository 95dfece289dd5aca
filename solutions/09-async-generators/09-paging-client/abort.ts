/**
 * Already written: read it, use it, leave it as it is.
 *
 * The sandbox the tests run in has no `AbortController`, so the project brings
 * a small one shaped like the standard's: `controller.abort(reason)` marks
 * `controller.signal` aborted and calls its `'abort'` listeners once. In a
 * browser or in Node, delete the import and the global `AbortController` and
 * `AbortSignal` work the same way.
 */

/** What a request is handed so that it can be cancelled: the parts of the standard `AbortSignal` the project uses. */
export interface AbortSignal {
  /** True once the signal's controller has aborted. */
  readonly aborted: boolean;
  /** The reason given to `abort()`: an `AbortError` when none was given. */
  readonly reason: unknown;
  /** Calls `listener` when the signal is aborted (once; never if it already is). */
  addEventListener(type: 'abort', listener: () => void): void;
  removeEventListener(type: 'abort', listener: () => void): void;
  /** Throws `reason` if the signal is aborted, and does nothing otherwise. */
  throwIfAborted(): void;
}

/** The error an aborted request rejects with when `abort()` was given no reason. */
export class AbortError extends Error {
  constructor(message = 'This operation was aborted') {
    super(message);
    this.name = 'AbortError';
  }
}

class Signal implements AbortSignal {
  aborted = false;
  reason: unknown = undefined;
  private readonly listeners = new Set<() => void>();

  addEventListener(_type: 'abort', listener: () => void): void {
    if (!this.aborted) this.listeners.add(listener);
  }

  removeEventListener(_type: 'abort', listener: () => void): void {
    this.listeners.delete(listener);
  }

  throwIfAborted(): void {
    if (this.aborted) throw this.reason;
  }

  /** Called by the controller only. */
  fire(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    const listeners = [...this.listeners];
    this.listeners.clear();
    for (const listener of listeners) listener();
  }
}

/** Owns a signal and aborts it: `new AbortController()`, hand out `controller.signal`, later `controller.abort()`. */
export class AbortController {
  private readonly own = new Signal();

  get signal(): AbortSignal {
    return this.own;
  }

  /** Aborts the signal (only the first call counts): its listeners run at once, in the order they were added. */
  abort(reason: unknown = new AbortError()): void {
    this.own.fire(reason);
  }
}
