"""The `pytest` the course's tests import in the browser: `pytest.raises` and nothing else.

The tests are plain pytest files (docs/authoring.md), so the real pytest runs
them unchanged; here, only what they may use exists: `raises(ExpectedError,
match=...)` as a context manager (or called with a function), whose value
is an ExceptionInfo with `.value`, `.type`, `.typename`, `.tb` and `.match()`.
"""

import re

from course_explain import Failure, safe_repr, safe_str


def _names(expected):
    if isinstance(expected, tuple):
        return ' or '.join(_name(kind) for kind in expected)
    return _name(expected)


def _name(kind):
    return getattr(kind, '__qualname__', None) or safe_repr(kind)


class ExceptionInfo:
    """What `with pytest.raises(...) as info:` gives: the error that was caught."""

    def __init__(self):
        self._caught = None

    def _fill(self, error):
        self._caught = error

    def _error(self):
        if self._caught is None:
            raise AttributeError('pytest.raises has not caught an error yet: use the value after the with block')
        return self._caught

    @property
    def value(self):
        return self._error()

    @property
    def type(self):
        return type(self._error())

    @property
    def typename(self):
        return type(self._error()).__name__

    @property
    def tb(self):
        return self._error().__traceback__

    def errisinstance(self, kind):
        return isinstance(self._error(), kind)

    def match(self, pattern):
        message = safe_str(self._error())
        if not re.search(pattern, message):
            raise Failure(f'Regex pattern did not match.\n  Regex: {safe_repr(pattern)}\n  Input: {safe_repr(message)}')
        return True

    def __repr__(self):
        if self._caught is None:
            return '<ExceptionInfo for raises contextmanager>'
        return f'<ExceptionInfo {safe_repr(self._caught)} tblen=?>'


class RaisesContext:
    def __init__(self, expected, match):
        self.expected = expected
        self.pattern = match
        self.info = ExceptionInfo()

    def __enter__(self):
        return self.info

    def __exit__(self, kind, error, tb):
        if kind is None:
            raise Failure(f'DID NOT RAISE {_names(self.expected)}')
        if not issubclass(kind, self.expected):
            return False
        if error is None:
            error = kind()
        self.info._fill(error)
        if self.pattern is not None:
            message = safe_str(error)
            if not re.search(self.pattern, message):
                raise Failure(
                    f'{_names(self.expected)} was raised, but its message does not match.\n'
                    f'  Regex: {safe_repr(self.pattern)}\n  Input: {safe_repr(message)}'
                ) from error
        return True


def _check_expected(expected):
    kinds = expected if isinstance(expected, tuple) else (expected,)
    for kind in kinds:
        if not (isinstance(kind, type) and issubclass(kind, BaseException)):
            raise TypeError(f'pytest.raises expects an exception class (or a tuple of them), not {safe_repr(kind)}')


def raises(expected_exception, *args, match=None, **kwargs):
    """`with raises(ValueError, match='...'):` passes only if the block raises that error."""
    _check_expected(expected_exception)
    context = RaisesContext(expected_exception, match)
    if not args:
        if kwargs:
            raise TypeError(f'pytest.raises got unexpected keyword arguments: {", ".join(sorted(kwargs))}')
        return context
    function, *rest = args
    with context:
        function(*rest, **kwargs)
    return context.info


def __getattr__(name):
    raise AttributeError(
        f'pytest.{name} is not available here: the course\'s tests may use only pytest.raises '
        '(see "The Python track" in docs/authoring.md)'
    )
