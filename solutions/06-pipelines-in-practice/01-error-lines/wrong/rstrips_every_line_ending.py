# Uses rstrip("\r\n"), which removes every \r and \n at the end, not just one line ending.
def error_lines(lines):
    for line in lines:
        if "ERROR" in line:
            yield line.rstrip("\r\n")
