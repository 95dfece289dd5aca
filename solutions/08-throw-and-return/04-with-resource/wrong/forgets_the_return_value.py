# Delegates with yield from but does not return its value, so the generator always returns None.
def with_resource(acquire, use, release):
    resource = acquire()
    try:
        yield from use(resource)
    finally:
        release(resource)
