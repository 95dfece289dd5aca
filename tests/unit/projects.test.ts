import { describe, expect, it } from 'vitest';
import { loadExercises, inLanguage } from '../../src/course/exercise-loader';
import type { CourseDataError } from '../../src/course/course-data-error';
import { proveSolutionsPass, proveStubsFail, proveWrongSolutionsFail, wrongSolutions } from '../../src/cli/course-proofs';
import { loadCourseExercises } from '../../src/cli/course-target';
import { outcomeOf } from '../../src/cli/course-summary';
import { gradeChecks } from '../../src/cli/grade';
import { focusMilestone, jobFor } from '../../src/cli/project-files';
import { milestoneResults } from '../../src/grader/protocol/milestones';
import type { TestResult, Verdict } from '../../src/grader/protocol/verdict';
import { runTests } from '../../src/grader/runner/run-tests';
import { transpile } from '../../src/grader/compiler/transpile';
import { meta, validExercise, writeCourse } from '../support/course-fixture';
import { readFileSync } from 'node:fs';
import { CheckService } from '../../src/grader/compiler/check-service';
import { collectDeclarationFiles } from '../../src/grader/build/declaration-files';

const folder = '03-laziness/02-take';
const project = (overrides: Record<string, unknown>, files: Record<string, string> = {}) => ({
  ...validExercise,
  [`exercises/${folder}/exercise.json`]: meta(overrides),
  [`exercises/${folder}/take.test.ts`]: 'describe(\'first\', () => {}); describe("second", () => {});',
  ...files,
});
const problemsOf = (files: Record<string, string>) => {
  try {
    loadExercises(writeCourse(files));
    return [];
  } catch (error) {
    return (error as CourseDataError).problems;
  }
};

describe('a project in exercise.json', () => {
  const milestones = [
    { id: 'one', title: 'First stage', tests: 'first' },
    { id: 'two', title: 'Second stage', tests: 'second' },
  ];

  it('lists its files (entry first) and its milestones; the loader finds every stub and solution', () => {
    const root = writeCourse(
      project(
        { typescript: { files: ['take.ts', 'helper.ts'] }, milestones },
        { [`exercises/${folder}/helper.ts`]: '', [`solutions/${folder}/helper.ts`]: '' },
      ),
    );
    const [exercise] = inLanguage(loadExercises(root), 'typescript');
    expect(exercise.extraFiles.map((f) => f.name)).toEqual(['helper.ts']);
    expect(exercise.extraFiles[0].solutionFile).toMatch(/solutions\/03-laziness\/02-take\/helper\.ts$/);
    expect(exercise.meta.milestones?.map((m) => m.id)).toEqual(['one', 'two']);
  });

  it('an exercise without them is a one-file, one-milestone project', () => {
    const [exercise] = inLanguage(loadExercises(writeCourse(validExercise)), 'typescript');
    expect(exercise.extraFiles).toEqual([]);
    expect(milestoneResults(exercise.meta.milestones, { tests: [], outcome: { kind: 'finished' } }).map((m) => m.id)).toEqual(['all']);
  });

  it('is refused when a file is missing, the stub is not first, or a milestone names no describe of the tests', () => {
    expect(problemsOf(project({ typescript: { files: ['take.ts', 'helper.ts'] } })).join('\n')).toMatch(/its typescript stub .*helper\.ts does not exist/);
    expect(problemsOf(project({ typescript: { files: ['helper.ts', 'take.ts'] } })).join('\n')).toMatch(/"files" starts with the stub/);
    expect(problemsOf(project({ milestones: [{ id: 'x', title: 'Missing', tests: 'third' }] })).join('\n')).toMatch(/describe\('third'\)/);
  });
});

describe('a Python project in exercise.json', () => {
  const milestones = [
    { id: 'one', title: 'First stage', tests: 'first' },
    { id: 'two-more', title: 'Second stage', tests: 'second' },
  ];
  const pythonTrack = (files?: string[], stub = 'take.py') => ({
    stub,
    test: 'test_take.py',
    task: 'Write `take` so that it yields the first n items.',
    hints: ['Count as you go.', 'Stop before pulling the next item.'],
    ...(files ? { files } : {}),
  });
  const pyProject = (python: object, tests: string, files: Record<string, string> = {}) =>
    project(
      { python, milestones },
      {
        [`exercises/${folder}/take.py`]: '',
        [`solutions/${folder}/take.py`]: '',
        [`exercises/${folder}/test_take.py`]: tests,
        ...files,
      },
    );
  const goodTests = 'def test_one_first():\n    pass\n\n\ndef test_two_more_second():\n    pass\n';
  const helper = { [`exercises/${folder}/helper.py`]: '', [`solutions/${folder}/helper.py`]: '' };

  it('lists its modules (entry first); the loader finds every stub and solution', () => {
    const [exercise] = inLanguage(loadExercises(writeCourse(pyProject(pythonTrack(['take.py', 'helper.py']), goodTests, helper))), 'python');
    expect(exercise.extraFiles.map((f) => f.name)).toEqual(['helper.py']);
    expect(exercise.extraFiles[0].solutionFile).toMatch(/solutions\/03-laziness\/02-take\/helper\.py$/);
  });

  it('is refused when a module is missing, misnamed, the stub is not first, or there are more than six', () => {
    expect(problemsOf(pyProject(pythonTrack(['take.py', 'helper.py']), goodTests)).join('\n')).toMatch(/its python stub .*helper\.py does not exist/);
    expect(problemsOf(pyProject(pythonTrack(['take.py', 'Helper-2.py']), goodTests)).join('\n')).toMatch(/a module file name/);
    expect(problemsOf(pyProject(pythonTrack(['helper.py', 'take.py']), goodTests, helper)).join('\n')).toMatch(/"files" starts with the stub/);
    const seven = ['take.py', 'a.py', 'b.py', 'c.py', 'd.py', 'e.py', 'f.py'];
    expect(problemsOf(pyProject(pythonTrack(seven), goodTests)).join('\n')).toMatch(/python\.files/);
  });

  it('a milestone with no test_<id>_… function, or a test in no milestone, is refused', () => {
    expect(problemsOf(pyProject(pythonTrack(), goodTests))).toEqual([]);
    expect(problemsOf(pyProject(pythonTrack(), 'def test_one_first():\n    pass\n')).join('\n')).toMatch(
      /milestone "two-more" has no Python test: .* def test_two_more_…/,
    );
    expect(problemsOf(pyProject(pythonTrack(), `${goodTests}\n\ndef test_other():\n    pass\n`)).join('\n')).toMatch(/test_other belongs to no milestone/);
  });

  it('is refused when another exercise has a Python module of the same name (pytest would see one module)', () => {
    const other = '04-other/01-twin';
    const twin = {
      [`exercises/${other}/exercise.json`]: meta({
        lesson: 'twin',
        python: pythonTrack(['twin.py', 'helper.py'], 'twin.py'),
        typescript: { stub: 'twin.ts', test: 'twin.test.ts' },
      }),
      [`exercises/${other}/twin.ts`]: '',
      [`exercises/${other}/twin.test.ts`]: '',
      [`solutions/${other}/twin.ts`]: '',
      [`exercises/${other}/twin.py`]: '',
      [`exercises/${other}/test_take.py`]: '',
      [`solutions/${other}/twin.py`]: '',
      [`exercises/${other}/helper.py`]: '',
      [`solutions/${other}/helper.py`]: '',
    };
    const problems = problemsOf({ ...pyProject(pythonTrack(['take.py', 'helper.py']), goodTests, helper), ...twin }).join('\n');
    expect(problems).toMatch(/Python module helper\.py is also one of exercises\/03-laziness\/02-take's/);
    expect(problems).toMatch(/Python module test_take\.py is also one/);
  });

  it("a Python milestone's tests are the functions named after its id", () => {
    const test = (name: string, status: TestResult['status']): TestResult => ({ path: [name], status, durationMs: 0 });
    const tests = [test('test_one_first', 'pass'), test('test_two_more_second', 'fail'), test('test_one_again', 'pass')];
    expect(milestoneResults(milestones, { tests, outcome: { kind: 'finished' } }, 'python')).toEqual([
      { id: 'one', title: 'First stage', passed: true, passedTests: 2, total: 2 },
      { id: 'two-more', title: 'Second stage', passed: false, passedTests: 0, total: 1 },
    ]);
    // read as TypeScript, the same tests belong to no describe
    expect(milestoneResults(milestones, { tests, outcome: { kind: 'finished' } }).map((m) => m.total)).toEqual([0, 0]);
  });
});

describe('running a project', () => {
  const compile = (source: string, name: string) => transpile(source, name).js;

  it('the tests import each file by name, and the files import each other', async () => {
    const run = await runTests(
      {
        code: compile("import { twice } from './helper';\nexport const four = () => twice(2);", 'main.ts'),
        stubModule: 'main',
        modules: { helper: compile('export const twice = (n: number) => n * 2;', 'helper.ts') },
        tests: compile(
          "import { it, expect } from 'vitest';\nimport { four } from './main';\nimport { twice } from './helper';\nit('works', () => { expect(four()).toBe(twice(2)); });",
          'main.test.ts',
        ),
      },
      { onConsole() {}, onTestStart() {}, onTestEnd() {} },
    );
    expect(run.kind === 'finished' && run.tests.map((t) => t.status)).toEqual(['pass']);
  });

  it('a one-file exercise still cannot import anything', async () => {
    const run = await runTests(
      {
        code: compile("import { x } from './other';\nexport const y = x;", 'main.ts'),
        stubModule: 'main',
        tests: compile("import { it } from 'vitest';\nimport { y } from './main';\nit('loads', () => { void y; });", 'main.test.ts'),
      },
      { onConsole() {}, onTestStart() {}, onTestEnd() {} },
    );
    expect(run.kind).toBe('load-error');
  });
});

describe('milestones in a verdict', () => {
  const test = (path: string[], status: TestResult['status']): TestResult => ({ path, status, durationMs: 0 });
  const declared = [
    { id: 'parse', title: 'Parse', tests: 'parse' },
    { id: 'batch', title: 'Batch', tests: 'batch' },
    { id: 'empty', title: 'Empty', tests: 'nothing' },
  ];
  const verdict: Verdict = {
    diagnostics: [],
    tests: [test(['parse', 'a'], 'pass'), test(['parse', 'b'], 'pass'), test(['batch', 'c'], 'fail')],
    console: [],
    outcome: { kind: 'finished' },
    solved: false,
    durationMs: 0,
  };

  it('a milestone passes when every one of its tests passes, and it has some', () => {
    expect(milestoneResults(declared, verdict)).toEqual([
      { id: 'parse', title: 'Parse', passed: true, passedTests: 2, total: 2 },
      { id: 'batch', title: 'Batch', passed: false, passedTests: 0, total: 1 },
      { id: 'empty', title: 'Empty', passed: false, passedTests: 0, total: 0 },
    ]);
  });

  it('none passes when the run did not finish', () => {
    expect(milestoneResults(declared, { ...verdict, outcome: { kind: 'timeout', limitMs: 1, testPath: null } }).some((m) => m.passed)).toBe(false);
  });
});

describe('the log-analyser project', () => {
  const [analyser] = loadCourseExercises().filter((e) => e.id === 'log-analyser');

  it('has three files and four milestones', () => {
    expect([analyser.track.stub, ...analyser.extraFiles.map((f) => f.name)]).toEqual(['analyser.ts', 'parse.ts', 'batch.ts']);
    expect(analyser.meta.milestones?.map((m) => m.id)).toEqual(['parse', 'batch', 'summarise', 'early-exit']);
  });

  it('grades by milestone: a solution with one wrong file passes the milestones that do not use that file', async () => {
    const job = jobFor(analyser, 'solution');
    const broken = {
      ...job,
      files: {
        ...job.files,
        'batch.ts': 'export function* batches<T>(items: Iterable<T>, size: number): Generator<T[], void, undefined> { yield [...items].slice(0, size); }',
      },
    };
    const [{ verdict }] = await gradeChecks([broken], { concurrency: 1 });
    const milestones = outcomeOf(analyser, verdict).milestones!;
    expect(milestones.map((m) => m.passed)).toEqual([true, false, false, true]);
    expect(focusMilestone(analyser, verdict, '1').solved).toBe(true);
    expect(focusMilestone(analyser, verdict, 'batch').solved).toBe(false);
    expect(() => focusMilestone(analyser, verdict, '9')).toThrow(/no milestone "9"/);
  }, 60_000);

  it('proofs: the solution passes, the untouched stubs fail, each wrong design fails', async () => {
    expect(wrongSolutions([analyser]).map((w) => w.name.split('/wrong/')[1])).toEqual([
      'batch-looks-ahead/',
      'first-errors-filters-everything/',
      'manual-iterator-never-closes/',
      'reads-the-whole-log/',
      'reuses-one-summary/',
    ]);
    const [solution, stub, wrong] = [await proveSolutionsPass([analyser]), await proveStubsFail([analyser]), await proveWrongSolutionsFail([analyser])];
    expect([solution.failed, stub.failed, wrong.failed, wrong.passed]).toEqual([0, 0, 0, 5]);
  }, 120_000);
});

describe('the paging-client project', () => {
  const [client] = loadCourseExercises().filter((e) => e.id === 'paging-client');

  it('has four files (abort.ts given) and four milestones, and follows its lesson', () => {
    expect([client.track.stub, ...client.extraFiles.map((f) => f.name)]).toEqual(['client.ts', 'pages.ts', 'items.ts', 'abort.ts']);
    expect(client.meta.milestones?.map((m) => m.id)).toEqual(['pages', 'ids', 'in-order', 'cancel']);
    expect(client.meta.lesson).toBe('project-paging-client');
    const given = (dir: 'exercises' | 'solutions') => readFileSync(`${dir}/09-async-generators/09-paging-client/abort.ts`, 'utf8');
    expect(given('exercises')).toBe(given('solutions'));
  });

  it('proofs: the solution passes, the untouched stubs fail, each wrong design fails', async () => {
    expect(wrongSolutions([client]).map((w) => w.name.split('/wrong/')[1])).toEqual([
      'aborts-only-on-failure/',
      'batches-of-limit/',
      'hands-out-the-rest-of-the-page/',
      'leaves-rejections-unobserved/',
      'never-stops-listening/',
      'passes-the-callers-signal-along/',
      'prefetches-the-next-page/',
      'reads-every-id-first/',
    ]);
    const [solution, stub, wrong] = [await proveSolutionsPass([client]), await proveStubsFail([client]), await proveWrongSolutionsFail([client])];
    expect([solution.failed, stub.failed, wrong.failed, wrong.passed]).toEqual([0, 0, 0, 8]);
  }, 120_000);
});

describe('the command-parser project', () => {
  const [parser] = loadCourseExercises().filter((e) => e.id === 'command-parser');

  it('has four files, the entry first, and four milestones', () => {
    expect([parser.track.stub, ...parser.extraFiles.map((f) => f.name)]).toEqual(['connection.ts', 'tokenizer.ts', 'parser.ts', 'coroutine.ts']);
    expect(parser.meta.milestones?.map((m) => m.id)).toEqual(['tokens', 'commands', 'connection', 'lost-and-closed']);
  });

  it('each wrong design fails exactly the milestones its mistake shows in, and no other', async () => {
    const expected: Record<string, boolean[]> = {
      'catch-does-not-see-return': [true, true, true, false],
      'closes-twice': [true, true, true, false],
      'escape-looks-ahead-in-chunk': [false, true, false, true],
      'every-error-is-a-lost-connection': [true, true, true, false],
      'forgets-to-prime': [true, true, false, false],
      'lost-resets-only-the-parser': [true, true, true, false],
      'no-resync-after-error': [true, false, false, false],
      'reads-each-chunk-alone': [false, true, false, false],
      'rescans-everything': [false, true, false, true],
      'reuses-one-results-array': [true, true, false, true],
      'surplus-found-at-newline': [true, false, true, true],
      'waits-for-the-end': [false, true, false, false],
    };
    const jobs = wrongSolutions([parser]);
    const graded = await gradeChecks(jobs);
    const passed = Object.fromEntries(
      graded.map(({ job, verdict }) => [
        (job as (typeof jobs)[number]).name.split('/wrong/')[1].replace(/\/$/, ''),
        outcomeOf(parser, verdict).milestones!.map((m) => m.passed),
      ]),
    );
    expect(passed).toEqual(expected);
    const [solution, stub] = [await proveSolutionsPass([parser]), await proveStubsFail([parser])];
    expect([solution.failed, stub.failed]).toEqual([0, 0]);
  }, 120_000);
});

describe("the log-analyser project's Python track", () => {
  const [analyser] = loadCourseExercises('python').filter((e) => e.id === 'log-analyser');

  it('has three modules and the same four milestones as the TypeScript track', () => {
    expect([analyser.track.stub, ...analyser.extraFiles.map((f) => f.name)]).toEqual(['analyser.py', 'parse.py', 'batch.py']);
    expect(analyser.meta.milestones?.map((m) => m.id)).toEqual(['parse', 'batch', 'summarise', 'early-exit']);
  });

  it('grades by milestone: a wrong batch.py fails the milestones that use it, and --milestone focuses on one', async () => {
    const job = jobFor(analyser, 'solution');
    const broken = { ...job, files: { ...job.files, 'batch.py': 'def batches(items, size):\n    yield list(items)[:size]\n' } };
    const [{ verdict }] = await gradeChecks([broken], { concurrency: 1 });
    expect(outcomeOf(analyser, verdict).milestones!.map((m) => [m.id, m.passed])).toEqual([
      ['parse', true],
      ['batch', false],
      ['summarise', false],
      ['early-exit', true],
    ]);
    expect(focusMilestone(analyser, verdict, '1').solved).toBe(true);
    expect(focusMilestone(analyser, verdict, 'early-exit').solved).toBe(true);
    expect(focusMilestone(analyser, verdict, '2').solved).toBe(false);
  }, 120_000);

  it('proofs: the solution passes, the untouched stubs fail, each wrong design fails', async () => {
    expect(wrongSolutions([analyser]).map((w) => w.name.split('/wrong/')[1])).toEqual([
      'batch-looks-ahead/',
      'closes-only-at-the-end/',
      'first-errors-filters-everything/',
      'never-closes-the-log/',
      'parse-splits-on-every-space/',
      'reads-the-whole-log/',
      'reuses-one-summary/',
    ]);
    const [solution, stub, wrong] = [await proveSolutionsPass([analyser]), await proveStubsFail([analyser]), await proveWrongSolutionsFail([analyser])];
    expect([solution.failed, stub.failed, wrong.failed, wrong.passed]).toEqual([0, 0, 0, 7]);
  }, 240_000);
});

describe("the browser's compiler and a project", () => {
  const [analyser] = loadCourseExercises().filter((e) => e.id === 'log-analyser');

  it('compiles and type-checks every file with the entry, as the local grader does; a diagnostic names its file', async () => {
    const service = new CheckService(collectDeclarationFiles());
    const job = jobFor(analyser, 'solution');
    const input = {
      exerciseId: analyser.id,
      stubName: analyser.track.stub,
      testSource: readFileSync(analyser.testFile, 'utf8'),
      code: job.code,
      files: job.files,
    };
    const output = service.check(input);
    expect(output.diagnostics).toEqual([]);
    expect(Object.keys(output.compiled!.modules!)).toEqual(['parse', 'batch']);
    const tests: TestResult[] = [];
    const run = await runTests(output.compiled!, { onConsole() {}, onTestStart() {}, onTestEnd: (t) => tests.push(t) });
    expect(run.kind).toBe('finished');
    const milestones = milestoneResults(analyser.meta.milestones, { tests, outcome: { kind: 'finished' } });
    expect(tests.length).toBeGreaterThan(0);
    expect(milestones.map((m) => m.passed)).toEqual([true, true, true, true]);

    const typeError = service.check({ ...input, files: { ...job.files, 'batch.ts': `${job.files!['batch.ts']}\nexport const oops: number = 'x';\n` } });
    expect(typeError.diagnostics.map((d) => [d.file, d.module, d.kind])).toEqual([['code', 'batch.ts', 'type']]);
    const syntax = service.compile({ ...input, files: { ...job.files, 'parse.ts': 'export const = ;' } });
    expect(syntax.compiled).toBeNull();
    expect(new Set(syntax.diagnostics.map((d) => d.module))).toEqual(new Set(['parse.ts']));
    const help = service.diagnose({ ...input, active: 'parse.ts', files: { ...job.files, 'parse.ts': 'export const = ;' } });
    expect(help.every((d) => d.module === 'parse.ts' || d.file === 'tests' || d.module === undefined)).toBe(true);
    expect(help.some((d) => d.module === 'parse.ts' && d.kind === 'syntax')).toBe(true);
  }, 60_000);
});
