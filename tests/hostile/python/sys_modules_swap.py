# expect: failed
# Plants fake modules for the tests to import: pytest, itertools, inspect.
import sys
import types

fake = types.ModuleType('pytest')
fake.raises = lambda *args, **kwargs: None
sys.modules['pytest'] = fake
sys.modules['itertools'] = types.ModuleType('itertools')
sys.modules['inspect'] = types.ModuleType('inspect')


def chain(*iterables):
    yield from ()
