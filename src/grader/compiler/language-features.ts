import * as ts from 'typescript';
import type { CheckInput, CheckService } from './check-service';
import type { CompletionList, HelpAnswer, HelpQuery, QuickInfo, SignatureHelp, TypeInfo } from '../protocol/editor-help';

/**
 * The editor's help, from the page's one language service: completions,
 * quick info and signature help in the learner's file, with the exercise's
 * real context (the course's libs, the ambient declarations, the tests beside
 * it), and the diagnostics a check would show.
 */
export function answerHelp(service: CheckService, input: CheckInput, query: HelpQuery): HelpAnswer {
  if (query.what === 'diagnostics') return { what: 'diagnostics', diagnostics: service.diagnose(input) };
  const { codePath } = service.place(input);
  const ls = service.languageService;
  switch (query.what) {
    case 'completions':
      return { what: 'completions', list: completions(ls, codePath, query.position, query.trigger) };
    case 'completion-details': {
      const details = ls.getCompletionEntryDetails(
        codePath,
        query.position,
        query.name,
        undefined,
        query.source,
        PREFERENCES,
        query.data as ts.CompletionEntryData,
      );
      return { what: 'completion-details', info: details ? typeInfo(details.displayParts, details.documentation) : null };
    }
    case 'quick-info':
      return { what: 'quick-info', info: quickInfo(ls, codePath, query.position) };
    case 'signature-help':
      return { what: 'signature-help', help: signatureHelp(ls, codePath, query.position, query.trigger) };
  }
}

/** No completions of names from other modules: an exercise is one file, and its imports are given. */
const PREFERENCES: ts.UserPreferences = {
  includeCompletionsForModuleExports: false,
  includeCompletionsWithInsertText: true,
  includeCompletionsWithSnippetText: false,
  includeCompletionsWithClassMemberSnippets: false,
  includeCompletionsWithObjectLiteralMethodSnippets: false,
  includeAutomaticOptionalChainCompletions: true,
};

/** More than a learner reads; the list filters as they type. */
const MAX_COMPLETIONS = 400;

function completions(ls: ts.LanguageService, path: string, position: number, trigger?: '.'): CompletionList | null {
  const info = ls.getCompletionsAtPosition(path, position, {
    ...PREFERENCES,
    triggerCharacter: trigger,
    triggerKind: trigger ? ts.CompletionTriggerKind.TriggerCharacter : ts.CompletionTriggerKind.Invoked,
  });
  if (!info) return null;
  return {
    isMemberCompletion: info.isMemberCompletion,
    items: info.entries.slice(0, MAX_COMPLETIONS).map((entry) => ({
      label: entry.name,
      kind: entry.kind,
      sortText: entry.sortText,
      ...(entry.insertText !== undefined && entry.insertText !== entry.name ? { insertText: entry.insertText } : {}),
      ...(entry.replacementSpan ? { replace: { from: entry.replacementSpan.start, to: entry.replacementSpan.start + entry.replacementSpan.length } } : {}),
      ...(entry.source ? { source: entry.source } : {}),
      ...(entry.data ? { data: entry.data } : {}),
    })),
  };
}

function typeInfo(parts: ts.SymbolDisplayPart[] | undefined, documentation: ts.SymbolDisplayPart[] | undefined): TypeInfo {
  return { signature: ts.displayPartsToString(parts), documentation: ts.displayPartsToString(documentation) };
}

function quickInfo(ls: ts.LanguageService, path: string, position: number): QuickInfo | null {
  const info = ls.getQuickInfoAtPosition(path, position);
  if (!info?.displayParts?.length) return null;
  return { from: info.textSpan.start, to: info.textSpan.start + info.textSpan.length, ...typeInfo(info.displayParts, info.documentation) };
}

function signatureHelp(ls: ts.LanguageService, path: string, position: number, trigger?: '(' | ','): SignatureHelp | null {
  const reason: ts.SignatureHelpTriggerReason = trigger ? { kind: 'characterTyped', triggerCharacter: trigger } : { kind: 'invoked' };
  const help = ls.getSignatureHelpItems(path, position, { triggerReason: reason });
  if (!help || help.items.length === 0) return null;
  const text = ts.displayPartsToString;
  return {
    signatures: help.items.map((item) => ({
      prefix: text(item.prefixDisplayParts),
      parameters: item.parameters.map((p) => ({ text: text(p.displayParts), documentation: text(p.documentation) })),
      separator: text(item.separatorDisplayParts),
      suffix: text(item.suffixDisplayParts),
      documentation: text(item.documentation),
    })),
    active: help.selectedItemIndex,
    argument: help.argumentIndex,
    from: help.applicableSpan.start,
    to: help.applicableSpan.start + help.applicableSpan.length,
  };
}
