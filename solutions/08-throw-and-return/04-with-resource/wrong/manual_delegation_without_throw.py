# Delegates by hand with send(), but never forwards throw() or close() to use(): its except and finally are bypassed.
def with_resource(acquire, use, release):
    resource = acquire()
    try:
        inner = use(resource)
        value = next(inner)
        while True:
            sent = yield value
            try:
                value = inner.send(sent)
            except StopIteration as stop:
                return stop.value
    finally:
        release(resource)
