import { autocompletion, startCompletion, type Completion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { syntaxTree } from '@codemirror/language';
import { linter, type Diagnostic as LintDiagnostic } from '@codemirror/lint';
import { StateEffect, StateField, type Extension } from '@codemirror/state';
import { type EditorView, hoverTooltip, keymap, showTooltip, ViewPlugin, type Tooltip, type ViewUpdate } from '@codemirror/view';
import type { HelpAnswer, HelpQuery, SignatureHelp, TypeInfo } from '../grader/protocol/editor-help';
import type { Diagnostic } from '../grader/protocol/verdict';

/** Asks the page's compiler worker about the code as it stands (GraderClient.help). */
export type AskHelp = (code: string, query: HelpQuery) => Promise<HelpAnswer>;

/**
 * Diagnostics are asked for once typing has paused this long: a check of
 * the whole file on every key would keep the worker busy for nothing.
 */
export const DIAGNOSTICS_DELAY_MS = 300;
/** The pointer rests this long on a name before its type is asked for (CodeMirror's default). */
export const HOVER_DELAY_MS = 300;

/** A diagnostic of the learner's file as the editor marks it. Those of the test file are only in the results. */
export function lintDiagnostics(diagnostics: Diagnostic[], length: number): LintDiagnostic[] {
  return diagnostics
    .filter((d) => d.file === 'code')
    .map((d) => ({
      from: Math.min(d.from, length),
      to: Math.min(Math.max(d.to, d.from + 1), length),
      severity: 'error',
      // TypeScript's errors carry their code; Python's (code 0) name themselves (`SyntaxError: …`).
      message: d.code ? `${d.message} (TS${d.code})` : d.message,
    }));
}

/**
 * What the TypeScript Playground gives while typing, from the page's one
 * TypeScript worker: errors marked as you type (after DIAGNOSTICS_DELAY_MS),
 * completions (after `.`, while typing a name, or on Ctrl+Space), the type of
 * what is under the pointer (or at the cursor, Ctrl+K Ctrl+I), and the
 * signature of the call being typed (after `(` and `,`, or Ctrl+Shift+Space).
 * Every answer is text: nothing from the code becomes HTML.
 */
export function editorHelp(ask: AskHelp): Extension[] {
  const code = (view: { state: { doc: { toString(): string } } }) => view.state.doc.toString();
  const signatures = ViewPlugin.define(() => new SignaturePlugin(ask));
  return [
    linter(
      async (view) => {
        const answer = await ask(code(view), { what: 'diagnostics' });
        // Superseded: a newer run is on its way (the lint plugin drops this one's result if the code changed).
        return answer.what === 'diagnostics' ? lintDiagnostics(answer.diagnostics, view.state.doc.length) : [];
      },
      { delay: DIAGNOSTICS_DELAY_MS },
    ),
    autocompletion({ override: [(context) => completions(ask, context)], icons: true }),
    hoverTooltip(
      async (view, position) => {
        const answer = await ask(code(view), { what: 'quick-info', position });
        if (answer.what !== 'quick-info' || !answer.info) return null;
        const { from, to } = answer.info;
        return { pos: from, end: to, above: true, create: () => ({ dom: typeInfoDom(answer.info!) }) };
      },
      { hoverTime: HOVER_DELAY_MS },
    ),
    cursorTip,
    signatures,
    keymap.of([
      { key: 'Mod-Space', run: startCompletion },
      { key: 'Mod-Shift-Space', run: (view) => (void view.plugin(signatures)?.ask(view, undefined), true) },
      { key: 'Mod-k Mod-i', run: (view) => (showTypeAtCursor(ask, view), true) },
      { key: 'Escape', run: (view) => closeCursorTip(view) },
    ]),
  ];
}

const NOT_CODE = new Set(['LineComment', 'BlockComment', 'String', 'TemplateString']);

/** TypeScript's kinds as CodeMirror's completion types (they pick the icon). */
function completionType(kind: string): string {
  if (kind === 'method' || kind === 'function' || kind === 'local function' || kind === 'construct') return kind === 'method' ? 'method' : 'function';
  if (kind === 'property' || kind === 'getter' || kind === 'setter') return 'property';
  if (kind === 'class' || kind === 'interface' || kind === 'enum' || kind === 'keyword' || kind === 'type') return kind === 'type' ? 'type' : kind;
  if (kind === 'type parameter' || kind === 'alias') return 'type';
  if (kind === 'module') return 'namespace';
  if (kind === 'const') return 'constant';
  return 'variable';
}

async function completions(ask: AskHelp, context: CompletionContext): Promise<CompletionResult | null> {
  const word = context.matchBefore(/[\w$]*/)!;
  const afterDot = context.state.sliceDoc(word.from - 1, word.from) === '.';
  if (!context.explicit && !afterDot && word.from === word.to) return null;
  if (!context.explicit && NOT_CODE.has(syntaxTree(context.state).resolveInner(context.pos, -1).name)) return null;
  const code = context.state.doc.toString();
  const position = context.pos;
  const answer = await ask(code, { what: 'completions', position, trigger: afterDot && word.from === position ? '.' : undefined });
  if (context.aborted || answer.what !== 'completions' || !answer.list) return null;
  const options: Completion[] = answer.list.items.map((item) => {
    const sortRank = Number.parseInt(item.sortText, 10);
    const option: Completion = {
      label: item.label,
      type: completionType(item.kind),
      boost: Number.isNaN(sortRank) ? -20 : 20 - sortRank,
      info: async () => {
        const details = await ask(code, { what: 'completion-details', position, name: item.label, source: item.source, data: item.data });
        return details.what === 'completion-details' && details.info ? typeInfoDom(details.info) : null;
      },
    };
    const { insertText, replace } = item;
    if (replace || insertText !== undefined) {
      const text = insertText ?? item.label;
      option.apply = (view, _completion, from, to) => {
        const start = replace ? Math.min(replace.from, from) : from;
        const end = Math.max(replace?.to ?? to, to);
        view.dispatch({ changes: { from: start, to: end, insert: text }, selection: { anchor: start + text.length }, userEvent: 'input.complete' });
      };
    }
    return option;
  });
  return { from: word.from, options, validFor: /^[\w$]*$/ };
}

function typeInfoDom(info: TypeInfo): HTMLElement {
  const dom = document.createElement('div');
  dom.className = 'cm-type-info';
  const signature = document.createElement('code');
  signature.textContent = info.signature;
  dom.append(signature);
  if (info.documentation) {
    const doc = document.createElement('p');
    doc.textContent = info.documentation;
    dom.append(doc);
  }
  return dom;
}

/** One tooltip at the cursor: the signature of the call being typed, or the type asked for from the keyboard. */
const setCursorTip = StateEffect.define<{ tooltip: Tooltip; kind: 'signature' | 'type' } | null>();
const cursorTip = StateField.define<{ tooltip: Tooltip; kind: 'signature' | 'type' } | null>({
  create: () => null,
  update(tip, transaction) {
    for (const effect of transaction.effects) if (effect.is(setCursorTip)) return effect.value;
    // The type at the cursor belongs to where it was asked; a signature follows the typing (the plugin updates it).
    if (tip?.kind === 'type' && (transaction.docChanged || transaction.selection)) return null;
    if (tip && transaction.docChanged) return { ...tip, tooltip: { ...tip.tooltip, pos: transaction.changes.mapPos(tip.tooltip.pos) } };
    return tip;
  },
  provide: (field) => showTooltip.from(field, (tip) => tip?.tooltip ?? null),
});

function closeCursorTip(view: EditorView): boolean {
  if (!view.state.field(cursorTip, false)) return false;
  view.dispatch({ effects: setCursorTip.of(null) });
  return true;
}

async function showTypeAtCursor(ask: AskHelp, view: EditorView) {
  const position = view.state.selection.main.head;
  const answer = await ask(view.state.doc.toString(), { what: 'quick-info', position });
  if (view.state.selection.main.head !== position) return;
  const info = answer.what === 'quick-info' ? answer.info : null;
  const dom = info ? typeInfoDom(info) : Object.assign(document.createElement('div'), { className: 'cm-type-info', textContent: 'No type here.' });
  dom.setAttribute('role', 'status');
  view.dispatch({ effects: setCursorTip.of({ kind: 'type', tooltip: { pos: position, above: true, create: () => ({ dom }) } }) });
}

function signatureDom(help: SignatureHelp): HTMLElement {
  const signature = help.signatures[help.active] ?? help.signatures[0];
  const dom = document.createElement('div');
  dom.className = 'cm-type-info cm-signature-help';
  // Read out as the learner types, as a screen reader would want a tooltip they cannot point at.
  dom.setAttribute('role', 'status');
  const line = document.createElement('code');
  line.append(signature.prefix);
  signature.parameters.forEach((parameter, index) => {
    if (index > 0) line.append(signature.separator);
    if (index === help.argument) {
      const active = document.createElement('strong');
      active.className = 'cm-signature-active';
      active.textContent = parameter.text;
      line.append(active);
    } else line.append(parameter.text);
  });
  line.append(signature.suffix);
  dom.append(line);
  if (help.signatures.length > 1) {
    const count = document.createElement('span');
    count.className = 'cm-signature-count';
    count.textContent = ` (${help.active + 1} of ${help.signatures.length})`;
    dom.append(count);
  }
  const documentation = signature.parameters[help.argument]?.documentation || signature.documentation;
  if (documentation) dom.append(Object.assign(document.createElement('p'), { textContent: documentation }));
  return dom;
}

class SignaturePlugin {
  /** Which request is the latest: an older answer arriving late is dropped. */
  private asked = 0;
  constructor(readonly askHelp: AskHelp) {}

  update(update: ViewUpdate) {
    if (!update.docChanged && !update.selectionSet) return;
    let typed: '(' | ',' | undefined;
    update.transactions.forEach((transaction) => {
      if (!transaction.isUserEvent('input.type')) return;
      transaction.changes.iterChanges((_fromA, _toA, _fromB, _toB, inserted) => {
        const last = inserted.toString().at(-1);
        if (last === '(' || last === ',') typed = last;
      });
    });
    const open = update.state.field(cursorTip, false)?.kind === 'signature';
    if (typed || open) void this.ask(update.view, typed);
  }

  async ask(view: EditorView, trigger: '(' | ',' | undefined) {
    const request = ++this.asked;
    const position = view.state.selection.main.head;
    const answer = await this.askHelp(view.state.doc.toString(), { what: 'signature-help', position, trigger });
    if (request !== this.asked || answer.what === 'superseded') return;
    const help = answer.what === 'signature-help' ? answer.help : null;
    const open = view.state.field(cursorTip, false);
    if (!help) {
      if (open?.kind === 'signature') view.dispatch({ effects: setCursorTip.of(null) });
      return;
    }
    const dom = signatureDom(help);
    view.dispatch({ effects: setCursorTip.of({ kind: 'signature', tooltip: { pos: view.state.selection.main.head, above: true, create: () => ({ dom }) } }) });
  }
}
