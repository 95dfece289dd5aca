# Releases after yield from without a finally, so close(), an uncaught throw() or garbage collection never releases.
def with_resource(acquire, use, release):
    resource = acquire()
    result = yield from use(resource)
    release(resource)
    return result
