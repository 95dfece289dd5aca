import type { CodeEditor } from './code-editor';
import type { ExerciseRef, GraderClient } from '../grader/client/grader-client';
import type { PythonExerciseRef, PythonGraderClient } from '../grader/python/client/python-grader-client';
import type { Diagnostic, Verdict } from '../grader/protocol/verdict';
import { browserStore, ProgressStore, type SaveResult } from '../progress/progress-store';
import type { TrackLanguage } from '../progress/progress-types';
import { type CardTrack, cardTracks, showLanguage } from './card-tracks';
import { clearNotice, showNotice } from './card-notices';
import { afterLoad } from '../ui/after-load';
import { startCompiler } from '../grader/client/compiler-start';
import { fetchVerified } from '../grader/protocol/verified-fetch';
import { MAX_CODE_BYTES, tooLongReason } from '../grader/protocol/limits';
import type { MilestoneSpec } from '../grader/protocol/milestones';
import type { TrackRecord } from '../progress/progress-types';

/**
 * The only script a lesson page loads up front. Each exercise starts as a
 * plain textarea holding the learner's saved code (or the starting code);
 * CodeMirror loads when the learner first focuses it, the grader on focus, on
 * Check, or when the page is idle. Code is saved on every change (debounced)
 * and kept in sync with other tabs.
 */
const store = browserStore();
const SAVE_DELAY_MS = 300;
/** A check still running after this long shows "Checking…" and disables its button. */
const BUSY_DELAY_MS = 150;

/** The page's exercises and their code as it stands, for the grader to warm up with. */
const onThisPage: { exercise: ExerciseRef; code: () => string; files: () => Record<string, string> | undefined }[] = [];
/** The page's Python exercises, for the Python grader to fetch their tests ahead. */
const pythonOnThisPage: PythonExerciseRef[] = [];
/** The language the learner chose for the exercises; every card shows it where it has that track. */
let chosen: TrackLanguage = store.language();

let grader: Promise<GraderClient> | undefined;
/**
 * The module that shows verdicts, once loaded. Kept, not imported again per
 * verdict: even an import of a module already loaded can wait for a task of
 * its own (up to 9 ms of a warm check, measured on the benchmark's machine).
 */
let resultsPanel: typeof import('./results-panel') | undefined;
/**
 * The compiler worker starts at once, while the grader's module loads; the
 * grader warms it up as soon as it is here. The panel that shows verdicts
 * loads alongside, so a first verdict waits for neither.
 */
function loadGrader(): Promise<GraderClient> {
  if (!grader) {
    startCompiler();
    const panel = import('./results-panel').then((module) => (resultsPanel = module));
    grader = import('../grader/client/grader-client').then(({ pageGraderClient }) => {
      const client = pageGraderClient();
      client.warm(onThisPage.map(({ exercise, code, files }) => ({ exercise, code: code(), files: files() })));
      return panel.then(() => client);
    });
  }
  return grader;
}

let pythonGrader: Promise<PythonGraderClient> | undefined;
/**
 * Python (Pyodide, about 13 MB) loads only for a learner who chose it: when
 * they pick Python, or on idle on a page they open with Python chosen.
 */
function loadPythonGrader(): Promise<PythonGraderClient> {
  if (!pythonGrader) {
    const panel = import('./results-panel').then((module) => (resultsPanel = module));
    pythonGrader = import('../grader/python/client/python-grader-client').then(({ pagePythonGrader }) => {
      const client = pagePythonGrader();
      client.warm(pythonOnThisPage);
      return panel.then(() => client);
    });
  }
  return pythonGrader;
}

/** Checks `code` with the grader of its language; a project's other files (`files`, by name) are checked with it. */
async function grade(track: CardTrack, code: string, files?: Record<string, string>): Promise<Verdict> {
  if (track.ref.language === 'python') return (await loadPythonGrader()).check(track.ref.exercise, code, {}, files);
  return (await loadGrader()).check(track.ref.exercise, code, {}, files);
}

function setUp(card: HTMLElement) {
  const id = card.dataset.exercise!;
  const tracks = cardTracks(card);
  const exercise = (tracks.typescript!.ref as { exercise: ExerciseRef }).exercise;
  /** The track shown: the chosen language where the card has it. */
  let language: TrackLanguage = tracks[chosen] ? chosen : 'typescript';
  const track = () => tracks[language]!;
  const host = card.querySelector<HTMLElement>('.editor-host')!;
  const textarea = host.querySelector('textarea')!;
  const notices = card.querySelector<HTMLElement>('.notices')!;
  const results = card.querySelector<HTMLElement>('.results')!;
  const checkButton = card.querySelector<HTMLButtonElement>('button.check')!;
  const hintButton = card.querySelector<HTMLButtonElement>('button.show-hint')!;
  const compareButton = card.querySelector<HTMLButtonElement>('button.compare')!;
  const resetButton = card.querySelector<HTMLButtonElement>('button.reset')!;
  const nextLink = card.querySelector<HTMLAnchorElement>('a.next-exercise');
  const badge = card.querySelector<HTMLElement>('.state-badge')!;
  const keysHint = card.querySelector<HTMLElement>('.editor-keys');
  const comparison = card.querySelector<HTMLElement>('.comparison')!;
  let editor: CodeEditor | null = null;
  let checking = false;
  /** Whether the last check on this page passed; null before the first. */
  let lastCheckSolved: boolean | null = null;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * A project's files, entry first: tabs above the one editor, which shows
   * the selected file (`activeFile`); the others' code waits in `otherCode`.
   * Each file is saved on its own, and Check sends them all. A one-file
   * exercise has one file, the entry, and no tabs. Each track has its own
   * files and tabs (`analyser.ts`…, `analyser.py`…): those of the track shown.
   */
  const projectFiles = () => track().files;
  const isProject = () => projectFiles().length > 1;
  const entryName = () => projectFiles()[0];
  const tabs = () => track().tabs;
  const milestones = card.dataset.milestones ? (JSON.parse(card.dataset.milestones) as MilestoneSpec[]) : undefined;
  const fileStubs = new Map(
    [...card.querySelectorAll<HTMLTemplateElement>('template.file-starting-code')].map((t) => [t.dataset.file!, t.content.textContent ?? '']),
  );
  let activeFile = entryName();
  const otherCode = new Map<string, string>();
  /** The last check's compiler messages, for the editor to show those of the file it shows. */
  let lastDiagnostics: Diagnostic[] = [];
  const startingCodeOf = (name: string) => (name === entryName() ? track().stub : (fileStubs.get(name) ?? ''));

  /** The shown file's code (the one file of a one-file exercise). */
  const code = () => editor?.getCode() ?? textarea.value;
  const fileCode = (name: string) => (name === activeFile ? code() : (otherCode.get(name) ?? ''));
  const entryCode = () => fileCode(entryName());
  /** A project's other files as they stand, by name (undefined for a one-file exercise). */
  const projectOthers = () =>
    isProject()
      ? Object.fromEntries(
          projectFiles()
            .slice(1)
            .map((name) => [name, fileCode(name)]),
        )
      : undefined;
  /** A compiler message belongs to a file: a project's other file by its `module`, else the entry. */
  const inFile = (d: Diagnostic, name: string) => d.file !== 'code' || (d.module ?? entryName()) === name;
  onThisPage.push({ exercise, code: entryCode, files: projectOthers });
  if (tracks.python) pythonOnThisPage.push((tracks.python.ref as { exercise: PythonExerciseRef }).exercise);
  const setCode = (text: string) => (editor ? editor.setCode(text) : (textarea.value = text));

  function reportSave(result: SaveResult) {
    if (result.ok) clearNotice(notices, 'storage');
    else showNotice(notices, 'storage', result.message);
  }
  function saveNow() {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    const text = code();
    // Writing megabytes to localStorage blocks the page for a second a time; code that long
    // cannot be checked either (the checker takes 200 KB), so it stays in the editor only, and the card says so.
    if (tooLongReason(text)) {
      showNotice(notices, 'storage', `Your code is over ${MAX_CODE_BYTES / 1000} KB, so it is not saved: it stays in the editor until you shorten it.`);
      return;
    }
    reportSave(
      isProject()
        ? store.saveProjectFile(id, entryName(), activeFile, text, track().stubFingerprint, language)
        : store.saveCode(id, text, track().stubFingerprint, language),
    );
  }
  function scheduleSave() {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveNow, SAVE_DELAY_MS);
  }

  function render() {
    const record = store.getTrack(id, language);
    const { hints } = track();
    // Solved stays earned (the course map counts it), but the badge never
    // contradicts the verdict beside it: code that passed once and fails now says so.
    const regressed = record.state === 'solved' && lastCheckSolved === false;
    badge.dataset.state = regressed ? 'regressed' : record.state;
    badge.textContent = regressed ? 'Solved before; this code fails' : record.state === 'solved' ? 'Solved' : record.state === 'attempted' ? 'Attempted' : '';
    hints.forEach((hint, index) => (hint.hidden = index >= record.hintsShown));
    const shown = Math.min(record.hintsShown, hints.length);
    hintButton.hidden = shown >= hints.length;
    hintButton.disabled = shown >= hints.length;
    hintButton.dataset.count = String(hints.length);
    hintButton.textContent = `Show a hint (${Math.min(shown + 1, hints.length)} of ${hints.length})`;
    const canCompare = record.checks > 0;
    compareButton.setAttribute('aria-disabled', String(!canCompare));
    compareButton.title = canCompare ? '' : 'Check your code at least once first';
    if (nextLink) nextLink.hidden = record.state !== 'solved';
  }

  /** The learner's code in the shown language (it wins over the starting code, always), and a notice if the course changed it. */
  function restore() {
    const { stub, stubFingerprint } = track();
    const saved = store.getTrack(id, language);
    clearNotice(notices, 'updated');
    clearNotice(notices, 'new-stub');
    if (isProject()) takeProjectCode(saved);
    else setCode(saved.code ?? stub);
    if (saved.code !== undefined && saved.stubFingerprint && saved.stubFingerprint !== stubFingerprint) {
      // Seen once is enough: acknowledging records the new starting code as the one the learner knows.
      const shownLanguage = language;
      const acknowledge = () => store.updateTrack(id, shownLanguage, (r) => ({ ...r, stubFingerprint }));
      showNotice(
        notices,
        'updated',
        'The course was updated and this exercise’s starting code changed. Your code is kept as it was.',
        { label: 'View new starting code', run: () => (acknowledge(), showNotice(notices, 'new-stub', `New starting code:\n${stub}`)) },
        acknowledge,
      );
    }
  }
  /** A project's saved files (or their starting code) into the editor and `otherCode`. */
  function takeProjectCode(saved: TrackRecord) {
    for (const name of projectFiles()) {
      const text = (name === entryName() ? saved.code : saved.files?.[name]) ?? startingCodeOf(name);
      if (name !== activeFile) otherCode.set(name, text);
      else if (text !== code()) setCode(text);
    }
  }

  /** Shows a project's file in the editor: its tab selected, its code, its compiler messages. */
  function selectFile(name: string, focusTab = false) {
    const tab = tabs().find((t) => t.dataset.file === name);
    if (!tab) return;
    if (name !== activeFile) {
      if (saveTimer !== undefined) saveNow();
      otherCode.set(activeFile, code());
      activeFile = name;
      const text = otherCode.get(name) ?? startingCodeOf(name);
      otherCode.delete(name);
      // Showing another file is not an edit of it.
      if (editor) editor.showFile(name, text);
      else textarea.value = text;
      host.setAttribute('aria-labelledby', tab.id);
      if (track().currentFileLabel) track().currentFileLabel!.textContent = name;
      editor?.showDiagnostics(lastDiagnostics.filter((d) => inFile(d, name)));
    }
    for (const t of tabs()) {
      const selected = t === tab;
      t.setAttribute('aria-selected', String(selected));
      t.tabIndex = selected ? 0 : -1;
    }
    if (focusTab) tab.focus();
  }
  for (const trackTabs of Object.values(tracks).map((t) => t.tabs)) {
    for (const [index, tab] of trackTabs.entries()) {
      tab.addEventListener('click', () => selectFile(tab.dataset.file!));
      tab.addEventListener('keydown', (event) => {
        const to = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: trackTabs.length - 1 }[event.key];
        if (to === undefined) return;
        event.preventDefault();
        selectFile(trackTabs[(to + trackTabs.length) % trackTabs.length].dataset.file!, true);
      });
    }
  }
  /** After a switch of track: its entry file shown, its first tab selected, its panel labelled by it. */
  function showEntryOfTrack() {
    otherCode.clear();
    activeFile = entryName();
    const text = startingCodeOf(activeFile);
    if (editor) editor.showFile(activeFile, text);
    else textarea.value = text;
    const [first] = tabs();
    if (first) host.setAttribute('aria-labelledby', first.id);
    for (const t of tabs()) {
      t.setAttribute('aria-selected', String(t === first));
      t.tabIndex = t === first ? 0 : -1;
    }
    if (track().currentFileLabel) track().currentFileLabel!.textContent = activeFile;
  }

  store.get(id);
  if (store.corrupt.has(id))
    showNotice(notices, 'corrupt', 'Saved data for this exercise was unreadable and has been ignored; you start from the starting code.');
  restore();
  render();

  /** Shows the other language's track: its code, task, hints and verdicts. */
  function switchTo(next: TrackLanguage) {
    const target = tracks[next] ? next : 'typescript';
    if (target === language) return;
    if (saveTimer !== undefined) saveNow();
    language = target;
    showEntryOfTrack();
    restore();
    // Showing the other track's code is not an edit of it.
    clearTimeout(saveTimer);
    saveTimer = undefined;
    editor?.setLanguage(language);
    editor?.showDiagnostics([]);
    results.replaceChildren();
    delete results.dataset.verdict;
    comparison.hidden = true;
    lastCheckSolved = null;
    render();
  }
  document.addEventListener('course-language', () => switchTo(chosen));

  async function upgrade() {
    if (editor) return;
    const { createCodeEditor } = await import('./code-editor');
    if (editor) return;
    const hadFocus = document.activeElement === textarea;
    editor = createCodeEditor(host, {
      code: textarea.value,
      language,
      label: textarea.getAttribute('aria-label') ?? 'Code',
      describedBy: keysHint?.id,
      selection: textarea.selectionStart,
      // The editor's help comes from the page's one compiler worker; a check goes first there.
      help: (text, query) => loadGrader().then((client) => (isProject() ? projectHelp(client, text, query) : client.help(exercise, text, query))),
      fileKey: activeFile,
      onCheck: () => void check(),
      onChange: scheduleSave,
    });
    textarea.remove();
    if (hadFocus) editor.focus();
  }

  /** The editor's help in a project: about the shown file, with every file in place; its messages, those of the shown file. */
  async function projectHelp(client: GraderClient, text: string, query: Parameters<GraderClient['help']>[2]) {
    const asked = activeFile;
    const all = { ...Object.fromEntries(otherCode), [asked]: text };
    const { [entryName()]: entry, ...files } = all;
    const answer = await client.help(exercise, entry ?? '', query, { files, active: asked });
    return answer.what === 'diagnostics' ? { ...answer, diagnostics: answer.diagnostics.filter((d) => inFile(d, asked)) } : answer;
  }

  /** A compiler message's button: its place in the code (in a project, in its file's tab), selected. */
  async function jumpTo(d: Diagnostic) {
    if (isProject() && d.file === 'code') selectFile(d.module ?? entryName());
    await upgrade();
    editor?.select(d.from, d.to);
  }

  async function check() {
    if (checking) return;
    checking = true;
    saveNow();
    checkButton.setAttribute('aria-busy', 'true');
    results.dataset.verdict = 'checking';
    // Shown only for a check that takes a while: a warm check is done before
    // this fires, and changing the page at the click (a focused button
    // disabled, text replaced) delays the compiler's answer by a frame.
    const showBusy = setTimeout(() => {
      checkButton.disabled = true;
      results.textContent = 'Checking…';
    }, BUSY_DELAY_MS);
    try {
      const checked = language;
      const verdict: Verdict = await grade(track(), entryCode(), projectOthers());
      if (checked !== language) return; // the learner switched language meanwhile: this verdict is the other track's
      const { renderVerdict } = resultsPanel ?? (await import('./results-panel'));
      renderVerdict(results, verdict, { onJump: (d) => void jumpTo(d), language, ...(isProject() ? { entryName: entryName(), milestones } : {}) });
      lastDiagnostics = verdict.diagnostics;
      editor?.showDiagnostics(verdict.diagnostics.filter((d) => inFile(d, activeFile)));
      lastCheckSolved = verdict.solved;
      reportSave(store.recordCheck(id, verdict.solved, language));
      clearNotice(notices, 'compare');
      render();
      card.dispatchEvent(new CustomEvent('verdict', { detail: verdict, bubbles: true }));
    } finally {
      clearTimeout(showBusy);
      checking = false;
      checkButton.disabled = false;
      checkButton.removeAttribute('aria-busy');
    }
  }

  textarea.addEventListener(
    'focus',
    () => {
      void upgrade();
      void (language === 'python' ? loadPythonGrader() : loadGrader());
    },
    { once: true },
  );
  textarea.addEventListener('input', scheduleSave);
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void check();
    }
  });
  checkButton.addEventListener('click', () => void check());
  hintButton.addEventListener('click', () => {
    const { hints } = track();
    reportSave(store.updateTrack(id, language, (r) => ({ ...r, hintsShown: Math.min(r.hintsShown + 1, hints.length) })));
    render();
    const shown = Math.min(store.getTrack(id, language).hintsShown, hints.length);
    hints[shown - 1]?.setAttribute('tabindex', '-1');
    hints[shown - 1]?.focus();
  });
  compareButton.addEventListener('click', async () => {
    if (store.getTrack(id, language).checks === 0) {
      showNotice(notices, 'compare', 'Check your own code at least once before comparing it with the solution.');
      return;
    }
    let source: string;
    try {
      const solution = await fetchVerified<{ source: string; files?: Record<string, string> }>(track().solutionUrl, track().solutionHash);
      // A project's comparison is of the file shown.
      source = activeFile === entryName() ? solution.source : (solution.files?.[activeFile] ?? '');
    } catch (error) {
      showNotice(notices, 'compare', `The solution could not be loaded (${(error as Error).message}). Check your connection and press Compare again.`);
      return;
    }
    clearNotice(notices, 'compare');
    const { showComparison } = await import('./solution-compare');
    showComparison(comparison, code(), source);
    // The comparison opens below the results: take the learner there.
    comparison.scrollIntoView({ block: 'start' });
    comparison.querySelector<HTMLElement>('h3')?.focus({ preventScroll: true });
  });
  resetButton.addEventListener('click', () => {
    const file = activeFile;
    const what = isProject() ? `your ${file} with its starting code (the other files stay as they are)` : 'your code with the starting code';
    if (!confirm(`Replace ${what}? You can undo this right after.`)) return;
    const previous = code();
    setCode(startingCodeOf(file));
    saveNow();
    showNotice(notices, 'reset', isProject() ? `${file} was reset to its starting code.` : 'Your code was reset to the starting code.', {
      label: 'Undo',
      run: () => {
        selectFile(file);
        setCode(previous);
        saveNow();
      },
    });
  });

  // Another tab saved this exercise: take its code unless this tab has unsaved typing.
  ProgressStore.onOtherTabChange((changed) => {
    if (changed !== id) return;
    const record = store.getTrack(id, language);
    if (isProject() && saveTimer === undefined) takeProjectCode(record);
    else if (saveTimer === undefined && record.code !== undefined && record.code !== code()) setCode(record.code);
    render();
  });
  addEventListener('pagehide', () => saveTimer !== undefined && saveNow());
}

/** The learner picked a language on a card: every card (and lesson sample) of the page follows, and it is remembered. */
document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest?.<HTMLButtonElement>('.language-choice [data-choose]');
  if (!button) return;
  chosen = button.dataset.choose === 'python' ? 'python' : 'typescript';
  store.setLanguage(chosen);
  showLanguage(chosen);
  document.dispatchEvent(new Event('course-language'));
  if (chosen === 'python') void loadPythonGrader();
});

const cards = document.querySelectorAll<HTMLElement>('section.exercise');
showLanguage(chosen);
cards.forEach(setUp);
// Warm the grader of the language the page's cards show, once the page is idle.
const pythonShown = chosen === 'python' && pythonOnThisPage.length > 0;
if (cards.length > 0) afterLoad(() => void (pythonShown ? loadPythonGrader() : loadGrader()));
