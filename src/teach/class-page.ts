import type { FrameRunners } from '../grader/client/frame-runners';
import type { GraderClient } from '../grader/client/grader-client';
import { milestoneResults } from '../grader/protocol/milestones';
import { notRunVerdict, type Verdict } from '../grader/protocol/verdict';
import { fingerprint } from '../progress/hash';
import { download, el, say } from '../ui/dom';
import { codeFromFragment, decodeAssignment, type Assignment } from './assignment';
import { ClassStore, type InFlight } from './class-store';
import {
  buildClassTable,
  type ClassRow,
  codeToGrade,
  footerFor,
  type Grade,
  headerFor,
  type ReferenceAssignment,
  referenceAssignment,
  replacements,
  rowFor,
  type Submission,
  tableLines,
} from './class-table';
import { ClassTableView } from './class-table-view';
import { codeKey } from './code-key';
import { toCsv } from './csv';
import { formatDay } from './due-date';
import { projectFilesOf, readExerciseIndex, withProjectEntries } from './exercise-index';
import { type GradingJob, GradingQueue } from './grading-queue';
import { MAX_HAND_IN_BYTES, parseHandIn } from './hand-in-format';
import { ReplayedRuns } from './replayed-runs';

/**
 * The class view (/teach/class/, ideally with the teacher's `#a=…`): reads
 * dropped hand-in files, re-grades every handed-in piece of code with the
 * course's grader (identical code once), and shows the class table as
 * results come. Learner code runs in a sandboxed frame whose process a crash
 * can take down without this page (FrameRunners). Files and each result are
 * kept in this browser as they are made (class-store.ts): a reload resumes,
 * and code that was being checked when the page went down is named, checked
 * again alone, and not again if it takes the page down alone.
 */
const index = readExerciseIndex();
const byId = new Map(index.map((e) => [e.id, e]));
const known = new Set(byId.keys());
const titles = new Map(index.map((e) => [e.id, e.title]));
/** Checks at once: one compiling while another runs its tests. */
const CONCURRENCY = 2;

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const referenceNote = $('[data-reference]');
const notice = $('[data-notice]');
const dropZone = $('[data-drop-zone]');
const fileInput = $<HTMLInputElement>('[data-files]');
const progressBox = $('[data-progress]');
const progressBar = progressBox.querySelector('progress')!;
const progressText = $('[data-progress-text]');
const rejections = $('[data-rejections]');
const tableWrap = $('[data-table-wrap]');
const table = tableWrap.querySelector('table')!;
const actions = $('[data-table-actions]');
const dialog = $<HTMLDialogElement>('dialog.submission-dialog');

const linkCode = codeFromFragment(location.hash);
let fromLink: Assignment | null = null;
let linkProblem: string[] = [];
if (linkCode !== null) {
  const decoded = decodeAssignment(linkCode, known);
  if (decoded.ok) fromLink = decoded.value;
  else linkProblem = decoded.errors;
}
/** One stored session per class view link (and one for the page opened without a link). */
const session = fromLink && linkCode ? `link-${fingerprint(linkCode)}` : 'no-link';

let submissions: Submission[] = [];
let replacedBy: (number | null)[] = [];
/** Each submission's code keys, by exercise. */
let keys: Map<string, string>[] = [];
let rows: ClassRow[] = [];
let reference: ReferenceAssignment | null = null;
const results = new Map<string, Grade>();
/** Verdicts graded in this page's life (older ones are read from the store when a cell opens). */
const verdicts = new Map<string, Verdict>();
/** Which rows hold each code key. */
const rowsByKey = new Map<string, Set<number>>();
/** Code that was in flight when the page last went down, checked again alone. */
const suspects = new Set<string>();
let nextSeq = 0;
let store: ClassStore | null = null;
let loading = true;

const view = new ClassTableView(table, () => markDone());

/** A hand-in of this course, projects made whole (exercise-index.ts). */
function readHandIn(text: string) {
  const parsed = parseHandIn(text, known);
  return parsed.ok ? { ok: true as const, value: withProjectEntries(parsed.value, byId) } : parsed;
}

/** A project's files as graded: those handed in, the stubs for the rest (TypeScript: the track this page grades). */
const filesOf = (exerciseId: string, language: GradingJob['language'], files: Readonly<Record<string, string>> | undefined) =>
  language === 'typescript' ? projectFilesOf(byId.get(exerciseId), files) : files;
const keyOf = (exerciseId: string, language: GradingJob['language'], code: string, files?: Readonly<Record<string, string>>) =>
  codeKey(exerciseId, language, byId.get(exerciseId)?.testHash ?? '', code, filesOf(exerciseId, language, files));

/** A project's grade says how many of its milestones the re-grade passed. */
function withMilestones(exerciseId: string, grade: Grade, verdict: Verdict): Grade {
  const declared = byId.get(exerciseId)?.milestones;
  if (grade.solved || !declared || declared.length < 2) return grade;
  const passed = milestoneResults(declared, verdict).filter((m) => m.passed).length;
  return { ...grade, milestones: { passed, total: declared.length } };
}

function describeReference() {
  const lines: string[] = [];
  if (linkProblem.length)
    lines.push('Your class view link does not work, so hand-ins are judged by the assignment in the first readable file:', ...linkProblem);
  if (reference) {
    const { assignment, from } = reference;
    const due = assignment.due ? `due ${formatDay(assignment.due)}` : 'no due date';
    lines.push(
      `Assignment: “${assignment.title}”, ${assignment.exercises.length} exercises, ${due}${from === 'link' ? ' (from your link).' : ' (taken from the first readable hand-in: open your class view link to judge by your own).'}`,
    );
  } else if (!linkProblem.length) {
    lines.push(
      'No assignment link: hand-ins will be judged by the assignment in the first readable file. Open your class view link (from “Make an assignment”) to judge by yours.',
    );
  }
  say(referenceNote, lines, linkProblem.length ? 'error' : 'info');
}

const notices = new Map<string, string>();
/** Shows a notice above the table; one per `id`, the latest words winning. */
function setNotice(id: string, line: string) {
  notices.set(id, line);
  say(notice, [...notices.values()], 'info');
  notice.hidden = false;
}
let noticeCount = 0;
const addNotice = (line: string) => setNotice(`n${noticeCount++}`, line);

// ——— the table ———

function renderRow(i: number) {
  if (!reference) return;
  rows[i] = rowFor(reference, submissions[i], i, replacedBy[i], submissions, (exerciseId) => keys[i].get(exerciseId)!, results);
  view.update(rows[i]);
}

function renderFooter() {
  if (reference) view.updateFooter(footerFor(reference, rows.filter(Boolean)));
}

function renderAll() {
  if (!reference) return;
  view.setHeader(headerFor(reference, titles));
  submissions.forEach((_, i) => renderRow(i));
  renderFooter();
  $('[data-caption]').textContent = `Hand-ins for “${reference.assignment.title}”`;
}

function markDone() {
  const done = !loading && queue.idle && !view.busy && rows.every((row) => !row || row.cells.every((cell) => cell.status !== 'waiting'));
  tableWrap.dataset.done = String(done);
}

/** Counted hand-ins, and the pieces of code they hold. */
function handedInCount(): number {
  return rows.filter((row) => row && !row.rejected && row.replacedBy === null).reduce((n, row) => n + row.cells.filter((c) => c.key !== null).length, 0);
}

let progressQueued = false;
/** The progress line, a few times a second at most (each change costs a layout). */
function showProgress() {
  if (progressQueued) return;
  progressQueued = true;
  setTimeout(() => {
    progressQueued = false;
    const { total, done } = queue;
    progressBox.hidden = total === 0;
    progressBar.max = Math.max(total, 1);
    progressBar.value = done;
    const handedIn = handedInCount();
    const distinct = handedIn === total ? '' : ` (${total} distinct piece${total === 1 ? '' : 's'} of code: identical code is graded once)`;
    if (!queue.idle) {
      const now = queue.inFlight()[0]?.job.label;
      progressText.textContent = `Re-grading ${handedIn} handed-in exercise${handedIn === 1 ? '' : 's'}${distinct}: ${done} of ${total} done${now ? `. Now: ${now}` : ''}…`;
    } else {
      progressText.textContent = `Re-graded all ${handedIn} handed-in exercise${handedIn === 1 ? '' : 's'}${distinct}.`;
    }
    markDone();
  }, 250);
}

// ——— grading ———

let grader: Promise<GraderClient> | undefined;
let frameRunners: FrameRunners | undefined;
function loadGrader(): Promise<GraderClient> {
  grader ??= Promise.all([import('../grader/client/grader-client'), import('../grader/client/frame-runners')]).then(([{ GraderClient }, { FrameRunners }]) => {
    frameRunners = new FrameRunners({
      spares: CONCURRENCY,
      onLost: (count) =>
        setNotice(
          'lost',
          `The grading process stopped ${count === 1 ? 'once' : `${count} times`} (code that used up the memory the browser allows, most likely). This page and the results so far are not affected; the code that was running is checked again, alone, and fails if it does that again.`,
        ),
    });
    const client = new GraderClient({ runners: new ReplayedRuns(frameRunners) });
    client.warm();
    return client;
  });
  return grader;
}

function saveInFlight() {
  store?.setInFlight(queue.inFlight().map(({ job, alone }): InFlight => ({ key: job.key, alone, label: job.label })));
}

const queue = new GradingQueue(
  {
    async check(job) {
      const exercise = byId.get(job.exerciseId)!;
      try {
        return await (await loadGrader()).check(exercise, job.code, {}, job.files);
      } catch (error) {
        return notRunVerdict(`The check could not run: ${(error as Error).message}`, [], 0);
      }
    },
    starting: saveInFlight,
    graded(job, judged, verdict) {
      const grade = withMilestones(job.exerciseId, judged, verdict);
      results.set(job.key, grade);
      verdicts.set(job.key, verdict);
      suspects.delete(job.key);
      for (const i of rowsByKey.get(job.key) ?? []) renderRow(i);
      renderFooter();
      // Kept before its in-flight mark is cleared: a crash between the two loses nothing.
      void (store?.putResult(job.key, grade, verdict).catch(() => storeFailed()) ?? Promise.resolve()).then(saveInFlight);
    },
    wanted: (key) => [...(rowsByKey.get(key) ?? [])].some((i) => replacedBy[i] === null),
    changed: showProgress,
  },
  CONCURRENCY,
);

function storeFailed() {
  if (!store) return;
  store = null;
  addNotice('This browser stopped keeping the results (its storage is full or blocked): grading goes on, but a reload will start over.');
}

function jobsOf(i: number): GradingJob[] {
  const parsed = submissions[i].parsed;
  if (!parsed.ok || !reference) return [];
  const name = parsed.value.student.name;
  return codeToGrade(parsed.value, reference.assignment).map(({ exerciseId, language, code, files: handedIn }) => {
    const files = filesOf(exerciseId, language, handedIn);
    return {
      key: keys[i].get(exerciseId)!,
      exerciseId,
      language,
      code,
      ...(files ? { files } : {}),
      label: `${name}, “${titles.get(exerciseId) ?? exerciseId}” (${submissions[i].fileName})`,
    };
  });
}

function gradeSubmission(i: number) {
  if (replacedBy[i] !== null) return;
  for (const job of jobsOf(i)) {
    if (results.has(job.key)) {
      queue.knownAlready(job.key);
      continue;
    }
    if (job.language !== 'typescript') {
      // The Python track's grader is not in this view yet: the cell says so, rather than guessing.
      const grade: Grade = { solved: false, unsupported: job.language };
      results.set(job.key, grade);
      queue.knownAlready(job.key);
      continue;
    }
    queue.add(job, { alone: suspects.has(job.key) });
  }
  if (!queue.idle) void loadGrader();
}

// ——— files ———

function addSubmission(submission: Submission) {
  const i = submissions.push(submission) - 1;
  keys[i] = new Map();
  if (submission.parsed.ok) {
    for (const [exerciseId, record] of Object.entries(submission.parsed.value.exercises)) {
      if (record.code === undefined) continue;
      const key = keyOf(exerciseId, record.language, record.code, record.files);
      keys[i].set(exerciseId, key);
      if (!rowsByKey.has(key)) rowsByKey.set(key, new Set());
      rowsByKey.get(key)!.add(i);
    }
  } else {
    rejections.hidden = false;
    rejections.append(el('li', {}, `“${submission.fileName}” was rejected: ${submission.parsed.errors.join(' ')}`));
  }
  const before = replacedBy;
  replacedBy = replacements(submissions);
  const hadReference = reference !== null;
  reference ??= referenceAssignment(fromLink, submissions);
  tableWrap.hidden = false;
  actions.hidden = false;
  if (reference && !hadReference) {
    describeReference();
    renderAll();
  } else {
    renderRow(i);
    replacedBy.forEach((r, j) => r !== before[j] && j !== i && renderRow(j));
    renderFooter();
  }
  gradeSubmission(i);
  // Not "done" for a moment while work is queued: the progress line is updated later, this flag at once.
  markDone();
  showProgress();
}

function readError(fileName: string, size: number): Submission | null {
  if (size <= MAX_HAND_IN_BYTES) return null;
  return { fileName, parsed: { ok: false, errors: [`The file is too large to be a hand-in (over ${MAX_HAND_IN_BYTES / 1_000_000} MB).`] } };
}

/** Lets the page paint and take input between files. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

let generation = 0;
async function addFiles(files: File[]) {
  const mine = generation;
  for (const file of files) {
    let text: string | null = null;
    let submission = readError(file.name, file.size);
    if (!submission) {
      try {
        text = await file.text();
        submission = { fileName: file.name, parsed: readHandIn(text) };
      } catch (error) {
        submission = { fileName: file.name, parsed: { ok: false, errors: [`The file could not be read (${(error as Error).message}).`] } };
      }
    }
    if (mine !== generation) return;
    // Kept before it is graded: if grading it takes the page down, the reload still has it.
    await store?.addFiles([{ seq: nextSeq++, fileName: file.name, text, size: file.size }]).catch(() => storeFailed());
    if (mine !== generation) return;
    addSubmission(submission);
    await yieldToPage();
  }
}

/** Picks up the stored session: files parsed again, results kept, code in flight at a crash named. */
async function resume() {
  if (!store) {
    addNotice('This browser keeps nothing for this page (private browsing, or storage is blocked): a reload starts over.');
    return;
  }
  const [files, stored] = await Promise.all([store.files(), store.results()]).catch(() => [[], new Map<string, Grade>()] as const);
  for (const [key, grade] of stored) results.set(key, grade);
  const inFlight = store.inFlight();
  const culprits = inFlight.filter((f) => f.alone);
  for (const f of culprits) {
    const grade: Grade = { solved: false, stopped: true };
    results.set(f.key, grade);
    await store.putResult(f.key, grade, null).catch(() => storeFailed());
  }
  for (const f of inFlight) if (!f.alone) suspects.add(f.key);
  store?.setInFlight([]);
  if (culprits.length)
    addNotice(
      `The page stopped while grading ${culprits.map((f) => f.label).join('; ')}, checked alone: that code is not checked again by itself. Open its cell to read it, or to check it again.`,
    );
  if (suspects.size)
    addNotice(
      `The page stopped while grading ${inFlight
        .filter((f) => !f.alone)
        .map((f) => f.label)
        .join('; ')}: that code is checked again first, one at a time, so whatever stopped the page is found.`,
    );
  if (files.length)
    addNotice(
      `Picked up where you left off: ${files.length} hand-in file${files.length === 1 ? '' : 's'}, ${stored.size} result${stored.size === 1 ? '' : 's'} kept.`,
    );
  const started = performance.now();
  for (const file of files) {
    nextSeq = Math.max(nextSeq, file.seq + 1);
    addSubmission(
      readError(file.fileName, file.size) ??
        (file.text === null
          ? { fileName: file.fileName, parsed: { ok: false, errors: ['The file could not be read.'] } }
          : { fileName: file.fileName, parsed: readHandIn(file.text) }),
    );
    if (performance.now() - started > 8) await yieldToPage();
  }
}

async function startOver() {
  generation += 1;
  queue.clear();
  submissions = [];
  replacedBy = [];
  keys = [];
  rows = [];
  reference = referenceAssignment(fromLink, []);
  results.clear();
  verdicts.clear();
  rowsByKey.clear();
  suspects.clear();
  nextSeq = 0;
  notices.clear();
  notice.hidden = true;
  rejections.replaceChildren();
  rejections.hidden = true;
  progressBox.hidden = true;
  tableWrap.hidden = true;
  actions.hidden = true;
  view.clear();
  describeReference();
  renderAll();
  await store?.clear().catch(() => storeFailed());
}

// ——— a cell's code and verdict ———

async function openSubmission(cellKey: string, opener: HTMLElement) {
  const [rowIndex, exerciseId] = cellKey.split(':');
  const i = Number(rowIndex);
  const submission = submissions[i];
  const key = keys[i]?.get(exerciseId);
  if (!submission?.parsed.ok || !key) return;
  const grade = results.get(key);
  const handIn = submission.parsed.value;
  const record = handIn.exercises[exerciseId];
  const verdict =
    verdicts.get(key) ??
    (await store?.verdict(key).catch(() => undefined)) ??
    notRunVerdict(
      grade?.stopped
        ? 'The page stopped while this code was being checked, alone, so it was not checked again by itself. Check it again when you are ready: it runs in a separate process and cannot take the page down.'
        : grade?.unsupported
          ? 'This code is in Python: this page does not grade Python yet. Check it with npm test in a copy of the course.'
          : 'There is no test output for this code.',
      [],
      0,
    );
  $('[data-dialog-title]').textContent = `${handIn.student.name} — ${titles.get(exerciseId)}`;
  $('[data-dialog-claim]').textContent =
    `The file says: ${record?.state ?? 'nothing'}, after ${record?.checks ?? 0} check${record?.checks === 1 ? '' : 's'} in the student’s browser. ` +
    `File: “${submission.fileName}”.`;
  const exercise = byId.get(exerciseId);
  const others = record?.code === undefined ? undefined : filesOf(exerciseId, record.language, record.files);
  // A project shows each file under its name, the entry first, as it was graded.
  $('[data-dialog-code]').textContent = others
    ? [[exercise?.stubName ?? '', record?.code ?? ''], ...Object.entries(others)].map(([name, text]) => `// ——— ${name} ———\n${text}`).join('\n')
    : (record?.code ?? '');
  dialog.dataset.cell = cellKey;
  const { renderVerdict } = await import('../editor/results-panel');
  renderVerdict($('[data-dialog-verdict]'), verdict, others && exercise ? { milestones: exercise.milestones, entryName: exercise.stubName } : {});
  if (dialog.open) return;
  dialog.addEventListener('close', () => opener.isConnected && opener.focus(), { once: true });
  dialog.showModal();
}

function checkAgain() {
  const [rowIndex, exerciseId] = (dialog.dataset.cell ?? '').split(':');
  const i = Number(rowIndex);
  const job = jobsOf(i).find((j) => j.exerciseId === exerciseId);
  if (job?.language !== 'typescript') return;
  const grade = results.get(job.key);
  results.delete(job.key);
  verdicts.delete(job.key);
  void store?.deleteResult(job.key).catch(() => storeFailed());
  queue.add(job, { again: true, alone: Boolean(grade?.stopped || grade?.crashed) });
  dialog.close();
  for (const j of rowsByKey.get(job.key) ?? []) renderRow(j);
  renderFooter();
  void loadGrader();
}

// ——— wiring ———

fileInput.addEventListener('change', () => {
  const files = [...(fileInput.files ?? [])];
  fileInput.value = '';
  if (files.length) void addFiles(files);
});
// Files dropped anywhere on the page are hand-ins (and the browser does not navigate away to them).
document.addEventListener('dragover', (event) => {
  event.preventDefault();
  dropZone.classList.add('dragging');
});
document.addEventListener('dragleave', (event) => {
  if (!event.relatedTarget) dropZone.classList.remove('dragging');
});
document.addEventListener('drop', (event) => {
  event.preventDefault();
  dropZone.classList.remove('dragging');
  const files = [...(event.dataTransfer?.files ?? [])];
  if (files.length) void addFiles(files);
});
table.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-cell]');
  if (button) void openSubmission(button.dataset.cell!, button);
});
dialog.querySelector('[data-close]')!.addEventListener('click', () => dialog.close());
dialog.querySelector('[data-check-again]')!.addEventListener('click', checkAgain);
$('[data-export-csv]').addEventListener('click', () => {
  if (!reference) return;
  const lines = tableLines(buildClassTable(reference, titles, submissions, (id, language, code) => keyOf(id, language, code), results));
  // A byte-order mark, so spreadsheets read the file as UTF-8.
  download(`class-view-${new Date().toISOString().slice(0, 10)}.csv`, `\uFEFF${toCsv(lines)}`, 'text/csv;charset=utf-8');
});
$('[data-clear]').addEventListener('click', () => void startOver());
// Leaving normally is not a crash: nothing in flight is to blame.
addEventListener('pagehide', () => store?.setInFlight([]));

reference = referenceAssignment(fromLink, submissions);
describeReference();
renderAll();
// Start the compiler while the teacher gathers the files.
if (fromLink) void loadGrader();
void (async () => {
  store = await ClassStore.open(session);
  await resume();
  loading = false;
  showProgress();
})();
