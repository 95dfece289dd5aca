import { browserStore } from './progress-store';
import { exerciseState } from './progress-types';
import { markVisited, visitedLessons } from '../ui/lesson-visits';

/**
 * Runs on every page: remembers the lesson being read, marks lessons in the
 * sidebar (solved when all their exercises are; read when they have none and
 * were opened), and fills "Continue where you left off".
 */
const store = browserStore();
const here = document.body.dataset.lessonUrl;
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
    const done = ids.length > 0 ? states.every((s) => s === 'solved') : visited.has(link.pathname);
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
  const title = document.querySelector<HTMLAnchorElement>(`.sidebar a[href="${last}"]`)?.textContent?.trim();
  if (title) {
    const link = resume.querySelector('a')!;
    link.href = last;
    link.textContent = `Continue where you left off: ${title}`;
    resume.hidden = false;
  }
}
