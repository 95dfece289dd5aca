"""Runs the browser's Python harness under CPython: `python3 cpython_check.py < jobs.json`.

Reads a JSON array of jobs (`{"code", "stubName", "tests", "testName"}`, and
optionally `"limitMs"`), runs them one after another in this interpreter as
the browser's worker does, and prints each event the harness sends as one
JSON line. The course's unit tests use it to hold the harness to CPython 3.11+
as well as to Pyodide. A job with `limitMs` is interrupted after that long,
the way the page's time limit interrupts Pyodide.
"""

import json
import os
import signal
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    jobs = json.load(sys.stdin)
    out = sys.stdout
    sys.path.insert(0, HERE)
    from load_harness import ORDER, load_harness

    sys.path.remove(HERE)
    sys.modules.pop('load_harness', None)
    sources = {}
    for name in ORDER:
        with open(os.path.join(HERE, f'{name}.py'), encoding='utf-8') as file:
            sources[name] = file.read()
    harness = load_harness(sources)
    stop = [False]

    def interrupt(signum, frame):
        stop[0] = True
        raise KeyboardInterrupt

    signal.signal(signal.SIGALRM, interrupt)

    def send(text):
        out.write(text + '\n')
        out.flush()

    for job in jobs:
        stop[0] = False
        limit = job.get('limitMs')
        if limit:
            signal.setitimer(signal.ITIMER_REAL, limit / 1000)
        harness.run_check(json.dumps(job), send, lambda: stop[0])
        signal.setitimer(signal.ITIMER_REAL, 0)


if __name__ == '__main__':
    main()
