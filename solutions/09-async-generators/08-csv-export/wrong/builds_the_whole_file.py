# Writes the whole CSV into a StringIO and returns it as one chunk: every row is read before the first byte is sent.
import csv
import io


def csv_export_app(columns, query):
    def app(environ, start_response):
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(columns)
        for row in query():
            writer.writerow([row.get(column) for column in columns])
        data = buffer.getvalue().encode()
        start_response(
            "200 OK",
            [
                ("Content-Type", "text/csv; charset=utf-8"),
                ("Content-Disposition", 'attachment; filename="export.csv"'),
                ("Content-Length", str(len(data))),
            ],
        )
        return [data]

    return app
