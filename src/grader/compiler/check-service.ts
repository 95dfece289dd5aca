import * as ts from 'typescript';
import { createSystem } from '@typescript/vfs';
import { courseCompilerOptions } from './compiler-options';
import { toDiagnostic, transpile } from './transpile';
import type { CheckOutput, CompileOutput } from '../protocol/compiler-protocol';
import type { Diagnostic } from '../protocol/verdict';

export interface CheckInput {
  exerciseId: string;
  /** e.g. `take.ts` */
  stubName: string;
  testSource: string;
  /** The tests compiled ahead (the build serves them so), or compiled here when absent. */
  compiledTests?: CompiledTests;
  /** The entry file's code (the stub's name). */
  code: string;
  /** A project's other files' code, by file name (`parse.ts`), beside the entry: compiled and type-checked with it. */
  files?: Record<string, string>;
  /** The project file the editor's help is about (absent: the entry). */
  active?: string;
}

/** A test file as JavaScript, with its syntax errors (an exercise's tests have none). */
export interface CompiledTests {
  js: string;
  diagnostics: Diagnostic[];
}

/** An exercise's tests as the build serves them (src/pages/grader/tests/[id].json.ts) to the compiler worker. */
export interface ServedTests {
  /** For the type check. */
  source: string;
  compiled: CompiledTests;
}

export type { CheckOutput, CompileOutput };

/** An exercise's test file to JavaScript: by the build for the browser, or by CheckService itself. */
export function compileTests(source: string, stubName: string): CompiledTests {
  const output = transpile(source, stubName.replace(/\.ts$/, '.test.ts'));
  return { js: output.js, diagnostics: output.diagnostics.map((d) => toDiagnostic(d, 'tests', 'syntax')) };
}

/**
 * Type-checks and compiles a learner's file with its tests, and answers the
 * editor's questions about it (src/grader/compiler/language-features.ts). One
 * TypeScript language service lives for the whole page: each exercise's two
 * files sit in their own folder and are updated in place, and its program is
 * the one every check and every editor request reads, so the libraries are
 * parsed, bound and merged once. A check wraps that program in TypeScript's
 * `SemanticDiagnosticsBuilderProgram`, the rule `tsc --watch` uses, so a warm
 * check re-checks only what changed.
 *
 * A check has two halves so the page can start the tests while the types are
 * still being checked: `compile()` (syntax errors and the JavaScript to run)
 * and `typeCheck()` (type errors), or both at once with `check()`.
 */
export class CheckService {
  private readonly system: ts.System;
  /** The page's one language service; its program is the one every check and editor request reads. */
  readonly languageService: ts.LanguageService;
  /** What the last type check found, for the next one to start from. */
  private builder: ts.SemanticDiagnosticsBuilderProgram | undefined;
  private builtFrom: ts.Program | undefined;
  /**
   * The program's root files: the ambient declarations, then every file put
   * in place. The language service gets a copy: TypeScript compares the old list with the new.
   */
  private readonly roots = ['/ambient.d.ts'];
  /** Each file's version: a file is parsed again only when its text changes. */
  private readonly versions = new Map<string, number>();
  private projectVersion = 0;
  /** Compiled tests by their source: the tests of an exercise never change between checks. */
  private readonly compiledTests = new Map<string, CompiledTests>();

  constructor(declarationFiles: Record<string, string>) {
    const { options, errors } = ts.convertCompilerOptionsFromJson(courseCompilerOptions, '/');
    if (errors.length) throw new Error(ts.flattenDiagnosticMessageText(errors[0].messageText, '\n'));
    const system = (this.system = createSystem(new Map(Object.entries(declarationFiles))));
    const host: ts.LanguageServiceHost = {
      getCompilationSettings: () => options,
      getScriptFileNames: () => [...this.roots],
      getProjectVersion: () => String(this.projectVersion),
      getScriptVersion: (fileName) => String(this.versions.get(fileName) ?? 0),
      getScriptSnapshot: (fileName) => {
        const text = system.readFile(fileName);
        return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
      },
      getCurrentDirectory: () => '/',
      getDefaultLibFileName: (options) => `/${ts.getDefaultLibFileName(options)}`,
      fileExists: (fileName) => system.fileExists(fileName),
      readFile: (fileName) => system.readFile(fileName),
      directoryExists: (directory) => system.directoryExists(directory),
      getDirectories: (directory) => system.getDirectories(directory),
      useCaseSensitiveFileNames: () => true,
      // As tsc does: JSDoc comments in .ts files carry no types, so parsing
      // them (most of the libs' text) only slows the first check down.
      jsDocParsingMode: ts.JSDocParsingMode.ParseForTypeErrors,
    };
    this.languageService = ts.createLanguageService(host, ts.createDocumentRegistry(true, '/', ts.JSDocParsingMode.ParseForTypeErrors));
  }

  private put(path: string, text: string) {
    if (!this.system.fileExists(path)) this.roots.push(path);
    else if (this.system.readFile(path) === text) return;
    this.system.writeFile(path, text);
    this.versions.set(path, (this.versions.get(path) ?? 0) + 1);
    this.projectVersion += 1;
  }

  /** Puts an exercise's files in place as they are now; returns their paths (the learner's file first, or the `active` one of a project). */
  place(input: Pick<CheckInput, 'exerciseId' | 'stubName' | 'code' | 'testSource' | 'files' | 'active'>): { codePath: string; testPath: string } {
    const paths = this.paths(input);
    for (const { path, file, module } of paths) this.put(path, file === 'tests' ? input.testSource : module ? input.files![module] : input.code);
    const active = paths.find((p) => p.module !== undefined && p.module === input.active);
    return { codePath: (active ?? paths[0]).path, testPath: paths[paths.length - 1].path };
  }

  /** Each file's path: the entry, a project's other files (by `module`, their name), then the tests. */
  private paths(input: Pick<CheckInput, 'exerciseId' | 'stubName' | 'files'>): { path: string; file: Diagnostic['file']; module?: string }[] {
    const dir = `/exercises/${input.exerciseId}`;
    return [
      { path: `${dir}/${input.stubName}`, file: 'code' },
      ...Object.keys(input.files ?? {})
        .filter((name) => name !== input.stubName && /^[a-z0-9-]+\.ts$/.test(name))
        .map((name) => ({ path: `${dir}/${name}`, file: 'code' as const, module: name })),
      { path: `${dir}/${input.stubName.replace(/\.ts$/, '.test.ts')}`, file: 'tests' },
    ];
  }

  /**
   * Syntax errors and the JavaScript to run, from each file alone: quick,
   * and it does not wait for the program (and its libraries).
   */
  compile(input: CheckInput): CompileOutput {
    const [entry, ...rest] = this.paths(input);
    const code = transpile(input.code, entry.path);
    const others = rest.filter((p) => p.module).map(({ path, module }) => ({ module: module!, output: transpile(input.files![module!], path) }));
    const tests = input.compiledTests ?? this.compileTests(input.testSource, input.stubName);
    const diagnostics = [
      ...code.diagnostics.map((d) => toDiagnostic(d, 'code', 'syntax')),
      ...others.flatMap(({ module, output }) => output.diagnostics.map((d) => ({ ...toDiagnostic(d, 'code', 'syntax'), module }))),
      ...tests.diagnostics,
    ];
    if (diagnostics.length > 0) return { diagnostics, compiled: null };
    const modules = Object.fromEntries(others.map(({ module, output }) => [module.replace(/\.ts$/, ''), output.js]));
    return {
      diagnostics,
      compiled: { code: code.js, tests: tests.js, stubModule: input.stubName.replace(/\.ts$/, ''), ...(others.length > 0 ? { modules } : {}) },
    };
  }

  /** Type errors of the exercise's files (a project's every file), checked together with the course's libraries. */
  typeCheck(input: CheckInput): Diagnostic[] {
    this.place(input);
    const files = this.paths(input);
    // TypeScript's own incremental rule, as in `tsc --watch`: a file is checked
    // again when it changed, or when the declarations of a file it imports
    // changed. Editing a function's body leaves the tests' results as they were.
    const program = this.languageService.getProgram()!;
    if (program !== this.builtFrom) {
      this.builder = ts.createSemanticDiagnosticsBuilderProgram(program, {}, this.builder);
      this.builtFrom = program;
    }
    const builder = this.builder!;
    while (builder.getSemanticDiagnosticsOfNextAffectedFile()) {
      /* each call checks one file affected by the change */
    }
    const diagnostics: Diagnostic[] = [];
    for (const { path, file, module } of files) {
      for (const d of builder.getSemanticDiagnostics(builder.getSourceFile(path)))
        diagnostics.push(module ? { ...toDiagnostic(d, file, 'type'), module } : toDiagnostic(d, file, 'type'));
    }
    return diagnostics;
  }

  /**
   * What the editor shows while the learner types: the learner's file's
   * syntax errors, then the type errors of both files (as a check finds them).
   */
  diagnose(input: CheckInput): Diagnostic[] {
    const { codePath } = this.place(input);
    const program = this.languageService.getProgram()!;
    const module = input.active && input.active !== input.stubName && input.files?.[input.active] !== undefined ? { module: input.active } : {};
    const syntax = program.getSyntacticDiagnostics(program.getSourceFile(codePath)).map((d) => ({ ...toDiagnostic(d, 'code', 'syntax'), ...module }));
    return [...syntax, ...this.typeCheck(input)];
  }

  check(input: CheckInput): CheckOutput {
    const { diagnostics, compiled } = this.compile(input);
    return { diagnostics: compiled ? [...diagnostics, ...this.typeCheck(input)] : diagnostics, compiled };
  }

  private compileTests(source: string, stubName: string): CompiledTests {
    let output = this.compiledTests.get(source);
    if (output === undefined) {
      output = compileTests(source, stubName);
      this.compiledTests.set(source, output);
    }
    return output;
  }

  /**
   * Does the work of a first check ahead of time, for a page that has no
   * exercise of its own to warm up with: binds the libs, the Vitest subset
   * and expect-type, and warms the compiler's own code paths.
   */
  warm(): void {
    this.check({
      exerciseId: '__warm__',
      stubName: 'warm.ts',
      code: 'export function* warm(n: number): Generator<number, void, undefined> { for (let i = 0; i < n; i++) yield i; }',
      testSource:
        "import { describe, expect, expectTypeOf, it } from 'vitest';\nimport { warm } from './warm';\ndescribe('warm', () => { it('runs', () => { expect([...warm(2)]).toEqual([0, 1]); expectTypeOf(warm).returns.toEqualTypeOf<Generator<number, void, undefined>>(); }); });",
    });
  }
}
