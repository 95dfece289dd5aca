# Opens the file when read_lines() is called, before any line is asked for, by returning an inner generator.
def read_lines(open_file):
    file = open_file()

    def lines():
        try:
            yield from file.lines
        finally:
            file.close()

    return lines()
