import type { Diagnostic } from './verdict';

/**
 * What the editor asks the compiler worker while the learner types, and the
 * answers: plain data, as everything that crosses workers. Offsets are in the
 * learner's file, as CodeMirror and TypeScript both count them (UTF-16).
 */
export type HelpQuery =
  /** Syntax and type errors of the code as it stands. */
  | { what: 'diagnostics' }
  /** What may be typed at `position`; `trigger` is the character just typed (`.`), if that is what asked. */
  | { what: 'completions'; position: number; trigger?: '.' }
  /** The type and documentation of one completion, shown beside the list. */
  | { what: 'completion-details'; position: number; name: string; source?: string; data?: unknown }
  /** The type of what is under the pointer. */
  | { what: 'quick-info'; position: number }
  /** The signature of the call the cursor is in. */
  | { what: 'signature-help'; position: number; trigger?: '(' | ',' };

export interface CompletionItem {
  label: string;
  /** TypeScript's kind: `method`, `property`, `function`, `keyword`, `local var`… */
  kind: string;
  sortText: string;
  /** When it differs from the label. */
  insertText?: string;
  /** What the item replaces, when not just the word before the cursor. */
  replace?: { from: number; to: number };
  source?: string;
  data?: unknown;
}

export interface CompletionList {
  items: CompletionItem[];
  /** A list of members (after `.`): only those make sense there. */
  isMemberCompletion: boolean;
}

/** A type, as TypeScript prints it, and its documentation. */
export interface TypeInfo {
  /** `(method) Generator<number, void, unknown>.next(...[value]: [] | [unknown]): IteratorResult<number, void>` */
  signature: string;
  documentation: string;
}

export interface QuickInfo extends TypeInfo {
  from: number;
  to: number;
}

export interface SignatureHelp {
  signatures: {
    /** `take(` */
    prefix: string;
    parameters: { text: string; documentation: string }[];
    /** `, ` */
    separator: string;
    /** `): Generator<T>` */
    suffix: string;
    documentation: string;
  }[];
  active: number;
  /** Which parameter the cursor is at. */
  argument: number;
  /** Where the call's arguments start and end. */
  from: number;
  to: number;
}

export type HelpAnswer =
  | { what: 'diagnostics'; diagnostics: Diagnostic[] }
  | { what: 'completions'; list: CompletionList | null }
  | { what: 'completion-details'; info: TypeInfo | null }
  | { what: 'quick-info'; info: QuickInfo | null }
  | { what: 'signature-help'; help: SignatureHelp | null }
  /** A newer question of the same kind came before this one was answered. */
  | { what: 'superseded' };
