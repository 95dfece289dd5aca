# Closes after the loop without try/finally: close(), throw() and garbage collection never reach the close().
def read_lines(open_file):
    file = open_file()
    yield from file.lines
    file.close()
