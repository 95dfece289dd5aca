import pytest

from retry_queue import retry_queue


class JobFailed(Exception):
    pass


def work(jobs, max_attempts, failures=None):
    """Run the queue like a worker: each job fails its first failures[job] attempts (reported
    with throw()), then succeeds (reported with next()). Returns (attempts, given_up)."""
    queue = retry_queue(jobs, max_attempts)
    left = dict(failures or {})
    attempts = []
    try:
        job = next(queue)
        while True:
            if len(attempts) >= 100:
                raise AssertionError('more than 100 attempts: is a job retried forever?')
            attempts.append(job)
            if left.get(job, 0) > 0:
                left[job] -= 1
                job = queue.throw(JobFailed(f'{job} failed'))
            else:
                job = next(queue)
    except StopIteration as stop:
        return attempts, stop.value


def test_yields_each_job_once_when_nothing_fails_and_returns_an_empty_list():
    assert work(['a', 'b', 'c'], 3) == (['a', 'b', 'c'], [])


def test_survives_an_exception_thrown_in_and_throw_returns_the_retried_job():
    queue = retry_queue(['a', 'b'], 3)
    assert next(queue) == 'a'
    assert queue.throw(JobFailed('a failed')) == 'a'
    assert next(queue) == 'b'
    with pytest.raises(StopIteration) as stop:
        next(queue)
    assert stop.value.value == []


def test_retries_a_failed_job_at_once_then_moves_on_when_it_succeeds():
    assert work(['a', 'b', 'c'], 3, {'b': 1}) == (['a', 'b', 'b', 'c'], [])
    assert work(['a', 'b'], 3, {'a': 2}) == (['a', 'a', 'a', 'b'], [])


def test_gives_a_job_up_after_max_attempts_tries_in_all():
    assert work(['a', 'b'], 3, {'a': 99}) == (['a', 'a', 'a', 'b'], ['a'])


def test_does_not_retry_at_all_when_max_attempts_is_1():
    assert work(['a', 'b', 'c'], 1, {'a': 99, 'c': 99}) == (['a', 'b', 'c'], ['a', 'c'])


def test_keeps_going_after_giving_up():
    assert work(['a', 'b', 'c', 'd'], 2, {'a': 5, 'b': 1, 'c': 5}) == (
        ['a', 'a', 'b', 'b', 'c', 'c', 'd'],
        ['a', 'c'],
    )


def test_throw_raises_stop_iteration_with_the_result_when_the_last_job_is_given_up():
    queue = retry_queue(['x'], 2)
    next(queue)
    assert queue.throw(JobFailed('1')) == 'x'
    with pytest.raises(StopIteration) as stop:
        queue.throw(JobFailed('2'))
    assert stop.value.value == ['x']


def test_returns_an_empty_list_at_once_for_no_jobs():
    with pytest.raises(StopIteration) as stop:
        next(retry_queue([], 3))
    assert stop.value.value == []


def test_takes_any_iterable_of_jobs():
    assert work(iter(['a', 'b']), 2, {'a': 1}) == (['a', 'a', 'b'], [])


def test_does_not_change_the_list_of_jobs():
    jobs = ['a', 'b']
    work(jobs, 2, {'a': 5})
    assert jobs == ['a', 'b']


def test_can_be_closed_while_a_job_is_out():
    queue = retry_queue(['a', 'b'], 3)
    next(queue)
    queue.throw(JobFailed('a failed'))
    queue.close()  # the consumer stops: GeneratorExit is not a failed attempt
    assert next(queue, 'finished') == 'finished'


def test_two_queues_at_once_keep_their_own_state():
    q1 = retry_queue(['a'], 2)
    q2 = retry_queue(['b'], 2)
    next(q1)
    next(q2)
    q1.throw(JobFailed('a'))
    with pytest.raises(StopIteration) as stop:
        next(q2)
    assert stop.value.value == []
    with pytest.raises(StopIteration) as stop:
        q1.throw(JobFailed('a'))
    assert stop.value.value == ['a']
