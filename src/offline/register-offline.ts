/**
 * Registers the service worker (in a built site only) so the course works
 * offline after the first visit, and tells the learner when a new version of
 * the course has taken over since their last visit.
 */
import { afterLoad } from '../site/after-load';

const SEEN_KEY = 'generators-course:v1:course-version';
/** How long after the page is idle the service worker is installed (see below). */
const INSTALL_DELAY_MS = 3000;

function announceUpdate() {
  const note = document.createElement('p');
  note.className = 'course-updated';
  note.setAttribute('role', 'status');
  note.textContent = 'The course was updated since your last visit. Your code and progress are kept.';
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = 'Dismiss';
  dismiss.addEventListener('click', () => note.remove());
  note.append(' ', dismiss);
  document.querySelector('main')?.prepend(note);
}

if ('serviceWorker' in navigator && !import.meta.env.DEV) {
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string; version?: string }>) => {
    if (event.data?.type !== 'course-version' || !event.data.version) return;
    try {
      const seen = localStorage.getItem(SEEN_KEY);
      if (seen && seen !== event.data.version) announceUpdate();
      localStorage.setItem(SEEN_KEY, event.data.version);
    } catch {
      /* without storage there is nothing to compare with */
    }
  });
  // Installing downloads the whole course: it waits until the page, and the
  // grader warming up on idle, are done with their own start.
  afterLoad(
    () =>
      navigator.serviceWorker.register('/sw.js').catch(() => {
        /* offline use is a bonus: the course works online without it */
      }),
    { delayMs: INSTALL_DELAY_MS },
  );
  navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage('version'));
}
