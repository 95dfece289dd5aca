# Acquires when with_resource() is called, before the first next(), by returning an inner generator.
def with_resource(acquire, use, release):
    resource = acquire()

    def run():
        try:
            return (yield from use(resource))
        finally:
            release(resource)

    return run()
