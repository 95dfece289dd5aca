import type { CodeEditor } from './code-editor';
import type { ExerciseRef, GraderClient } from '../grader/client/grader-client';
import type { Verdict } from '../grader/protocol/verdict';
import { browserStore, ProgressStore, type SaveResult } from '../progress/progress-store';
import { clearNotice, showNotice } from './card-notices';
import { afterLoad } from '../ui/after-load';
import { startCompiler } from '../grader/client/compiler-start';
import { fetchVerified } from '../grader/protocol/verified-fetch';
import { MAX_CODE_BYTES, tooLongReason } from '../grader/protocol/limits';

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
const onThisPage: { exercise: ExerciseRef; code: () => string }[] = [];

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
      client.warm(onThisPage.map(({ exercise, code }) => ({ exercise, code: code() })));
      return panel.then(() => client);
    });
  }
  return grader;
}

function setUp(card: HTMLElement) {
  const id = card.dataset.exercise!;
  const exercise: ExerciseRef = {
    id,
    stubName: card.dataset.stubName!,
    testUrl: card.dataset.testUrl!,
    testHash: card.dataset.testHash!,
    timeoutMs: Number(card.dataset.timeoutMs),
  };
  const stub = card.querySelector<HTMLTemplateElement>('template.starting-code')!.content.textContent ?? '';
  const stubFingerprint = card.dataset.stubFingerprint!;
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
  const hints = [...card.querySelectorAll<HTMLElement>('[data-hint]')];
  let editor: CodeEditor | null = null;
  let checking = false;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;

  const code = () => editor?.getCode() ?? textarea.value;
  onThisPage.push({ exercise, code });
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
    reportSave(store.saveCode(id, text, stubFingerprint));
  }
  function scheduleSave() {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveNow, SAVE_DELAY_MS);
  }

  function render() {
    const record = store.get(id);
    badge.dataset.state = record.state;
    badge.textContent = record.state === 'solved' ? 'Solved' : record.state === 'attempted' ? 'Attempted' : '';
    hints.forEach((hint, index) => (hint.hidden = index >= record.hintsShown));
    const shown = Math.min(record.hintsShown, hints.length);
    hintButton.hidden = shown >= hints.length;
    hintButton.textContent = `Show a hint (${shown + 1} of ${hints.length})`;
    const canCompare = record.checks > 0;
    compareButton.setAttribute('aria-disabled', String(!canCompare));
    compareButton.title = canCompare ? '' : 'Check your code at least once first';
    if (nextLink) nextLink.hidden = record.state !== 'solved';
  }

  // Restore: the learner's code wins over the starting code, always.
  const saved = store.get(id);
  if (store.corrupt.has(id))
    showNotice(notices, 'corrupt', 'Saved data for this exercise was unreadable and has been ignored; you start from the starting code.');
  if (saved.code !== undefined) {
    textarea.value = saved.code;
    if (saved.stubFingerprint && saved.stubFingerprint !== stubFingerprint) {
      // Seen once is enough: acknowledging records the new starting code as the one the learner knows.
      const acknowledge = () => store.update(id, (r) => ({ ...r, stubFingerprint }));
      showNotice(
        notices,
        'updated',
        'The course was updated and this exercise’s starting code changed. Your code is kept as it was.',
        { label: 'View new starting code', run: () => (acknowledge(), showNotice(notices, 'new-stub', `New starting code:\n${stub}`)) },
        acknowledge,
      );
    }
  }
  render();

  async function upgrade() {
    if (editor) return;
    const { createCodeEditor } = await import('./code-editor');
    if (editor) return;
    const hadFocus = document.activeElement === textarea;
    editor = createCodeEditor(host, {
      code: textarea.value,
      label: textarea.getAttribute('aria-label') ?? 'Code',
      selection: textarea.selectionStart,
      onCheck: () => void check(),
      onChange: scheduleSave,
    });
    textarea.remove();
    if (hadFocus) editor.focus();
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
      const client = await loadGrader();
      const verdict: Verdict = await client.check(exercise, code());
      const { renderVerdict } = resultsPanel ?? (await import('./results-panel'));
      renderVerdict(results, verdict);
      editor?.showDiagnostics(verdict.diagnostics);
      reportSave(store.recordCheck(id, verdict.solved));
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
      void loadGrader();
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
    reportSave(store.update(id, (r) => ({ ...r, hintsShown: Math.min(r.hintsShown + 1, hints.length) })));
    render();
    hints[Math.min(store.get(id).hintsShown, hints.length) - 1]?.setAttribute('tabindex', '-1');
    hints[Math.min(store.get(id).hintsShown, hints.length) - 1]?.focus();
  });
  compareButton.addEventListener('click', async () => {
    if (store.get(id).checks === 0) {
      showNotice(notices, 'compare', 'Check your own code at least once before comparing it with the solution.');
      return;
    }
    const { source } = await fetchVerified<{ source: string }>(card.dataset.solutionUrl!, card.dataset.solutionHash!);
    const { showComparison } = await import('./solution-compare');
    showComparison(card.querySelector<HTMLElement>('.comparison')!, code(), source);
  });
  resetButton.addEventListener('click', () => {
    if (!confirm('Replace your code with the starting code? You can undo this right after.')) return;
    const previous = code();
    setCode(stub);
    saveNow();
    showNotice(notices, 'reset', 'Your code was reset to the starting code.', {
      label: 'Undo',
      run: () => {
        setCode(previous);
        saveNow();
      },
    });
  });

  // Another tab saved this exercise: take its code unless this tab has unsaved typing.
  ProgressStore.onOtherTabChange((changed) => {
    if (changed !== id) return;
    const record = store.get(id);
    if (saveTimer === undefined && record.code !== undefined && record.code !== code()) setCode(record.code);
    render();
  });
  addEventListener('pagehide', () => saveTimer !== undefined && saveNow());
}

const cards = document.querySelectorAll<HTMLElement>('section.exercise');
cards.forEach(setUp);
if (cards.length > 0) afterLoad(() => void loadGrader());
