import { browserStore } from './progress-store';
import { exerciseState } from './progress-types';
import { markVisited, visitedLessons } from '../ui/lesson-visits';
import { coursePath, siteUrl } from '../hosting/site-url';

/**
 * Runs on every page: remembers the lesson being read, marks lessons in the
 * sidebar (solved when all their exercises are; read when they have none and
 * were opened), and fills "Continue where you left off".
 */
const store = browserStore();
// Saved as a course path (`/laziness/eager-vs-lazy/`, without the base the
// site is served under), so what is saved does not depend on where it is hosted.
const lessonUrl = document.body.dataset.lessonUrl;
const here = lessonUrl ? coursePath(lessonUrl) : null;
if (here) {
  store.setLastLesson(here);
  markVisited(here);
}

function markSidebar() {
  const records = store.all();
  const visited = visitedLessons();
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.sidebar a[data-exercises]')) {
    const ids = link.dataset.exercises ? link.dataset.exercises.split(',') : [];
    const states = ids.map((id) => (records[id] ? exerciseState(records[id]) : 'unsolved'));
    const done = ids.length > 0 ? states.every((s) => s === 'solved') : visited.has(coursePath(link.pathname) ?? '');
    const started = states.some((s) => s !== 'unsolved');
    link.dataset.state = done ? 'done' : started ? 'started' : '';
    link.querySelector('.state-text')?.remove();
    if (done || started) {
      const text = document.createElement('span');
      text.className = 'state-text visually-hidden';
      text.textContent = done ? (ids.length ? ' (solved)' : ' (read)') : ' (in progress)';
      link.append(text);
    }
  }
}
markSidebar();
addEventListener('storage', markSidebar);
document.addEventListener('verdict', markSidebar);

const resume = document.querySelector<HTMLElement>('[data-continue]');
const last = store.lastLesson();
if (resume && last) {
  const href = siteUrl(last);
  const title = document.querySelector<HTMLAnchorElement>(`.sidebar a[href="${href}"]`)?.textContent?.trim();
  if (title) {
    const link = resume.querySelector('a')!;
    link.href = href;
    link.textContent = `Continue where you left off: ${title}`;
    resume.hidden = false;
  }
}
