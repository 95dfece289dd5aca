# expect: failed
# Replaces asyncio's event loop policy, so asyncio.run() in the tests would run the code's loop.
import asyncio
import asyncio.events


class Policy:
    def new_event_loop(self):
        raise RuntimeError('no loop')

    def get_event_loop(self):
        raise RuntimeError('no loop')

    def set_event_loop(self, loop):
        pass


asyncio.events._event_loop_policy = Policy()


def chain(*iterables):
    yield from ()
