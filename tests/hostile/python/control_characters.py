# expect: failed
# Prints control characters, escape sequences and a null byte, and raises with them in the message.
print('\x1b[31mred\x1b[0m \x00 \x07 \r overwrite <script>alert(1)</script>')


def chain(*iterables):
    raise ValueError('\x1b[2J\x00<img src=x onerror=alert(1)>')
    yield
