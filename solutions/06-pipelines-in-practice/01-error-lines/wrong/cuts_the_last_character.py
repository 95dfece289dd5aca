# Cuts off the last character, which breaks a last line without a line ending and keeps the \r of \r\n.
def error_lines(lines):
    for line in lines:
        if "ERROR" in line:
            yield line[:-1]
