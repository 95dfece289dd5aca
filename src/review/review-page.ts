/**
 * The review page (src/pages/review.astro): today's cards one at a time —
 * question, "Show the answer", then a rating that ts-fsrs turns into the
 * card's next due date, saved at once. Cards come from the page (hidden
 * articles, course order); only text is written into the page.
 */
import { visitedLessons } from '../ui/lesson-visits';
import { buildQueue, chaptersOfUrls, type CardRef } from './review-queue';
import { RATINGS, type RatingName, type ReviewState } from './review-schema';
import { browserReviewStore } from './review-store';
import { describeWait, preview, rate } from './scheduler';

const store = browserReviewStore();
const page = document.querySelector<HTMLElement>('[data-review-page]')!;
const summary = page.querySelector<HTMLElement>('[data-review-summary]')!;
const notices = page.querySelector<HTMLElement>('[data-review-notices]')!;
const session = page.querySelector<HTMLElement>('[data-review-session]')!;
const position = page.querySelector<HTMLElement>('[data-review-position]')!;
const revealButton = page.querySelector<HTMLButtonElement>('[data-review-reveal]')!;
const ratings = page.querySelector<HTMLElement>('[data-review-ratings]')!;
const status = page.querySelector<HTMLElement>('[data-review-status]')!;
const articles = new Map([...page.querySelectorAll<HTMLElement>('[data-card]')].map((el) => [el.dataset.card!, el]));
const cards: CardRef[] = [...articles.values()].map((el) => ({ id: el.dataset.card!, chapter: el.dataset.chapter! }));

const longDate = (date: Date) => date.toLocaleDateString('en', { weekday: 'long', day: 'numeric', month: 'long' });
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function notice(text: string) {
  const p = document.createElement('p');
  p.className = 'notice';
  p.textContent = text;
  notices.append(p);
}

let queue: string[] = [];
let index = 0;
let current: HTMLElement | null = null;

function describeQueue(state: ReviewState, now: Date): { ids: string[]; text: string } {
  const built = buildQueue(cards, state, chaptersOfUrls(visitedLessons()), now);
  const parts: string[] = [];
  if (built.ids.length === 0) {
    if (built.open.size === 0) parts.push('Nothing to review yet: open a lesson, and its chapter’s cards join your reviews.');
    else parts.push('Nothing is due today.');
    if (built.waiting > 0) parts.push(`${plural(built.waiting, 'new card')} will join in the coming days.`);
    if (built.next) parts.push(`Your next review is ${describeWait(now, built.next)}, ${longDate(built.next)}.`);
  } else {
    const counts = [built.due ? `${built.due} due` : '', built.fresh ? `${built.fresh} new` : ''].filter(Boolean).join(' and ');
    parts.push(`Today: ${plural(built.ids.length, 'card')} (${counts}).`);
    if (built.waiting > 0) parts.push(`${plural(built.waiting, 'more new card')} wait for the coming days.`);
  }
  page.querySelector<HTMLElement>('[data-review-start]')!.hidden = built.open.size > 0;
  return { ids: built.ids, text: parts.join(' ') };
}

function renderOverview(state: ReviewState, now: Date) {
  const limit = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 23, 59, 59, 999).getTime();
  for (const row of page.querySelectorAll<HTMLElement>('[data-review-chapter]')) {
    const records = cards.filter((c) => c.chapter === row.dataset.reviewChapter && state.cards[c.id]).map((c) => state.cards[c.id]);
    const due = records.filter((r) => new Date(r.due).getTime() <= limit).length;
    const later = records
      .map((r) => new Date(r.due))
      .filter((d) => d.getTime() > limit)
      .sort((a, b) => a.getTime() - b.getTime());
    row.querySelector('[data-cell="reviewed"]')!.textContent = String(records.length);
    row.querySelector('[data-cell="due"]')!.textContent = String(due);
    row.querySelector('[data-cell="next"]')!.textContent = later.length ? longDate(later[0]) : '–';
  }
}

function show(id: string | undefined, focus: boolean) {
  if (current) current.hidden = true;
  current = id ? (articles.get(id) ?? null) : null;
  if (!current) {
    session.hidden = true;
    return;
  }
  current.hidden = false;
  current.querySelector<HTMLElement>('.review-answer')!.hidden = true;
  revealButton.hidden = false;
  ratings.hidden = true;
  position.textContent = `(${index + 1} of ${queue.length})`;
  session.hidden = false;
  if (focus) current.focus();
}

function reveal() {
  if (!current) return;
  const answer = current.querySelector<HTMLElement>('.review-answer')!;
  answer.hidden = false;
  revealButton.hidden = true;
  const now = new Date();
  const outcomes = preview(store.get().cards[current.dataset.card!], now);
  for (const name of RATINGS) {
    const button = ratings.querySelector<HTMLButtonElement>(`[data-rating="${name}"]`)!;
    button.querySelector('.review-interval')!.textContent = `· ${describeWait(now, new Date(outcomes[name].due))}`;
  }
  ratings.hidden = false;
  answer.focus();
}

function rateCurrent(rating: RatingName) {
  if (!current) return;
  const id = current.dataset.card!;
  const now = new Date();
  const record = rate(store.get().cards[id], rating, now);
  const saved = store.setCard(id, record);
  const due = new Date(record.due);
  status.textContent = saved.ok ? `Saved. You will see this card again ${describeWait(now, due)}, on ${longDate(due)}.` : saved.message;
  status.dataset.kind = saved.ok ? 'ok' : 'error';
  current.dataset.rated = rating;
  index += 1;
  if (index < queue.length) show(queue[index], true);
  else finish();
  renderOverview(store.get(), new Date());
}

function finish() {
  show(undefined, false);
  const { text } = describeQueue(store.get(), new Date());
  summary.textContent = `All done for today. ${text.replace(/^Nothing is due today\. ?/, '')}`.trim();
  summary.tabIndex = -1;
  summary.focus();
}

function start() {
  const state = store.get();
  if (store.corrupt)
    notice('Your saved review schedule could not be read and is ignored; rating a card starts a new one. (Importing a progress file restores a schedule.)');
  const now = new Date();
  const { ids, text } = describeQueue(state, now);
  summary.textContent = text;
  queue = ids;
  index = 0;
  renderOverview(state, now);
  show(queue[0], false);
}

revealButton.addEventListener('click', reveal);
for (const name of RATINGS) ratings.querySelector(`[data-rating="${name}"]`)!.addEventListener('click', () => rateCurrent(name));
start();
