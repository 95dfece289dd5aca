"""A WSGI application that streams a CSV export while the database is read."""
import csv
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import closing
from typing import Any
from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment


class _Line:
    """A file-like object whose write() hands the text back, so csv.writer formats one line at a time."""

    def write(self, text: str) -> str:
        return text


def csv_export_app(columns: Sequence[str], query: Callable[[], Iterator[Mapping[str, Any]]]) -> WSGIApplication:
    """A WSGI app whose body is the CSV of query()'s rows: the header, then one encoded line per row, as it is read."""

    def body() -> Iterator[bytes]:
        writer = csv.writer(_Line())
        yield writer.writerow(columns).encode()
        with closing(query()) as rows:  # the server's close() reaches the cursor too
            for row in rows:
                yield writer.writerow([row.get(column) for column in columns]).encode()

    def app(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        start_response(
            "200 OK",
            [("Content-Type", "text/csv; charset=utf-8"), ("Content-Disposition", 'attachment; filename="export.csv"')],
        )
        return body()

    return app
