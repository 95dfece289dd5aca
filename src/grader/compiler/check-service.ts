import * as ts from 'typescript';
import { createSystem, createVirtualCompilerHost } from '@typescript/vfs';
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
  code: string;
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

/**
 * What @typescript/vfs's compiler host calls on `ts`. Handing it the whole
 * namespace would make the bundler keep all of TypeScript in the worker
 * (see compiler-only-typescript.ts).
 */
const tsForVfs = { createSourceFile: ts.createSourceFile, getDefaultLibFileName: ts.getDefaultLibFileName } as unknown as typeof ts;

/** An exercise's test file to JavaScript: by the build for the browser, or by CheckService itself. */
export function compileTests(source: string, stubName: string): CompiledTests {
  const output = transpile(source, stubName.replace(/\.ts$/, '.test.ts'));
  return { js: output.js, diagnostics: output.diagnostics.map((d) => toDiagnostic(d, 'tests', 'syntax')) };
}

/**
 * Type-checks and compiles a learner's file with its tests. One program lives
 * for the whole page: each exercise's two files sit in their own folder and
 * are updated in place, and each type check builds the next program from the
 * last, as `tsc --watch` does, so a warm check re-checks only what changed.
 *
 * A check has two halves so the page can start the tests while the types are
 * still being checked: `compile()` (syntax errors and the JavaScript to run)
 * and `typeCheck()` (type errors), or both at once with `check()`.
 */
export class CheckService {
  private readonly options: ts.CompilerOptions;
  private readonly system: ts.System;
  private readonly host: ts.CompilerHost;
  /** What the last type check found, for the next one to start from. */
  private builder: ts.SemanticDiagnosticsBuilderProgram | undefined;
  /**
   * The program's root files: the ambient declarations, then every file put
   * in place. Each program gets a copy: TypeScript compares the old list with the new.
   */
  private readonly roots = ['/ambient.d.ts'];
  /** Parsed files by path; a file is parsed again only when its text changes. */
  private readonly parsed = new Map<string, ts.SourceFile>();
  private versions = 0;
  /** Compiled tests by their source: the tests of an exercise never change between checks. */
  private readonly compiledTests = new Map<string, CompiledTests>();

  constructor(declarationFiles: Record<string, string>) {
    const { options, errors } = ts.convertCompilerOptionsFromJson(courseCompilerOptions, '/');
    if (errors.length) throw new Error(ts.flattenDiagnosticMessageText(errors[0].messageText, '\n'));
    this.options = options;
    const system = (this.system = createSystem(new Map(Object.entries(declarationFiles))));
    const { compilerHost } = createVirtualCompilerHost(system, options, tsForVfs);
    this.host = {
      ...compilerHost,
      // As tsc does: JSDoc comments in .ts files carry no types, so parsing
      // them (most of the libs' text) only slows the first check down.
      jsDocParsingMode: ts.JSDocParsingMode.ParseForTypeErrors,
      getSourceFile: (fileName, languageVersionOrOptions) => {
        const text = system.readFile(fileName);
        if (text === undefined) return undefined;
        const known = this.parsed.get(fileName);
        if (known?.text === text) return known;
        const file = ts.createSourceFile(fileName, text, languageVersionOrOptions);
        // The builder tells files apart by version, as a watch host does.
        (file as ts.SourceFile & { version: string }).version = String(++this.versions);
        this.parsed.set(fileName, file);
        return file;
      },
    };
  }

  private put(path: string, text: string) {
    if (!this.system.fileExists(path)) this.roots.push(path);
    this.system.writeFile(path, text);
  }

  private paths(input: CheckInput) {
    const dir = `/exercises/${input.exerciseId}`;
    return [
      [`${dir}/${input.stubName}`, 'code'],
      [`${dir}/${input.stubName.replace(/\.ts$/, '.test.ts')}`, 'tests'],
    ] as const;
  }

  /**
   * Syntax errors and the JavaScript to run, from each file alone: quick,
   * and it does not wait for the program (and its libraries).
   */
  compile(input: CheckInput): CompileOutput {
    const [[codePath]] = this.paths(input);
    const code = transpile(input.code, codePath);
    const tests = input.compiledTests ?? this.compileTests(input.testSource, input.stubName);
    const diagnostics = [...code.diagnostics.map((d) => toDiagnostic(d, 'code', 'syntax')), ...tests.diagnostics];
    if (diagnostics.length > 0) return { diagnostics, compiled: null };
    return { diagnostics, compiled: { code: code.js, tests: tests.js, stubModule: input.stubName.replace(/\.ts$/, '') } };
  }

  /** Type errors of the exercise's two files, checked together with the course's libraries. */
  typeCheck(input: CheckInput): Diagnostic[] {
    const files = this.paths(input);
    const [[codePath], [testPath]] = files;
    this.put(codePath, input.code);
    this.put(testPath, input.testSource);
    // TypeScript's own incremental rule, as in `tsc --watch`: a file is checked
    // again when it changed, or when the declarations of a file it imports
    // changed. Editing a function's body leaves the tests' results as they were.
    this.builder = ts.createSemanticDiagnosticsBuilderProgram([...this.roots], this.options, this.host, this.builder);
    while (this.builder.getSemanticDiagnosticsOfNextAffectedFile()) {
      /* each call checks one file affected by the change */
    }
    const diagnostics: Diagnostic[] = [];
    for (const [path, file] of files) {
      for (const d of this.builder.getSemanticDiagnostics(this.builder.getSourceFile(path))) diagnostics.push(toDiagnostic(d, file, 'type'));
    }
    return diagnostics;
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
