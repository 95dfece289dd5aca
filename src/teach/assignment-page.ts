import { browserStore, ProgressStore } from '../progress/progress-store';
import { storageKey } from '../ui/storage';
import { codeFromFragment, decodeAssignment, type Assignment } from './assignment';
import { el, download, say } from '../ui/dom';
import { formatDay } from './due-date';
import { readExerciseIndex } from './exercise-index';
import { buildHandIn, handInFileName } from './hand-in-format';

/**
 * The student's assignment page (/teach/assignment/#a=…): the assignment from
 * the link, the student's live progress on each exercise (from this browser's
 * progress store) and the hand-in download. Everything from the link is
 * checked before use and shown as text.
 */
const store = browserStore();
const index = readExerciseIndex();
const byId = new Map(index.map((e) => [e.id, e]));
const LABELS = { unsolved: 'Not started', attempted: 'Attempted', solved: 'Solved' } as const;
const NAME_KEY = storageKey('student-name');

const heading = document.querySelector<HTMLElement>('[data-title]')!;
const problem = document.querySelector<HTMLElement>('[data-problem]')!;
const body = document.querySelector<HTMLElement>('[data-assignment]')!;
const list = document.querySelector<HTMLElement>('[data-assignment-list]')!;
const form = document.querySelector<HTMLFormElement>('form.hand-in-form')!;
const nameInput = form.querySelector<HTMLInputElement>('#student-name')!;
const status = document.querySelector<HTMLElement>('.hand-in-status')!;

let assignment: Assignment | null = null;

function renderProgress() {
  if (!assignment) return;
  const records = store.all();
  let solved = 0;
  for (const item of list.querySelectorAll<HTMLElement>('[data-exercise]')) {
    const state = records[item.dataset.exercise!]?.state ?? 'unsolved';
    const badge = item.querySelector<HTMLElement>('.state-badge')!;
    badge.dataset.state = state;
    badge.textContent = LABELS[state];
    if (state === 'solved') solved += 1;
  }
  document.querySelector('[data-solved]')!.textContent = String(solved);
}

function open() {
  const result = decodeAssignment(codeFromFragment(location.hash), new Set(byId.keys()));
  if (!result.ok) {
    assignment = null;
    heading.textContent = 'This assignment link does not work';
    document.title = 'Assignment link does not work · Generators';
    say(problem, result.errors, 'error');
    problem.hidden = false;
    body.hidden = true;
    return;
  }
  assignment = result.value;
  heading.textContent = assignment.title;
  document.title = `${assignment.title} · Generators`;
  problem.hidden = true;
  body.hidden = false;
  const due = document.querySelector<HTMLElement>('[data-due]')!;
  due.textContent = assignment.due ? `Due: ${formatDay(assignment.due)}, by the end of the day.` : 'No due date.';
  document.querySelector<HTMLElement>('[data-due-rule]')!.hidden = !assignment.due;
  document.querySelector('[data-total]')!.textContent = String(assignment.exercises.length);
  list.replaceChildren(
    ...assignment.exercises.map((id) => {
      const exercise = byId.get(id)!;
      const item = el('li', { 'data-exercise': id });
      item.append(
        el('span', { class: 'state-badge', 'data-state': 'unsolved' }, LABELS.unsolved),
        ' ',
        el('a', { href: exercise.url }, exercise.title),
        ' ',
        el('span', { class: 'muted' }, `· chapter ${exercise.chapterOrder}, ${exercise.chapterTitle}`),
      );
      return item;
    }),
  );
  renderProgress();
}

try {
  nameInput.value = localStorage.getItem(NAME_KEY) ?? '';
} catch {
  /* no storage: the student types their name */
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!assignment) return;
  const name = nameInput.value.trim();
  if (!name) {
    say(status, ['Type your name first, so your teacher knows whose work it is.'], 'error');
    nameInput.focus();
    return;
  }
  try {
    localStorage.setItem(NAME_KEY, name);
  } catch {
    /* remembered for this page only */
  }
  const handIn = buildHandIn(name, assignment, store.all());
  const fileName = handInFileName(handIn);
  download(fileName, `${JSON.stringify(handIn, null, 2)}\n`, 'application/json');
  const records = Object.values(handIn.exercises);
  const solved = records.filter((r) => r.state === 'solved').length;
  const withCode = records.filter((r) => r.code !== undefined).length;
  say(
    status,
    [
      `Downloaded “${fileName}”: your code for ${withCode} of ${assignment.exercises.length} exercises (${solved} solved). Send this file to your teacher.`,
      ...(withCode === 0 ? ['You have not written code for any of these exercises yet: open one from the list above.'] : []),
    ],
    'ok',
  );
});

open();
addEventListener('hashchange', open);
// Live progress: other tabs solving exercises, and coming back to this page.
ProgressStore.onOtherTabChange(renderProgress);
addEventListener('pageshow', renderProgress);
document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && renderProgress());
