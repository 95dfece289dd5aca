/**
 * Runs Python tracks under the machine's CPython with the real `pytest`
 * (`python3 -m pytest`), for the course's own proofs: what the browser's
 * harness says of a file must be what pytest says of it, test by test.
 *
 * Each batch of files is written to a folder of its own (module names are
 * unique across the course, src/course/exercise-loader.ts checks it, so one
 * folder holds many exercises, a project's modules beside each other) and run by one
 * pytest process, with a limit per test (SIGALRM), a memory cap (a wrong
 * solution may collect an endless generator into a list) and a limit for the
 * whole process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpythonCommand } from './cpython-harness';

export interface PytestFile {
  /** The learner module's file name, e.g. `chain.py`. */
  moduleName: string;
  code: string;
  /** The test file's name, e.g. `test_chain.py`. */
  testName: string;
  tests: string;
  /** A project's other modules' code, by file name (`parse.py`). */
  files?: Record<string, string>;
}

/** Each test's outcome under pytest, by test file name, then test name. */
export type PytestOutcomes = Map<string, Map<string, 'pass' | 'fail'>>;

/** A pytest plugin: each test is interrupted after the limit, as the course's graders stop a runaway test. */
const PLUGIN = `
import signal
import pytest

LIMIT = float(__import__('os').environ.get('COURSE_TEST_LIMIT', '10'))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    def over(signum, frame):
        raise TimeoutError(f'still running after {LIMIT} s')

    previous = signal.signal(signal.SIGALRM, over)
    signal.setitimer(signal.ITIMER_REAL, LIMIT)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
`;

/** Starts pytest with the process's address space capped, so a runaway allocation fails with MemoryError. */
const LAUNCHER = `
import resource, sys
cap = int(sys.argv[1]) * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
import pytest
sys.exit(pytest.main(sys.argv[2:]))
`;

const MEMORY_MB = 2048;

function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Reads pytest's JUnit XML report: each testcase, failed when it has a <failure> or <error>. */
export function parseJUnit(xml: string): PytestOutcomes {
  const outcomes: PytestOutcomes = new Map();
  const testcase = /<testcase\b([^>]*?)(\/>|>([\s\S]*?)<\/testcase>)/g;
  for (const match of xml.matchAll(testcase)) {
    const attributes = match[1];
    const body = match[3] ?? '';
    const classname = decode(/classname="([^"]*)"/.exec(attributes)?.[1] ?? '');
    const name = decode(/\bname="([^"]*)"/.exec(attributes)?.[1] ?? '');
    const file = `${classname.split('.').at(-1)}.py`;
    const status = /<(failure|error)\b/.test(body) ? 'fail' : /<skipped\b/.test(body) ? null : 'pass';
    if (!status) continue;
    if (!outcomes.has(file)) outcomes.set(file, new Map());
    outcomes.get(file)!.set(name, status);
  }
  return outcomes;
}

/** Runs one folder of files under pytest; each test's outcome by test file. Throws when pytest itself cannot run. */
export function runRealPytest(files: PytestFile[], options: { testLimitMs?: number; processLimitMs?: number } = {}): PytestOutcomes {
  const dir = mkdtempSync(join(tmpdir(), 'course-pytest-'));
  try {
    for (const file of files) {
      writeFileSync(join(dir, file.moduleName), file.code);
      for (const [name, code] of Object.entries(file.files ?? {})) writeFileSync(join(dir, name), code);
      writeFileSync(join(dir, file.testName), file.tests);
    }
    writeFileSync(join(dir, 'course_test_limit.py'), PLUGIN);
    // The folder's own configuration, so no pytest.ini or conftest.py around it changes the run.
    writeFileSync(join(dir, 'pytest.ini'), '[pytest]\n');
    const report = join(dir, 'report.xml');
    const result = spawnSync(
      cpythonCommand(),
      [
        '-c',
        LAUNCHER,
        String(MEMORY_MB),
        '-q',
        '-p',
        'no:cacheprovider',
        '-p',
        'course_test_limit',
        '--rootdir',
        dir,
        `--junitxml=${report}`,
        ...files.map((f) => join(dir, f.testName)),
      ],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, PYTHONPATH: dir, PYTHONDONTWRITEBYTECODE: '1', COURSE_TEST_LIMIT: String((options.testLimitMs ?? 10_000) / 1000) },
        timeout: options.processLimitMs ?? 300_000,
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (result.error) throw new Error(`pytest did not finish: ${result.error.message}`);
    // 0: all passed, 1: some failed; anything else is pytest failing to run (4: usage, 5: no tests).
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`${cpythonCommand()} -m pytest exited with ${result.status}: ${(result.stdout + result.stderr).slice(-2000)}`);
    }
    let xml: string;
    try {
      xml = readFileSync(report, 'utf8');
    } catch {
      throw new Error(`pytest wrote no report: ${(result.stdout + result.stderr).slice(-2000)}`);
    }
    return parseJUnit(xml);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
