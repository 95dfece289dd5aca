/**
 * Runs `task` once the page has loaded and the main thread is idle (or after
 * `timeoutMs` at the latest), then `delayMs` later still: for start-up work
 * the learner did not ask for, so it never competes with what they did.
 */
export function afterLoad(task: () => void, { timeoutMs = 3000, delayMs = 0 } = {}): void {
  const idle = (globalThis as { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => void }).requestIdleCallback;
  const later = () => setTimeout(task, delayMs);
  const whenIdle = () => (idle ? idle(later, { timeout: timeoutMs }) : setTimeout(later, Math.min(timeoutMs, 1500)));
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}
