# Writes `row.get(column) or ""`, so 0 and False become empty fields, like None.
import csv
from contextlib import closing


class _Line:
    def write(self, text):
        return text


def csv_export_app(columns, query):
    def body():
        writer = csv.writer(_Line())
        yield writer.writerow(columns).encode()
        with closing(query()) as rows:
            for row in rows:
                yield writer.writerow([row.get(column) or "" for column in columns]).encode()

    def app(environ, start_response):
        start_response(
            "200 OK",
            [("Content-Type", "text/csv; charset=utf-8"), ("Content-Disposition", 'attachment; filename="export.csv"')],
        )
        return body()

    return app
