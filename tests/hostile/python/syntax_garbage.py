# expect: failed
# expect-text: syntax error
def chain(*iterables) yield }}} from ((
