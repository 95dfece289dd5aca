# Opens inside the try, so when open_file() fails the finally raises UnboundLocalError and hides the real error.
def read_lines(open_file):
    try:
        file = open_file()
        yield from file.lines
    finally:
        file.close()
