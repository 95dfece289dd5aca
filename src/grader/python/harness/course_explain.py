"""What a failed check says, the way pytest says it.

Values are shown with `safe_repr`, because a learner's `__repr__` may raise,
return a huge string or take forever (the page's time limit ends the last).
`explain_eq` gives pytest's explanation of why `left == right` is false: the
first differing index, extra items, differing keys or attributes, and a full
line diff (`- ` the right side, usually the expected value; `+ ` the left).
"""

import dataclasses
import difflib
import pprint

#: pytest's saferepr limit for a value shown in an assertion.
MAX_REPR = 240
#: Beyond these, a full diff would be slow to make and long to read: the summary lines stay.
MAX_DIFF_ITEMS = 2000
MAX_DIFF_CHARS = 100_000
MAX_DIFF_LINES = 200


class Failure(AssertionError):
    """An assertion that failed in the tests, raised by the harness (rewritten asserts, pytest.raises)."""

    #: Every Failure made during the current test, so the harness notices one the learner's code swallowed.
    made = []

    def __init__(self, message, diff=None):
        super().__init__(message)
        self.message = message
        self.diff = diff
        Failure.made.append(self)


def shorten(text, limit):
    """pytest's ellipsis: keeps both ends of a long text."""
    if len(text) <= limit:
        return text
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + '...' + text[len(text) - tail :]


def type_name(obj):
    try:
        return str(type(obj).__qualname__)
    except Exception:
        return 'object'


def describe_error(error):
    """`ValueError('boom')`, without trusting the error's own __repr__ to behave."""
    try:
        args = error.args
        if type(args) is tuple and len(args) == 1 and type(args[0]) is str:
            return f'{type_name(error)}({shorten(repr(args[0]), MAX_REPR)})'
        if type(args) is tuple and not args:
            return f'{type_name(error)}()'
    except Exception:
        pass
    return type_name(error)


def safe_repr(obj, limit=MAX_REPR):
    """repr(obj), at most `limit` characters; a repr that raises is described instead."""
    try:
        text = repr(obj)
    except KeyboardInterrupt:
        raise
    except BaseException as error:
        return f'<[{describe_error(error)} raised in repr()] {type_name(obj)} object at {hex(id(obj))}>'
    return shorten(text, limit) if limit else text


def safe_str(obj, limit=None):
    try:
        text = obj if type(obj) is str else str(obj)
    except KeyboardInterrupt:
        raise
    except BaseException as error:
        return f'<[{describe_error(error)} raised in str()] {type_name(obj)} object at {hex(id(obj))}>'
    return shorten(text, limit) if limit else text


def _differ(left, right):
    """left != right for the explanation only (the verdict was decided already); errors count as different."""
    try:
        return bool(left != right)
    except KeyboardInterrupt:
        raise
    except BaseException:
        return True


def _too_big(value):
    try:
        if isinstance(value, (str, bytes)):
            return len(value) > MAX_DIFF_CHARS
        if isinstance(value, (list, tuple, dict, set, frozenset)):
            return len(value) > MAX_DIFF_ITEMS
    except Exception:
        return True
    return False


def _lines(value):
    """pprint's lines for a full diff, or None when the value cannot be printed safely."""
    try:
        text = pprint.pformat(value, width=80, sort_dicts=False)
    except KeyboardInterrupt:
        raise
    except BaseException:
        return None
    if len(text) > MAX_DIFF_CHARS:
        return None
    return text.splitlines()


def line_diff(left_lines, right_lines):
    """ndiff of the two sides, right first as pytest does: `- ` right (expected), `+ ` left (received)."""
    if len(left_lines) + len(right_lines) > 4 * MAX_DIFF_LINES:
        return None
    lines = [line.rstrip('\n') for line in difflib.ndiff(right_lines, left_lines)]
    if len(lines) > MAX_DIFF_LINES:
        lines = lines[:MAX_DIFF_LINES] + [f'… {len(lines) - MAX_DIFF_LINES} more lines of diff']
    return '\n'.join(['- right side (expected)', '+ left side (received)', ''] + lines)


def _plural(n, word):
    return f'{n} {word}' if n == 1 else f'{n} {word}s'


def _explain_sequence(left, right):
    lines = []
    for index in range(min(len(left), len(right))):
        if _differ(left[index], right[index]):
            lines.append(f'At index {index} diff: {safe_repr(left[index])} != {safe_repr(right[index])}')
            break
    extra = len(left) - len(right)
    if extra:
        side, longer = ('Left', left) if extra > 0 else ('Right', right)
        first = longer[min(len(left), len(right))]
        if abs(extra) == 1:
            lines.append(f'{side} contains one more item: {safe_repr(first)}')
        else:
            lines.append(f'{side} contains {abs(extra)} more items, first extra item: {safe_repr(first)}')
    return lines


def _explain_set(left, right):
    lines = []
    for title, items in (('left', left - right), ('right', right - left)):
        if items:
            lines.append(f'Extra items in the {title} set:')
            lines.extend(safe_repr(item) for item in list(items)[:20])
    return lines


def _explain_dict(left, right):
    lines = []
    same = [k for k in left if k in right and not _differ(left[k], right[k])]
    if same:
        lines.append(f'Omitting {_plural(len(same), "identical item")}')
    differing = [k for k in left if k in right and _differ(left[k], right[k])]
    if differing:
        lines.append('Differing items:')
        lines.extend(f'{{{safe_repr(k)}: {safe_repr(left[k])}}} != {{{safe_repr(k)}: {safe_repr(right[k])}}}' for k in differing[:20])
    for side, ours, theirs in (('Left', left, right), ('Right', right, left)):
        extra = [k for k in ours if k not in theirs]
        if extra:
            lines.append(f'{side} contains {_plural(len(extra), "more item")}:')
            lines.append(safe_repr({k: ours[k] for k in extra[:20]}))
    return lines


def _fields(value):
    """The attribute names pytest compares for a dataclass or a named tuple, else None."""
    kind = type(value)
    if dataclasses.is_dataclass(kind):
        return [f.name for f in dataclasses.fields(kind) if f.compare]
    if isinstance(value, tuple) and isinstance(getattr(kind, '_fields', None), tuple):
        return list(kind._fields)
    return None


def _explain_attributes(left, right, names):
    same = [n for n in names if not _differ(getattr(left, n), getattr(right, n))]
    differing = [n for n in names if n not in same]
    lines = []
    if same:
        lines += ['Matching attributes:', safe_repr(same)]
    if differing:
        lines += ['Differing attributes:', safe_repr(differing)]
        for name in differing:
            lines.append(f'Drill down into differing attribute {name}:')
            lines.append(f'  {name}: {safe_repr(getattr(left, name))} != {safe_repr(getattr(right, name))}')
    return lines


def explain_eq(left, right):
    """(summary lines, diff text or None) for a false `left == right`."""
    try:
        return _explain_eq(left, right)
    except KeyboardInterrupt:
        raise
    except BaseException:
        return [], None


def _explain_eq(left, right):
    if _too_big(left) or _too_big(right):
        return ['(the values are too big to show a full diff)'], None
    if type(left) is str and type(right) is str:
        lines = []
        if '\n' not in left and '\n' not in right:
            prefix = 0
            while prefix < min(len(left), len(right)) and left[prefix] == right[prefix]:
                prefix += 1
            if prefix > 42:
                lines.append(f'Skipping {prefix - 10} identical leading characters in diff')
                left, right = left[prefix - 10 :], right[prefix - 10 :]
        return lines, line_diff(left.splitlines(keepends=True) or [''], right.splitlines(keepends=True) or [''])
    if type(left) is type(right) or (isinstance(left, (list, tuple)) and isinstance(right, (list, tuple))):
        names = _fields(left) if type(left) is type(right) else None
        if names is not None:
            lines = _explain_attributes(left, right, names)
        elif isinstance(left, (list, tuple)) and isinstance(right, (list, tuple)):
            lines = _explain_sequence(left, right)
        elif isinstance(left, (set, frozenset)) and isinstance(right, (set, frozenset)):
            lines = _explain_set(left, right)
        elif isinstance(left, dict) and isinstance(right, dict):
            lines = _explain_dict(left, right)
        else:
            return [], None
        left_lines, right_lines = _lines(left), _lines(right)
        diff = line_diff(left_lines, right_lines) if left_lines is not None and right_lines is not None else None
        return lines, diff
    return [], None
