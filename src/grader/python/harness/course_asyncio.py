"""asyncio for the tests in the browser, as CPython runs it.

Pyodide runs asyncio on its WebLoop, which the browser drives: it is always
"running", `asyncio.run()` blocks on it only with WebAssembly stack switching
(not in every browser), and tasks left pending run later, in the browser's own
time, after the check has ended. While a check runs, `EventLoopSwap` gives
asyncio a plain event loop instead (no running loop, and a policy whose new
loops are `CourseEventLoop`): `asyncio.run()` then does what it does in
CPython (a new loop, leftover tasks cancelled, async generators closed, the
loop closed) without the browser. The exercises do no I/O, so the loop has
none: it only runs callbacks and sleeps until its next timer.

Under CPython (the harness's own tests) the swap does nothing.
"""

import asyncio
import asyncio.base_events
import asyncio.events
import selectors
import sys
import time

IN_BROWSER = sys.platform == 'emscripten'
#: Sleep in slices, so the page's interrupt (checked between bytecodes) ends a long sleep promptly.
_SLICE = 0.05


class _NoIO(selectors.BaseSelector):
    """A selector with nothing to select: waiting means sleeping until the next timer."""

    def register(self, fileobj, events, data=None):
        raise NotImplementedError('the exercises’ event loop has no I/O (sockets, pipes, subprocesses)')

    def unregister(self, fileobj):
        raise KeyError(fileobj)

    def select(self, timeout=None):
        if timeout is None:
            raise RuntimeError(
                'asyncio has nothing left to run and nothing to wait for: the code awaits something that never happens '
                '(a Future, Event or Queue that nothing sets or fills?)'
            )
        end = time.monotonic() + timeout
        while True:
            left = end - time.monotonic()
            if left <= 0:
                return []
            time.sleep(min(left, _SLICE))

    def get_map(self):
        return {}

    def close(self):
        pass


class CourseEventLoop(asyncio.base_events.BaseEventLoop):
    """asyncio's own base loop over a selector without I/O."""

    def __init__(self):
        super().__init__()
        self._selector = _NoIO()

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        pass


class _Policy:
    """What asyncio asks for a new loop (asyncio.run, asyncio.Runner, asyncio.new_event_loop)."""

    def __init__(self):
        self._loop = None

    def new_event_loop(self):
        return CourseEventLoop()

    def get_event_loop(self):
        if self._loop is None:
            raise RuntimeError('There is no current event loop: use asyncio.run(...)')
        return self._loop

    def set_event_loop(self, loop):
        self._loop = loop

    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


class EventLoopSwap:
    """While a check runs (in the browser): no running loop, and new loops are CourseEventLoops."""

    #: Set on exit when the code replaced the policy (its loops would have run the tests' coroutines).
    replaced = False

    def __enter__(self):
        if IN_BROWSER:
            self.saved = (asyncio.events._event_loop_policy, asyncio.events._get_running_loop())
            self.policy = _Policy()
            asyncio.events._event_loop_policy = self.policy
            asyncio.events._set_running_loop(None)
        return self

    def __exit__(self, *exc_info):
        if IN_BROWSER:
            self.replaced = asyncio.events._event_loop_policy is not self.policy
            policy, running = self.saved
            asyncio.events._event_loop_policy = policy
            asyncio.events._set_running_loop(running)
        return False
