import type { ExerciseRef, GraderClient } from '../grader/client/grader-client';
import type { Verdict } from '../grader/protocol/verdict';
import { codeFromFragment, decodeAssignment, type Assignment } from './assignment';
import { buildClassTable, codeToGrade, referenceAssignment, tableLines, type ClassTable, type ReferenceAssignment, type Submission } from './class-table';
import { toCsv } from './csv';
import { download, el, say } from '../ui/dom';
import { formatDay } from './due-date';
import { readExerciseIndex } from './exercise-index';
import { MAX_HAND_IN_BYTES, parseHandIn } from './hand-in-format';

/**
 * The class view (/teach/class/, ideally with the teacher's `#a=…`): reads
 * dropped hand-in files one by one, re-grades every handed-in exercise with
 * the course's grader, one check at a time so the page stays responsive, and
 * shows the class table. A bad file is rejected on its own row; the rest go on.
 */
const index = readExerciseIndex();
const byId = new Map(index.map((e) => [e.id, e]));
const known = new Set(byId.keys());
const titles = new Map(index.map((e) => [e.id, e.title]));

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const referenceNote = $('[data-reference]');
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

let fromLink: Assignment | null = null;
let linkProblem: string[] = [];
if (codeFromFragment(location.hash) !== null) {
  const decoded = decodeAssignment(codeFromFragment(location.hash), known);
  if (decoded.ok) fromLink = decoded.value;
  else linkProblem = decoded.errors;
}

let submissions: Submission[] = [];
let reference: ReferenceAssignment | null = null;
const verdicts = new Map<string, Verdict>();
const queue: { generation: number; submission: number; exerciseId: string; code: string }[] = [];
let generation = 0;
let inFlight: (typeof queue)[number] | null = null;
let graded = 0;
let queued = 0;
let current: ClassTable | null = null;

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

const key = (submission: number, exerciseId: string) => `${submission}:${exerciseId}`;

function render() {
  const shown = reference ?? { assignment: { title: '', exercises: [] }, from: 'hand-in' as const };
  current = buildClassTable(shown, titles, submissions);
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.cell : undefined;

  const headRow = el('tr');
  current.header.forEach((text) => headRow.append(el('th', { scope: 'col' }, text)));
  table.tHead!.replaceChildren(headRow);

  table.tBodies[0].replaceChildren(
    ...current.rows.map((row) => {
      const tr = el('tr', row.rejected ? { class: 'rejected' } : {});
      row.fields.forEach((text, column) => {
        if (column === 0) return tr.append(el('th', { scope: 'row' }, text));
        const cell = column >= 4 ? row.cells[column - 4] : undefined;
        const td = el('td', cell ? { 'data-status': cell.status } : column === 3 && row.rejected ? { 'data-status': 'rejected' } : {});
        if (cell && (cell.status === 'solved' || cell.status === 'failing' || cell.status === 'unchecked')) {
          const id = key(row.index, cell.exerciseId);
          td.append(el('button', { type: 'button', class: 'cell-button', 'data-cell': id }, text));
        } else {
          td.textContent = text;
        }
        tr.append(td);
      });
      return tr;
    }),
  );
  const footRow = el('tr');
  current.footer.forEach((text, column) => footRow.append(column === 0 ? el('th', { scope: 'row' }, text) : el('td', {}, text)));
  table.tFoot!.replaceChildren(footRow);
  $('[data-caption]').textContent = reference ? `Hand-ins for “${reference.assignment.title}”` : 'Hand-ins';

  tableWrap.hidden = submissions.length === 0;
  actions.hidden = submissions.length === 0;
  tableWrap.dataset.done = String(current.done && queue.length === 0 && inFlight === null);
  if (focused) document.querySelector<HTMLElement>(`[data-cell="${focused}"]`)?.focus();
}

function showProgress() {
  progressBox.hidden = queued === 0;
  progressBar.max = Math.max(queued, 1);
  progressBar.value = graded;
  if (graded < queued) {
    const job = inFlight ?? queue[0];
    const next = job && submissions[job.submission]?.parsed;
    const who = next?.ok ? `${next.value.student.name}, ${titles.get(job.exerciseId)}` : '';
    progressText.textContent = `Re-grading ${graded + 1} of ${queued}${who ? `: ${who}` : ''}…`;
  } else {
    progressText.textContent = `Re-graded all ${queued} handed-in exercise${queued === 1 ? '' : 's'}.`;
  }
}

let grader: Promise<GraderClient> | undefined;
function loadGrader(): Promise<GraderClient> {
  grader ??= import('../grader/client/grader-client').then(({ GraderClient }) => {
    const client = new GraderClient();
    client.warm();
    return client;
  });
  return grader;
}

/** The grader did not get to judge the code: the compiler failed to answer, or the runner crashed. */
function graderFailed(verdict: Verdict): boolean {
  const { outcome } = verdict;
  return outcome.kind === 'crashed' || (outcome.kind === 'not-run' && !verdict.diagnostics.some((d) => d.kind === 'syntax'));
}

async function check(client: GraderClient, exercise: ExerciseRef, code: string): Promise<Verdict> {
  try {
    return await client.check(exercise, code);
  } catch (error) {
    const reason = `The check could not run: ${(error as Error).message}`;
    return { diagnostics: [], tests: [], console: [], outcome: { kind: 'not-run', reason }, solved: false, durationMs: 0 };
  }
}

let running = false;
/** Grades the queue one check at a time; each result updates the table at once. */
async function pump() {
  if (running) return;
  running = true;
  try {
    const client = await loadGrader();
    while (queue.length > 0) {
      const job = queue.shift()!;
      inFlight = job;
      showProgress();
      const exercise = byId.get(job.exerciseId)!;
      let verdict = await check(client, exercise, job.code);
      // A timeout or a grader that could not run may be a busy machine rather than the code: check once more.
      if ((verdict.outcome.kind === 'timeout' || graderFailed(verdict)) && job.generation === generation) verdict = await check(client, exercise, job.code);
      inFlight = null;
      if (job.generation !== generation) continue;
      verdicts.set(key(job.submission, job.exerciseId), verdict);
      submissions[job.submission].grades[job.exerciseId] = {
        solved: verdict.solved,
        timedOut: verdict.outcome.kind === 'timeout',
        unchecked: graderFailed(verdict),
      };
      graded += 1;
      render();
      // Let the page paint and answer input between checks.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  } finally {
    running = false;
    inFlight = null;
    showProgress();
    render();
  }
}

async function readFile(file: File): Promise<Submission> {
  if (file.size > MAX_HAND_IN_BYTES)
    return {
      fileName: file.name,
      parsed: { ok: false, errors: [`The file is too large to be a hand-in (over ${MAX_HAND_IN_BYTES / 1_000_000} MB).`] },
      grades: {},
    };
  try {
    return { fileName: file.name, parsed: parseHandIn(await file.text(), known), grades: {} };
  } catch (error) {
    return { fileName: file.name, parsed: { ok: false, errors: [`The file could not be read (${(error as Error).message}).`] }, grades: {} };
  }
}

async function addFiles(files: File[]) {
  const mine = generation;
  for (const file of files) {
    const submission = await readFile(file);
    if (mine !== generation) return;
    const position = submissions.push(submission) - 1;
    reference ??= referenceAssignment(fromLink, submissions);
    if (submission.parsed.ok && reference) {
      const jobs = codeToGrade(submission.parsed.value, reference.assignment);
      for (const job of jobs) queue.push({ generation, submission: position, ...job });
      queued += jobs.length;
    } else if (!submission.parsed.ok) {
      rejections.hidden = false;
      rejections.append(el('li', {}, `“${submission.fileName}” was rejected: ${submission.parsed.errors.join(' ')}`));
    }
    describeReference();
    render();
  }
  showProgress();
  void pump();
}

function startOver() {
  generation += 1;
  submissions = [];
  reference = null;
  verdicts.clear();
  queue.length = 0;
  graded = 0;
  queued = 0;
  rejections.replaceChildren();
  rejections.hidden = true;
  progressBox.hidden = true;
  describeReference();
  render();
}

function openSubmission(cellKey: string, opener: HTMLElement) {
  const [submissionIndex, exerciseId] = cellKey.split(':');
  const submission = submissions[Number(submissionIndex)];
  const verdict = verdicts.get(cellKey);
  if (!submission?.parsed.ok || !verdict) return;
  const handIn = submission.parsed.value;
  const record = handIn.exercises[exerciseId];
  $('[data-dialog-title]').textContent = `${handIn.student.name} — ${titles.get(exerciseId)}`;
  $('[data-dialog-claim]').textContent =
    `The file says: ${record?.state ?? 'nothing'}, after ${record?.checks ?? 0} check${record?.checks === 1 ? '' : 's'} in the student’s browser. ` +
    `File: “${submission.fileName}”.`;
  $('[data-dialog-code]').textContent = record?.code ?? '';
  dialog.dataset.cell = cellKey;
  const panel = $('[data-dialog-verdict]');
  void import('../editor/results-panel').then(({ renderVerdict }) => {
    renderVerdict(panel, verdict);
    dialog.addEventListener('close', () => opener.isConnected && opener.focus(), { once: true });
    dialog.showModal();
  });
}

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
  if (button) openSubmission(button.dataset.cell!, button);
});
dialog.querySelector('[data-close]')!.addEventListener('click', () => dialog.close());
dialog.querySelector('[data-check-again]')!.addEventListener('click', () => {
  const [submissionIndex, exerciseId] = (dialog.dataset.cell ?? '').split(':');
  const submission = submissions[Number(submissionIndex)];
  const code = submission?.parsed.ok ? submission.parsed.value.exercises[exerciseId]?.code : undefined;
  if (code === undefined) return;
  delete submission.grades[exerciseId];
  verdicts.delete(dialog.dataset.cell!);
  queue.push({ generation, submission: Number(submissionIndex), exerciseId, code });
  queued += 1;
  dialog.close();
  render();
  void pump();
});
$('[data-export-csv]').addEventListener('click', () => {
  if (!current) return;
  // A byte-order mark, so spreadsheets read the file as UTF-8.
  download(`class-view-${new Date().toISOString().slice(0, 10)}.csv`, `\uFEFF${toCsv(tableLines(current))}`, 'text/csv;charset=utf-8');
});
$('[data-clear]').addEventListener('click', startOver);

reference = referenceAssignment(fromLink, submissions);
describeReference();
render();
// Start the compiler while the teacher gathers the files.
if (fromLink) void loadGrader();
