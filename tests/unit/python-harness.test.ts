import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Verdict } from '../../src/grader/protocol/verdict';
import type { PythonJob } from '../../src/grader/python/protocol';
import { runOnCPython } from '../../src/grader/python/node/cpython-harness';
import { PythonGrader } from '../../src/grader/python/node/python-grader';

/**
 * The browser's Python harness, on the grader fixtures and on small cases of
 * its own, under Pyodide (in Node worker threads, as npm test runs it) and
 * under CPython: both must say the same.
 */
const dir = join(import.meta.dirname, '../fixtures/python-grader');
const counterTests = readFileSync(join(dir, 'test_counter.py'), 'utf8');
const fixture = (name: string) => readFileSync(join(dir, `${name}.py`), 'utf8');
const counterJob = (code: string): PythonJob => ({ code, stubName: 'counter.py', tests: counterTests, testName: 'test_counter.py' });
const job = (code: string, tests: string): PythonJob => ({
  code,
  stubName: 'mod.py',
  tests: `from mod import *\nimport pytest\n\n${tests}`,
  testName: 'test_mod.py',
});

let grader: PythonGrader;
beforeAll(() => {
  grader = new PythonGrader();
});
afterAll(async () => {
  await grader?.close();
});

/** The verdicts of both runtimes for the same jobs: [Pyodide, CPython] per job. */
async function both(jobs: PythonJob[], limitMs = 3000): Promise<[Verdict, Verdict][]> {
  const cpython = runOnCPython(jobs.map((j) => ({ ...j, limitMs })));
  const pyodide: Verdict[] = [];
  for (const j of jobs) pyodide.push(await grader.check(j, limitMs));
  return jobs.map((_, i) => [pyodide[i], cpython[i].verdict]);
}

const failures = (v: Verdict) => v.tests.filter((t) => t.status === 'fail').map((t) => t.failure!.message);

describe('the Python harness, in Pyodide and in CPython', () => {
  it('grades the fixtures: pass, fail, syntax error, throw, load error, console, stub', async () => {
    const names = ['pass', 'fail', 'syntax_error', 'throw', 'load_error', 'console', 'stub'];
    const verdicts = await both(names.map((n) => counterJob(fixture(n))));
    for (const [index, pair] of verdicts.entries()) {
      const name = names[index];
      for (const v of pair) {
        expect(v.solved, name).toBe(name === 'pass' || name === 'console');
        expect(
          v.tests.map((t) => t.path[0]),
          name,
        ).toEqual(['syntax_error', 'load_error'].includes(name) ? [] : ['test_yields_1_2_3', 'test_returns_done']);
      }
      expect(
        pair[0].tests.map((t) => t.status),
        name,
      ).toEqual(pair[1].tests.map((t) => t.status));
    }
    const [fail, syntax, thrown, load, consoled, stub] = [1, 2, 3, 4, 5, 6].map((i) => verdicts[i][0]);
    expect(fail.tests[0].failure!.message).toContain('assert [1, 2] == [1, 2, 3]\n +  where [1, 2] = list(counter(3))\nRight contains one more item: 3');
    expect(fail.tests[0].failure!.diff).toContain('- [1, 2, 3]\n?      ---\n+ [1, 2]');
    expect(syntax.diagnostics).toEqual([
      { file: 'code', line: 1, column: 15, from: 14, to: 15, code: 0, message: "SyntaxError: expected ':'", kind: 'syntax' },
    ]);
    expect(syntax.outcome).toMatchObject({ kind: 'not-run' });
    expect(thrown.tests[1].failure!.message).toContain('ValueError: no counting today\n\nTraceback (most recent call last):\n  test_counter.py, line 13');
    expect(thrown.tests[1].failure!.calls).toEqual(["next(counter(…)) → raised ValueError('no counting today')"]);
    expect(load.outcome).toMatchObject({ kind: 'load-error', failure: { message: expect.stringContaining('RuntimeError: broken at load') } });
    expect(consoled.console).toEqual([
      { level: 'log', text: "counting to 3 {'n': 3}" },
      { level: 'log', text: "counting to 0 {'n': 0}" },
    ]);
    expect(stub.tests[0].failure!.message).toContain('NotImplementedError\nThis is the starting code’s placeholder');
  });

  it('stops an endless loop at the time limit and runs the next check in the same interpreter', async () => {
    const started = performance.now();
    const endless = await grader.check(counterJob(fixture('endless')), 1000);
    expect(endless.outcome).toEqual({ kind: 'timeout', limitMs: 1000, testPath: ['test_yields_1_2_3'] });
    expect(performance.now() - started).toBeLessThan(1000 + 1500);
    expect((await grader.check(counterJob(fixture('pass')), 1000)).solved).toBe(true);
    const [cpython, after] = runOnCPython([{ ...counterJob(fixture('endless')), limitMs: 500 }, counterJob(fixture('pass'))]);
    expect(cpython.verdict.outcome).toMatchObject({ kind: 'timeout', testPath: ['test_yields_1_2_3'] });
    expect(cpython.reusable).toBe(true);
    expect(after.verdict.solved).toBe(true);
  });

  it('explains failed comparisons as pytest does', async () => {
    const cases = await both([
      job('def f(): return {"a": 1, "b": 2, "c": 3}', 'def test_dict():\n    assert f() == {"a": 1, "b": 5, "d": 3}'),
      job('def f(): return "hello world"', 'def test_str():\n    assert f() == "hello word", "greets"'),
      job('def f(): return {1, 2, 3}', 'def test_set():\n    assert f() == {2, 3, 4}'),
      job('def f(): return 3', 'def test_chain():\n    assert 1 < f() < 2'),
      job('def f(): return []', 'def test_truth():\n    assert f()\n\ndef test_not():\n    assert not [f()]'),
      job('def f(): return 1', 'def test_and():\n    assert f() == 1 and f() == 2'),
    ]);
    for (const [pyodide, cpython] of cases) expect(failures(pyodide)).toEqual(failures(cpython));
    const [dict, str, set, chain, truth, and] = cases.map(([pyodide]) => pyodide);
    expect(failures(dict)[0]).toContain(
      "Omitting 1 identical item\nDiffering items:\n{'b': 2} != {'b': 5}\nLeft contains 1 more item:\n{'c': 3}\nRight contains 1 more item:\n{'d': 3}",
    );
    expect(failures(str)[0]).toMatch(/^greets\nassert 'hello world' == 'hello word'/);
    expect(str.tests[0].failure!.diff).toContain('- hello word\n+ hello world');
    expect(failures(set)[0]).toContain('Extra items in the left set:\n1\nExtra items in the right set:\n4');
    expect(failures(chain)[0]).toContain('assert 3 < 2\n +  where 3 = f()');
    expect(failures(truth)).toEqual([expect.stringContaining('assert []\n +  where [] = f()'), expect.stringContaining('assert not [[]]')]);
    expect(failures(and)[0]).toContain('assert 1 == 2\n +  where 1 = f()');
  });

  it('supports pytest.raises with match, and fails when nothing is raised or the message differs', async () => {
    const cases = await both([
      job(
        'def f(x):\n    if x: raise ValueError(f"bad {x}")',
        [
          'def test_raises():\n    with pytest.raises(ValueError, match=r"^bad 1$") as info:\n        f(1)\n    assert info.value.args == ("bad 1",)\n    assert info.type is ValueError',
          'def test_no_raise():\n    with pytest.raises(ValueError):\n        f(0)',
          'def test_mismatch():\n    with pytest.raises(ValueError, match="good"):\n        f(2)',
          'def test_other_error():\n    with pytest.raises(KeyError):\n        f(3)',
        ].join('\n\n'),
      ),
    ]);
    for (const v of cases[0]) {
      expect(v.tests.map((t) => t.status)).toEqual(['pass', 'fail', 'fail', 'fail']);
    }
    const [pyodide] = cases[0];
    expect(failures(pyodide)[0]).toContain('DID NOT RAISE ValueError');
    expect(failures(pyodide)[1]).toContain("Regex: 'good'\n  Input: 'bad 2'");
    expect(failures(pyodide)[2]).toContain('ValueError: bad 3');
  });

  it("refuses an equality decided by the learner's own __eq__, and trusts dataclasses and named tuples", async () => {
    const code = [
      'from dataclasses import dataclass',
      'from typing import NamedTuple',
      'class Liar:\n    def __eq__(self, other): return True\n    __hash__ = None',
      '@dataclass\nclass Point:\n    x: int\n    y: int',
      'class Pair(NamedTuple):\n    a: int\n    b: int',
    ].join('\n\n');
    const tests = [
      'def test_liar():\n    assert Liar() == [1, 2, 3]',
      'def test_liar_inside():\n    assert [Liar()] == [[1]]',
      'def test_liar_member():\n    assert Liar() in [1, 2]',
      'def test_dataclass():\n    assert Point(1, 2) == Point(1, 2)\n    assert Point(1, 2) != Point(2, 1)',
      'def test_named_tuple():\n    assert Pair(1, 2) == (1, 2)',
    ].join('\n\n');
    for (const v of (await both([job(code, tests)]))[0]) {
      expect(v.tests.map((t) => t.status)).toEqual(['fail', 'fail', 'fail', 'pass', 'pass']);
      for (const message of failures(v)) expect(message).toContain('the answer came from Liar.__eq__ (line 6 of your code), so the checker cannot trust it');
    }
  });

  it('records the calls a test makes on generators, with StopIteration and its value', async () => {
    const code = 'def g():\n    got = yield 1\n    yield got\n    return "end"';
    const tests =
      'def test_calls():\n    gen = g()\n    assert next(gen) == 1\n    assert gen.send("x") == "x"\n    next(gen, None)\n    assert next(gen, "d") == "e"';
    for (const v of (await both([job(code, tests)]))[0]) {
      expect(v.tests[0].failure!.calls).toEqual(['next(g(…)) → 1', "g(…).send('x') → 'x'", 'next(g(…), None) → None', "next(g(…), 'd') → 'd'"]);
    }
  });

  it('keeps no generator alive that a test dropped: the call record holds a description, so CPython closes it at once', async () => {
    const code = 'closed = []\ndef g():\n    try:\n        got = yield 1\n        yield got\n    finally:\n        closed.append(True)';
    const tests = 'import mod\n\ndef test_dropped():\n    gen = g()\n    next(gen)\n    gen.send(2)\n    del gen\n    assert mod.closed == [True]';
    for (const v of (await both([job(code, tests)]))[0]) expect(v.tests.map((t) => t.status)).toEqual(['pass']);
  });

  it("checks an assert in a long loop quickly when both sides are Python's own scalars, and still refuses a learner's int", async () => {
    const code = 'class Sly(int):\n    def __eq__(self, other): return True\n    __hash__ = int.__hash__';
    const tests = [
      'def test_loop():\n    total = 0\n    for i in range(300_000):\n        total += 1\n        assert total <= 300_000\n    assert total == 300_000',
      'def test_sly():\n    assert Sly(1) == 2',
    ].join('\n\n');
    for (const v of (await both([job(code, tests)], 2000))[0]) {
      expect(v.tests.map((t) => t.status)).toEqual(['pass', 'fail']);
      expect(failures(v)[0]).toContain('the answer came from Sly.__eq__');
    }
  });

  it('captures print output with limits per line and per check', async () => {
    const code = 'import sys\nprint("x" * 5000)\nprint("to stderr", file=sys.stderr)\nfor i in range(600): print(i)';
    for (const v of (await both([job(code, 'def test_nothing():\n    pass')]))[0]) {
      expect(v.console[0]).toEqual({ level: 'log', text: `${'x'.repeat(4000)}… 1,000 more characters` });
      expect(v.console[1]).toEqual({ level: 'error', text: 'to stderr' });
      expect(v.console).toHaveLength(501);
      expect(v.console.at(-1)).toEqual({ level: 'info', text: '… 102 more lines and 306 characters of output not shown' });
    }
  });

  it('fails an assertion that the code under test swallowed', async () => {
    const code = 'import contextlib\n@contextlib.contextmanager\ndef quiet():\n    try:\n        yield\n    except BaseException:\n        pass';
    const tests = 'def test_inside():\n    with quiet():\n        assert 1 == 2';
    for (const v of (await both([job(code, tests)]))[0]) {
      expect(failures(v)[0]).toContain('An assertion in this test failed, but the error was caught before it reached the test');
    }
  });

  it('runs asyncio.run in tests, cancelling what is left pending', async () => {
    const code =
      'import asyncio\nasync def double(x):\n    await asyncio.sleep(0.001)\n    return 2 * x\nasync def forever():\n    await asyncio.get_running_loop().create_future()';
    const tests = [
      'import asyncio',
      'def test_gather():\n    async def main():\n        asyncio.ensure_future(asyncio.sleep(60))\n        return await asyncio.gather(double(1), double(2))\n    assert asyncio.run(main()) == [2, 4]',
      'def test_no_running_loop():\n    with pytest.raises(RuntimeError):\n        asyncio.get_running_loop()',
    ].join('\n\n');
    for (const v of (await both([job(code, tests)]))[0]) {
      expect(v.tests.map((t) => t.status)).toEqual(['pass', 'pass']);
    }
  });
});

describe("the Python harness and a project's modules, in Pyodide and in CPython", () => {
  const project = (files: Record<string, string>, tests: string): PythonJob => ({
    code: 'from parse import double\nimport helper\n\n\ndef quad(n):\n    return double(double(n))\n',
    stubName: 'main.py',
    files: { 'parse.py': 'import helper\n\n\ndef double(n):\n    return helper.twice(n)\n', 'helper.py': 'def twice(n):\n    return n * 2\n', ...files },
    tests,
    testName: 'test_main.py',
  });
  const tests =
    'import helper\nfrom main import quad\nfrom parse import double\n\n\ndef test_quad():\n    assert quad(1) == 4\n\n\ndef test_double():\n    assert double(2) == helper.twice(2) == 4\n';

  it('the modules import each other by name, and the tests import each of them', async () => {
    for (const v of (await both([project({}, tests)]))[0]) {
      expect(v.tests.map((t) => [t.path[0], t.status])).toEqual([
        ['test_quad', 'pass'],
        ['test_double', 'pass'],
      ]);
    }
  });

  it("a failure's traceback, a syntax error and a missing name each point to the module they are in", async () => {
    const jobs = [
      project({ 'helper.py': 'def twice(n):\n    raise ValueError(n)\n' }, tests),
      project({ 'parse.py': 'def double(n:\n    return n\n' }, tests),
      project({ 'parse.py': 'def triple(n):\n    return 3 * n\n' }, tests),
    ];
    const verdicts = await both(jobs);
    for (const side of [0, 1]) {
      const [thrown, syntax, missing] = verdicts.map((pair) => pair[side]);
      expect(thrown.tests[0].failure!.message).toMatch(/ValueError: 1[\s\S]*parse\.py, line 5, in double[\s\S]*helper\.py, line 2, in twice/);
      expect(syntax.diagnostics.map((d) => [d.file, d.module, d.line])).toEqual([['code', 'parse.py', 1]]);
      expect(missing.outcome).toMatchObject({
        kind: 'load-error',
        failure: { message: expect.stringMatching(/^double is imported from parse\.py, but parse\.py does not define it/) },
      });
    }
  });

  it('modules that import each other (a cycle) load as Python loads them; one that hides the modules from import fails only itself', () => {
    const cycle = project({ 'helper.py': 'import main\n\n\ndef twice(n):\n    return n * 2\n' }, tests);
    const hiding = {
      ...cycle,
      code: "import sys\n\nsys.meta_path[:] = [f for f in sys.meta_path if type(f).__name__ != 'ProjectModules']\n\n\ndef quad(n):\n    return n\n",
    };
    const [cyclic, hidden, after] = runOnCPython([cycle, hiding, cycle]);
    expect(cyclic.verdict.solved).toBe(true);
    expect(hidden.verdict.outcome).toMatchObject({ kind: 'load-error' });
    expect(after.verdict.solved).toBe(true);
  });

  it("leaves no module behind: the next check's modules are its own", async () => {
    const next = project({ 'helper.py': 'def twice(n):\n    return n + n\n' }, tests);
    const [first, second] = runOnCPython([project({}, tests), next, { ...next, files: {} }]).slice(1);
    expect(first.verdict.solved).toBe(true);
    expect(first.reusable).toBe(true);
    expect(second.verdict.outcome).toMatchObject({ kind: 'load-error' });
  });
});
