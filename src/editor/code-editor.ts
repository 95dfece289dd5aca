import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { editorHighlight } from '../ui/editor-highlight';
import { Compartment, EditorSelection, EditorState, type Extension } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import type { Diagnostic } from '../grader/protocol/verdict';
import { editorHelp, lintDiagnostics, type AskHelp } from './editor-help';

export type EditorLanguage = 'typescript' | 'python';

export interface CodeEditor {
  getCode(): string;
  setCode(code: string): void;
  /**
   * Shows another file of a project in the editor: each file keeps its own
   * undo history and selection (`key` names it), so undo never brings one
   * file's text into another. Not an edit: `onChange` is not called.
   */
  showFile(key: string, code: string): void;
  /** Highlights and indents as the exercise's language does (Python's support loads when first asked for). */
  setLanguage(language: EditorLanguage): void;
  showDiagnostics(diagnostics: Diagnostic[]): void;
  /** Selects a range (a compiler message's), scrolls it into view and focuses the editor. */
  select(from: number, to: number): void;
  focus(): void;
}

/**
 * CodeMirror 6 for one exercise, loaded the first time a learner focuses the
 * code, with the TypeScript help of editor-help.ts. Tab is left to the page:
 * it moves to the next control, so the editor is never a keyboard trap
 * (WCAG 2.1.2); Ctrl+] and Ctrl+[ indent, Enter keeps the indentation, and
 * the keys are listed under the editor (`describedBy`). Long lines wrap: the
 * page never scrolls sideways, even on a phone.
 */
export function createCodeEditor(
  parent: HTMLElement,
  options: {
    code: string;
    label: string;
    language?: EditorLanguage;
    describedBy?: string;
    selection?: number;
    /** The TypeScript language service's help (completions, hover, signatures); off while the code is Python. */
    help?: AskHelp;
    /** The file shown first, for a project (see `showFile`). */
    fileKey?: string;
    onCheck(): void;
    onChange(code: string): void;
  },
): CodeEditor {
  const languageSupport = new Compartment();
  const helpSupport = new Compartment();
  let wanted: EditorLanguage = options.language ?? 'typescript';
  const support = (language: EditorLanguage): Extension | Promise<Extension> =>
    language === 'python' ? import('@codemirror/lang-python').then(({ python }) => python()) : javascript({ typescript: true });
  const help = (language: EditorLanguage): Extension => (options.help && language === 'typescript' ? editorHelp(options.help) : []);
  const setLanguage = async (language: EditorLanguage) => {
    wanted = language;
    const extension = await support(language);
    if (wanted === language) view.dispatch({ effects: [languageSupport.reconfigure(extension), helpSupport.reconfigure(help(language))] });
  };
  const extensions = (): Extension[] => [
    lineNumbers(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    highlightActiveLine(),
    editorHighlight,
    languageSupport.of(wanted === 'typescript' ? javascript({ typescript: true }) : []),
    lintGutter(),
    helpSupport.of(help(wanted)),
    keymap.of([{ key: 'Mod-Enter', run: () => (options.onCheck(), true) }, ...defaultKeymap, ...historyKeymap]),
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({ 'aria-label': options.label, ...(options.describedBy ? { 'aria-describedby': options.describedBy } : {}) }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) options.onChange(update.state.doc.toString());
    }),
  ];
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.code,
      selection: options.selection !== undefined ? { anchor: Math.min(options.selection, options.code.length) } : undefined,
      extensions: extensions(),
    }),
  });
  /** A project's files not shown now, each as the editor left it. */
  const files = new Map<string, EditorState>();
  let fileKey = options.fileKey ?? '';

  if (wanted !== 'typescript') void setLanguage(wanted);

  return {
    getCode: () => view.state.doc.toString(),
    setLanguage: (language) => void setLanguage(language),
    setCode(code) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } });
    },
    showFile(key, code) {
      if (key === fileKey) return;
      files.set(fileKey, view.state);
      const kept = files.get(key);
      view.setState(kept && kept.doc.toString() === code ? kept : EditorState.create({ doc: code, extensions: extensions() }));
      fileKey = key;
    },
    showDiagnostics(diagnostics) {
      view.dispatch(setDiagnostics(view.state, lintDiagnostics(diagnostics, view.state.doc.length)));
    },
    select(from, to) {
      const length = view.state.doc.length;
      const range = EditorSelection.range(Math.min(from, length), Math.min(to, length));
      view.dispatch({ selection: range, effects: EditorView.scrollIntoView(range, { y: 'center' }) });
      view.focus();
    },
    focus: () => view.focus(),
  };
}
