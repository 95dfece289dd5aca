# Joins str(value) with commas instead of using the csv module: no quoting, and None comes out as the text "None".
def csv_export_app(columns, query):
    def body():
        yield (",".join(columns) + "\r\n").encode()
        rows = query()
        try:
            for row in rows:
                yield (",".join(str(row.get(column, "")) for column in columns) + "\r\n").encode()
        finally:
            rows.close()

    def app(environ, start_response):
        start_response(
            "200 OK",
            [("Content-Type", "text/csv; charset=utf-8"), ("Content-Disposition", 'attachment; filename="export.csv"')],
        )
        return body()

    return app
