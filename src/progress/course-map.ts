import { browserStore } from './progress-store';
import { exerciseState, solvedIn } from './progress-types';

/** The course map: each exercise's state, percentages, and export/import of the progress file. */
const store = browserStore();
/** The review schedule's store, loaded (with its validation) only for export and import. */
const reviewStore = () => import('../review/review-store').then((m) => m.browserReviewStore());
const LABELS = { unsolved: 'Not started', attempted: 'Attempted', solved: 'Solved' } as const;
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function render() {
  const records = store.all();
  let solved = 0;
  for (const row of document.querySelectorAll<HTMLElement>('[data-exercise]')) {
    const record = records[row.dataset.exercise!];
    const state = record ? exerciseState(record) : 'unsolved';
    const badge = row.querySelector<HTMLElement>('.state-badge')!;
    badge.dataset.state = state;
    // An exercise solved only in Python says so.
    badge.textContent = state === 'solved' && record && !solvedIn(record).includes('typescript') ? 'Solved in Python' : LABELS[state];
    if (state === 'solved') solved += 1;
  }
  for (const chapter of document.querySelectorAll<HTMLElement>('.map-chapter')) {
    const rows = [...chapter.querySelectorAll<HTMLElement>('[data-exercise]')];
    const done = rows.filter((row) => records[row.dataset.exercise!] && exerciseState(records[row.dataset.exercise!]) === 'solved').length;
    chapter.querySelector('[data-chapter-percent]')!.textContent = rows.length ? `${Math.round((100 * done) / rows.length)}%` : '';
  }
  const total = Number(document.querySelector<HTMLElement>('[data-total]')!.dataset.total);
  document.querySelector('[data-solved-count]')!.textContent = String(solved);
  document.querySelector('[data-solved-percent]')!.textContent = String(total ? Math.round((100 * solved) / total) : 0);
}

const status = document.querySelector<HTMLElement>('.transfer-status')!;
function say(lines: string[], kind: 'ok' | 'error') {
  status.replaceChildren();
  status.dataset.kind = kind;
  for (const line of lines) {
    const p = document.createElement('p');
    p.textContent = line;
    status.append(p);
  }
}

document.querySelector('[data-export]')!.addEventListener('click', async () => {
  const { buildProgressFile } = await import('./export-format');
  const file = buildProgressFile(store.all(), 'browser', new Date(), (await reviewStore()).get());
  const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: `generators-progress-${file.exportedAt.slice(0, 10)}.json` });
  link.click();
  URL.revokeObjectURL(url);
  const cards = Object.keys(file.review?.cards ?? {}).length;
  say([`Exported ${count(Object.keys(file.exercises).length, 'exercise', 'exercises')} and the review schedule of ${count(cards, 'card', 'cards')}.`], 'ok');
});

/** What an import that did not happen says, on this page: nothing was changed, and what to do. */
function notImported(name: string, reason: string) {
  say([`“${name}” was not imported: ${reason}`, 'Your progress in this browser is unchanged.'], 'error');
}

const input = document.querySelector<HTMLInputElement>('[data-import]')!;
input.addEventListener('change', async () => {
  const chosen = input.files?.[0];
  input.value = '';
  if (!chosen) return;
  const { MAX_PROGRESS_FILE_BYTES, parseProgressFile } = await import('./export-format');
  if (chosen.size > MAX_PROGRESS_FILE_BYTES) {
    const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
    notImported(
      chosen.name,
      `it is ${mb(chosen.size)}, and a progress file of this course is at most ${mb(MAX_PROGRESS_FILE_BYTES)} (an export of every exercise is far smaller). Choose the file the course map’s Export made.`,
    );
    return;
  }
  // The whole file is checked before anything is written.
  const result = parseProgressFile(await chosen.text());
  if (!result.ok) {
    say([`“${chosen.name}” was not imported:`, ...result.errors, 'Your progress in this browser is unchanged.'], 'error');
    return;
  }
  const exercises = count(Object.keys(result.value.exercises).length, 'exercise', 'exercises');
  const review = result.value.review;
  const cards = review ? ` and the review schedule of ${count(Object.keys(review.cards).length, 'card', 'cards')}` : '';
  if (!confirm(`Replace the progress saved in this browser with the ${exercises}${cards} in “${chosen.name}”?`)) return;
  // All or nothing: the current progress stays until the new is completely written.
  // A file without a review schedule (older, or from npm run report) leaves this browser's schedule as it is.
  const imported = store.importAll(result.value.exercises, review ? { review: JSON.stringify(review) } : {});
  if (imported.ok) say([`Imported ${exercises}${cards} from “${chosen.name}”.`], 'ok');
  else if (imported.reason === 'unavailable')
    notImported(chosen.name, 'this browser does not let the course save anything here (private browsing, or site data blocked).');
  else
    notImported(
      chosen.name,
      'this browser’s storage for the course has no room for it beside your current progress, which is kept until an import is complete. ' +
        'To make room: export your progress (to keep a copy), clear this site’s data in the browser’s settings, then import the file again.',
    );
  render();
});

// Records a page left behind when it closed in the middle of an import.
store.removeOldGenerations();
render();
addEventListener('storage', render);
