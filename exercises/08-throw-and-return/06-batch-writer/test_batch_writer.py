import gc

import pytest

from batch_writer import batch_writer


def started(size, written):
    """A primed writer that appends each batch it writes to `written`."""
    writer = batch_writer(written.append, size)
    next(writer)
    return writer


def test_priming_yields_none_and_writes_nothing():
    written = []
    writer = batch_writer(written.append, 3)
    assert next(writer) is None
    assert written == []


def test_writes_each_full_batch_as_soon_as_it_is_full():
    written = []
    writer = started(3, written)
    writer.send('a')
    writer.send('b')
    assert written == [], "nothing is written before a batch is full"
    writer.send('c')
    assert written == [['a', 'b', 'c']], "the send that fills a batch writes it"
    for item in 'defgh':
        writer.send(item)
    assert written == [['a', 'b', 'c'], ['d', 'e', 'f']]


def test_send_yields_none():
    writer = started(2, [])
    assert writer.send(1) is None
    assert writer.send(2) is None


def test_a_written_batch_is_not_changed_afterwards():
    written = []
    writer = started(2, written)
    for item in [1, 2, 3, 4, 5]:
        writer.send(item)
    writer.close()
    assert written == [[1, 2], [3, 4], [5]], "each batch is a list of its own"


def test_close_writes_the_pending_items():
    written = []
    writer = started(3, written)
    for item in [1, 2, 3, 4, 5]:
        writer.send(item)
    writer.close()
    assert written == [[1, 2, 3], [4, 5]]


def test_close_writes_nothing_when_nothing_is_pending():
    written = []
    writer = started(2, written)
    writer.send(1)
    writer.send(2)
    writer.close()
    assert written == [[1, 2]], "no empty batch"
    other = []
    started(2, other).close()
    assert other == []


def test_close_finishes_the_writer_and_a_second_close_writes_nothing():
    written = []
    writer = started(3, written)
    writer.send(1)
    writer.close()
    writer.close()
    assert written == [[1]]
    with pytest.raises(StopIteration):
        writer.send(2)


def test_close_before_priming_writes_nothing():
    written = []
    writer = batch_writer(written.append, 3)
    writer.close()
    assert written == []


def test_an_exception_thrown_in_discards_the_pending_items_and_goes_on_out():
    written = []
    writer = started(3, written)
    for item in [1, 2, 3, 4]:
        writer.send(item)
    with pytest.raises(ValueError, match='bad record'):
        writer.throw(ValueError('bad record'))
    writer.close()
    assert written == [[1, 2, 3]], "the pending [4] is discarded, on throw() and on the close() after it"


def test_dropping_the_writer_closes_it():
    written = []
    writer = started(3, written)
    writer.send('x')
    del writer  # CPython (and Pyodide) close a paused generator when it is garbage-collected
    gc.collect()
    assert written == [['x']]


def test_two_writers_at_once_keep_their_own_batches():
    left, right = [], []
    a = started(2, left)
    b = started(2, right)
    a.send('a1')
    b.send('b1')
    a.send('a2')
    b.close()
    a.close()
    assert left == [['a1', 'a2']]
    assert right == [['b1']]


def test_batches_of_one():
    written = []
    writer = started(1, written)
    writer.send('x')
    writer.send('y')
    writer.close()
    assert written == [['x'], ['y']]


def test_many_items():
    written = []
    writer = started(1000, written)
    for item in range(200_500):
        writer.send(item)
    assert len(written) == 200
    writer.close()
    assert len(written) == 201
    assert written[-1] == list(range(200_000, 200_500))
    assert [item for batch in written for item in batch] == list(range(200_500))
