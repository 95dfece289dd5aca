/**
 * Registers the service worker (in a built site only) so the course works
 * offline after the first visit, and tells the learner when a new version of
 * the course has taken over since their last visit.
 */
import { afterLoad } from '../ui/after-load';
import { BASE, siteUrl } from '../hosting/site-url';
import { storageKey } from '../ui/storage';

const SEEN_KEY = storageKey('course-version');
/** The service worker is installed after this long without activity (see below). */
const QUIET_MS = 5000;
/** What counts as activity: the learner at work, or a check (its `verdict` event). */
const ACTIVITY = ['keydown', 'pointerdown', 'verdict'];

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
  // Installing downloads the whole course (seconds of work for the browser),
  // so it waits for a quiet moment: QUIET_MS after the page is loaded and
  // idle with no key pressed, no click and no check.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const install = () => {
    for (const type of ACTIVITY) removeEventListener(type, postpone, true);
    navigator.serviceWorker.register(siteUrl('sw.js'), { scope: BASE }).catch(() => {
      /* offline use is a bonus: the course works online without it */
    });
  };
  const postpone = () => {
    clearTimeout(timer);
    timer = setTimeout(install, QUIET_MS);
  };
  afterLoad(() => {
    for (const type of ACTIVITY) addEventListener(type, postpone, true);
    postpone();
  });
  navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage('version'));
}
