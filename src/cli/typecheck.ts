import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../grader/protocol/verdict';
import { toDiagnostic } from '../grader/compiler/transpile';
import { compilerOptionsFor, learnerTypesDir, typescript } from './course-compiler';

/** One learner file to type-check with its exercise's tests. */
export interface TypecheckEntry {
  /** The stub's file name, e.g. `take.ts`: the tests import it as `./take`. */
  stubName: string;
  /** The test file on disk. */
  testFile: string;
  code: string;
  /** A project's other files' code, by file name, beside the entry. */
  files?: Record<string, string>;
}

/** Where entry `i`'s two files pretend to live; nothing is written there. */
const folderOf = (i: number) => join(learnerTypesDir, '.virtual-checks', String(i));

/**
 * Type-checks each entry's code with its tests, all in one program (much
 * faster than one each), every entry in a folder of its own so two versions
 * of one exercise (a solution and a wrong one, say) do not meet. Returns each
 * entry's type errors, in order.
 */
export function typecheckEntries(entries: readonly TypecheckEntry[]): Diagnostic[][] {
  const ts = typescript();
  const options = compilerOptionsFor();
  const files = new Map<string, { text: string; entry: number; file: Diagnostic['file']; module?: string }>();
  entries.forEach((entry, i) => {
    files.set(join(folderOf(i), entry.stubName), { text: entry.code, entry: i, file: 'code' });
    for (const [name, text] of Object.entries(entry.files ?? {})) files.set(join(folderOf(i), name), { text, entry: i, file: 'code', module: name });
    files.set(join(folderOf(i), entry.stubName.replace(/\.ts$/, '.test.ts')), { text: readFileSync(entry.testFile, 'utf8'), entry: i, file: 'tests' });
  });
  const host = ts.createCompilerHost(options);
  const { fileExists, directoryExists, readFile, getSourceFile } = host;
  const folders = new Set(entries.map((_, i) => folderOf(i)));
  host.fileExists = (file) => files.has(file) || fileExists.call(host, file);
  host.directoryExists = (dir) => folders.has(dir) || (directoryExists?.call(host, dir) ?? true);
  host.readFile = (file) => files.get(file)?.text ?? readFile.call(host, file);
  host.getSourceFile = (file, languageVersion, onError, shouldCreate) => {
    const virtual = files.get(file);
    return virtual ? ts.createSourceFile(file, virtual.text, languageVersion, true) : getSourceFile.call(host, file, languageVersion, onError, shouldCreate);
  };
  const program = ts.createProgram({ rootNames: [join(learnerTypesDir, 'ambient.d.ts'), ...files.keys()], options, host });
  const global = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  if (global.length) throw new Error(`the course's compiler options do not work: ${ts.flattenDiagnosticMessageText(global[0].messageText, '\n')}`);
  const result: Diagnostic[][] = entries.map(() => []);
  for (const [path, { entry, file, module }] of files) {
    const source = program.getSourceFile(path)!;
    // Semantic only, as the browser: syntax errors come with the JavaScript (transpile.ts).
    for (const d of program.getSemanticDiagnostics(source)) {
      result[entry].push(module ? { ...toDiagnostic(d, file, 'type'), module } : toDiagnostic(d, file, 'type'));
    }
  }
  return result;
}
