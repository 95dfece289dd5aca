import type { CodeEditor } from './code-editor';
import type { ExerciseRef, GraderClient } from '../grader/grader-client';

/**
 * The only script a lesson page loads up front. Each exercise starts as a
 * plain textarea; CodeMirror is loaded when the learner first focuses it, and
 * the grader (compiler and runner workers) on focus, on Check, or when the
 * page is idle.
 */
let grader: Promise<GraderClient> | undefined;
function loadGrader(): Promise<GraderClient> {
  grader ??= import('../grader/grader-client').then(({ GraderClient }) => {
    const client = new GraderClient();
    client.warm();
    return client;
  });
  return grader;
}

function setUp(card: HTMLElement) {
  const exercise: ExerciseRef = {
    id: card.dataset.exercise!,
    stubName: card.dataset.stubName!,
    testUrl: card.dataset.testUrl!,
    timeoutMs: Number(card.dataset.timeoutMs),
  };
  const host = card.querySelector<HTMLElement>('.editor-host')!;
  const textarea = host.querySelector('textarea')!;
  const button = card.querySelector<HTMLButtonElement>('button.check')!;
  const results = card.querySelector<HTMLElement>('.results')!;
  let editor: CodeEditor | null = null;
  let checking = false;

  const code = () => editor?.getCode() ?? textarea.value;

  async function upgrade() {
    if (editor) return;
    const { createCodeEditor } = await import('./code-editor');
    if (editor) return;
    const hadFocus = document.activeElement === textarea;
    editor = createCodeEditor(host, {
      code: textarea.value,
      label: textarea.getAttribute('aria-label') ?? 'Code',
      selection: textarea.selectionStart,
      onCheck: check,
      onChange: () => card.dispatchEvent(new CustomEvent('code-change', { detail: code() })),
    });
    textarea.remove();
    if (hadFocus) editor.focus();
  }

  async function check() {
    if (checking) return;
    checking = true;
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    results.dataset.verdict = 'checking';
    results.textContent = 'Checking…';
    try {
      const client = await loadGrader();
      const verdict = await client.check(exercise, code());
      const { renderVerdict } = await import('./results-panel');
      renderVerdict(results, verdict);
      editor?.showDiagnostics(verdict.diagnostics);
      card.dispatchEvent(new CustomEvent('verdict', { detail: verdict }));
    } finally {
      checking = false;
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  }

  textarea.addEventListener('focus', () => {
    void upgrade();
    void loadGrader();
  }, { once: true });
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void check();
    }
  });
  button.addEventListener('click', () => void check());
}

const cards = document.querySelectorAll<HTMLElement>('section.exercise');
cards.forEach(setUp);
if (cards.length > 0) {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => void }).requestIdleCallback;
  const warmLater = () => (idle ? idle(() => void loadGrader(), { timeout: 3000 }) : setTimeout(() => void loadGrader(), 1500));
  if (document.readyState === 'complete') warmLater();
  else addEventListener('load', warmLater, { once: true });
}
