# Releases on GeneratorExit and at the normal end only, so an exception that use() lets out skips the release.
def with_resource(acquire, use, release):
    resource = acquire()
    try:
        result = yield from use(resource)
    except GeneratorExit:
        release(resource)
        raise
    release(resource)
    return result
