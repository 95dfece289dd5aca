from csv_export import csv_export_app


class Cursor:
    def __init__(self):
        self.pulled = 0
        self.closed = False
        self.rows = None


class FakeDatabase:
    """query() returns a generator over the rows, like a cursor; the database keeps hold of every cursor it opened."""

    def __init__(self, rows):
        self.rows = rows
        self.cursors = []

    def query(self):
        cursor = Cursor()

        def read():
            try:
                for row in self.rows:
                    cursor.pulled += 1
                    yield row
            finally:
                cursor.closed = True

        cursor.rows = read()  # still referenced here, so only close() can close it
        self.cursors.append(cursor)
        return cursor.rows


def start(app):
    """Call `app` as a WSGI server does; return what start_response received and the body."""
    response = {}

    def start_response(status, headers, exc_info=None):
        response["status"] = status
        response["headers"] = headers

    body = app({"REQUEST_METHOD": "GET", "PATH_INFO": "/export.csv", "wsgi.url_scheme": "http"}, start_response)
    return response, body


def serve(app, hang_up_after=None):
    """Serve one request: send every chunk (or only the first `hang_up_after`), then close the body, as PEP 3333 requires."""
    response, body = start(app)
    chunks = []
    try:
        for chunk in body:
            chunks.append(chunk)
            if hang_up_after is not None and len(chunks) >= hang_up_after:
                break
    finally:
        if hasattr(body, "close"):
            body.close()
    return response["status"], response["headers"], chunks


USERS = [
    {"id": 1, "name": "Ada Lovelace", "city": "London"},
    {"id": 2, "name": "Grace Hopper", "city": "New York"},
]


def test_sends_a_csv_response_without_content_length():
    status, headers, _ = serve(csv_export_app(["id", "name"], FakeDatabase(USERS).query))
    assert status == "200 OK"
    names = {name.lower(): value for name, value in headers}
    assert names.get("content-type") == "text/csv; charset=utf-8"
    assert names.get("content-disposition") == 'attachment; filename="export.csv"'
    assert "content-length" not in names, "a streamed body has no Content-Length: it is not known in advance"


def test_sends_the_header_then_one_bytes_chunk_per_row():
    _, _, chunks = serve(csv_export_app(["id", "name", "city"], FakeDatabase(USERS).query))
    assert all(isinstance(chunk, bytes) for chunk in chunks), "a WSGI body is made of bytes, not str"
    assert chunks == [b"id,name,city\r\n", b"1,Ada Lovelace,London\r\n", b"2,Grace Hopper,New York\r\n"]


def test_writes_csv_the_csv_module_way():
    rows = [
        {"a": "Lovelace, Ada", "b": 'say "hi"', "c": "two\nlines", "d": "Zoë", "e": " spaced "},
        {"a": None, "b": 0, "c": False, "e": ""},  # "d" is missing
    ]
    _, _, chunks = serve(csv_export_app(["a", "b", "c", "d", "e"], FakeDatabase(rows).query))
    assert chunks[1] == '"Lovelace, Ada","say ""hi""","two\nlines",Zoë, spaced \r\n'.encode()
    assert chunks[2] == b",0,False,,\r\n", "None and missing values are empty fields; 0 and False are written out"


def test_uses_the_column_order_and_ignores_other_keys():
    rows = [{"city": "London", "secret": "x", "name": "Ada", "id": 7}]
    _, _, chunks = serve(csv_export_app(["id", "name", "city"], FakeDatabase(rows).query))
    assert chunks == [b"id,name,city\r\n", b"7,Ada,London\r\n"]


def test_sends_only_the_header_for_no_rows():
    database = FakeDatabase([])
    _, _, chunks = serve(csv_export_app(["id", "name, full"], database.query))
    assert chunks == [b'id,"name, full"\r\n']


def test_reads_a_row_only_when_its_chunk_is_sent():
    database = FakeDatabase([{"n": i} for i in range(1, 6)])
    _, body = start(csv_export_app(["n"], database.query))
    chunks = iter(body)
    assert next(chunks) == b"n\r\n"
    assert all(cursor.pulled == 0 for cursor in database.cursors), "no row is needed for the header"
    assert next(chunks) == b"1\r\n"
    assert next(chunks) == b"2\r\n"
    assert [cursor.pulled for cursor in database.cursors] == [2]
    body.close()


def test_closes_the_cursor_when_the_client_hangs_up():
    database = FakeDatabase([{"n": i} for i in range(100)])
    _, _, chunks = serve(csv_export_app(["n"], database.query), hang_up_after=3)
    assert chunks == [b"n\r\n", b"0\r\n", b"1\r\n"]
    assert len(database.cursors) == 1
    assert database.cursors[0].closed, "when the server closes the body, close the rows too: the cursor holds a connection"
    assert database.cursors[0].pulled == 2


def test_a_body_closed_before_it_is_read_leaves_no_cursor_open():
    database = FakeDatabase(USERS)
    _, body = start(csv_export_app(["id"], database.query))
    if hasattr(body, "close"):
        body.close()
    assert all(cursor.closed for cursor in database.cursors), "a cursor was opened and never closed"


def test_runs_a_fresh_query_for_every_request_even_interleaved():
    database = FakeDatabase(USERS)
    app = csv_export_app(["id"], database.query)
    _, first = start(app)
    _, second = start(app)
    a, b = iter(first), iter(second)
    seen = [next(a), next(b), next(a), next(b), next(a), next(b)]
    assert seen == [b"id\r\n", b"id\r\n", b"1\r\n", b"1\r\n", b"2\r\n", b"2\r\n"]
    first.close()
    second.close()
    assert len(database.cursors) == 2
    assert all(cursor.closed for cursor in database.cursors)


def test_streams_20_000_rows():
    database = FakeDatabase([{"i": i} for i in range(20_000)])
    count = 0
    _, body = start(csv_export_app(["i"], database.query))
    for chunk in body:
        count += 1
        last = chunk
    if hasattr(body, "close"):
        body.close()
    assert count == 20_001
    assert last == b"19999\r\n"
