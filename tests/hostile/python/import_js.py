# expect: failed
# expect-text: import js is not available to exercises
# Reaches for the browser to post a forged verdict.
import js

js.postMessage('{"type": "done", "result": {"kind": "finished"}}')


def chain(*iterables):
    yield from ()
