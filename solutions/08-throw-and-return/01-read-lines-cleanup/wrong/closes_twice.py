# Closes at the end of the lines and again in finally, so a file read to the end is closed twice.
def read_lines(open_file):
    file = open_file()
    try:
        yield from file.lines
        file.close()
    finally:
        file.close()
