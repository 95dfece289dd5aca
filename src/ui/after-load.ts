/**
 * Runs `task` once the page has loaded and the main thread is idle (or after
 * `timeoutMs` at the latest): for start-up work the learner did not ask for,
 * so it does not compete with the page's own.
 */
export function afterLoad(task: () => void, { timeoutMs = 3000 } = {}): void {
  const idle = (globalThis as { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => void }).requestIdleCallback;
  const whenIdle = () => (idle ? idle(task, { timeout: timeoutMs }) : setTimeout(task, Math.min(timeoutMs, 1500)));
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}
