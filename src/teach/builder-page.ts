import { assignmentLink, assignmentSchema, type Assignment } from './assignment';
import { say } from '../ui/dom';
import { siteUrl } from '../hosting/site-url';

/**
 * The assignment builder on /teach/: a title, an optional due day and the
 * chosen exercises become two links, one for the students and one for the
 * teacher's class view. The whole-chapter boxes tick all of a chapter.
 */
const form = document.querySelector<HTMLFormElement>('form.assignment-builder')!;
const status = form.querySelector<HTMLElement>('.builder-status')!;
const result = form.querySelector<HTMLElement>('.builder-result')!;
const exerciseBoxes = [...form.querySelectorAll<HTMLInputElement>('input[name="exercise"]')];

function syncChapter(slug: string) {
  const box = form.querySelector<HTMLInputElement>(`input[data-chapter="${slug}"]`)!;
  const own = exerciseBoxes.filter((b) => b.dataset.inChapter === slug);
  const ticked = own.filter((b) => b.checked).length;
  box.checked = ticked === own.length;
  box.indeterminate = ticked > 0 && ticked < own.length;
}

form.addEventListener('change', (event) => {
  const target = event.target as HTMLInputElement;
  if (target.dataset.chapter) {
    for (const b of exerciseBoxes) if (b.dataset.inChapter === target.dataset.chapter) b.checked = target.checked;
  } else if (target.dataset.inChapter) {
    syncChapter(target.dataset.inChapter);
  }
});

function chosen(): { assignment: Assignment } | { problems: string[] } {
  const title = form.querySelector<HTMLInputElement>('#assignment-title')!.value.trim();
  const due = form.querySelector<HTMLInputElement>('#assignment-due')!.value;
  const exercises = exerciseBoxes.filter((b) => b.checked).map((b) => b.value);
  const problems: string[] = [];
  if (!title) problems.push('Give the assignment a title.');
  if (exercises.length === 0) problems.push('Choose at least one chapter or exercise.');
  if (problems.length) return { problems };
  const parsed = assignmentSchema.safeParse({ title, ...(due ? { due } : {}), exercises });
  if (!parsed.success) return { problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  return { assignment: parsed.data };
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const choice = chosen();
  if ('problems' in choice) {
    result.hidden = true;
    say(status, choice.problems, 'error');
    return;
  }
  const { assignment } = choice;
  const links = {
    'student-link': assignmentLink(location.origin, siteUrl('teach/assignment/'), assignment),
    'class-link': assignmentLink(location.origin, siteUrl('teach/class/'), assignment),
  };
  for (const [id, link] of Object.entries(links)) {
    form.querySelector<HTMLInputElement>(`#${id}`)!.value = link;
    form.querySelector<HTMLAnchorElement>(`a[data-open="${id}"]`)!.href = link;
  }
  result.hidden = false;
  const count = assignment.exercises.length;
  say(status, [`Links made for “${assignment.title}”: ${count} exercise${count === 1 ? '' : 's'}${assignment.due ? `, due ${assignment.due}` : ''}.`], 'ok');
});

form.addEventListener('click', async (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-copy]');
  if (!button) return;
  const input = form.querySelector<HTMLInputElement>(`#${button.dataset.copy}`)!;
  try {
    await navigator.clipboard.writeText(input.value);
    say(status, ['Copied.'], 'ok');
  } catch {
    input.select();
    say(status, ['Your browser did not let the page copy: the link is selected, copy it with Ctrl+C.'], 'info');
  }
});
