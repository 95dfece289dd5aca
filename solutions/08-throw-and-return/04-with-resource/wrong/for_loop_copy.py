# Copies use()'s values with a for loop: nothing sent reaches use(), throw() stays outside it, and its return value is lost.
def with_resource(acquire, use, release):
    resource = acquire()
    try:
        for value in use(resource):
            yield value
    finally:
        release(resource)
