import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic as LintDiagnostic } from '@codemirror/lint';
import { editorHighlight } from '../ui/editor-highlight';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import type { Diagnostic } from '../grader/protocol/verdict';

export type EditorLanguage = 'typescript' | 'python';

export interface CodeEditor {
  getCode(): string;
  setCode(code: string): void;
  /** Highlights and indents as the exercise's language does (Python's support loads when first asked for). */
  setLanguage(language: EditorLanguage): void;
  showDiagnostics(diagnostics: Diagnostic[]): void;
  focus(): void;
}

/**
 * CodeMirror 6 for one exercise, loaded the first time a learner focuses the
 * code. Tab indents; Escape then Tab leaves the editor (CodeMirror's rule),
 * so keyboard users are never trapped.
 */
export function createCodeEditor(
  parent: HTMLElement,
  options: { code: string; label: string; language?: EditorLanguage; selection?: number; onCheck(): void; onChange(code: string): void },
): CodeEditor {
  const languageSupport = new Compartment();
  let wanted: EditorLanguage = options.language ?? 'typescript';
  const support = (language: EditorLanguage): Extension | Promise<Extension> =>
    language === 'python' ? import('@codemirror/lang-python').then(({ python }) => python()) : javascript({ typescript: true });
  const setLanguage = async (language: EditorLanguage) => {
    wanted = language;
    const extension = await support(language);
    if (wanted === language) view.dispatch({ effects: languageSupport.reconfigure(extension) });
  };
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.code,
      selection: options.selection !== undefined ? { anchor: Math.min(options.selection, options.code.length) } : undefined,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        highlightActiveLine(),
        editorHighlight,
        languageSupport.of(wanted === 'typescript' ? javascript({ typescript: true }) : []),
        lintGutter(),
        keymap.of([{ key: 'Mod-Enter', run: () => (options.onCheck(), true) }, indentWithTab, ...defaultKeymap, ...historyKeymap]),
        EditorView.contentAttributes.of({ 'aria-label': options.label }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });

  if (wanted !== 'typescript') void setLanguage(wanted);

  return {
    getCode: () => view.state.doc.toString(),
    setLanguage: (language) => void setLanguage(language),
    setCode(code) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } });
    },
    showDiagnostics(diagnostics) {
      const length = view.state.doc.length;
      const marks: LintDiagnostic[] = diagnostics
        .filter((d) => d.file === 'code')
        .map((d) => ({
          from: Math.min(d.from, length),
          to: Math.min(Math.max(d.to, d.from + 1), length),
          severity: 'error',
          // TypeScript's errors carry their code; Python's (code 0) name themselves (`SyntaxError: …`).
          message: d.code ? `${d.message} (TS${d.code})` : d.message,
        }));
      view.dispatch(setDiagnostics(view.state, marks));
    },
    focus: () => view.focus(),
  };
}
