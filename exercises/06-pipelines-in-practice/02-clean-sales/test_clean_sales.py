import io
import itertools

from clean_sales import Sale, clean_sales

PULL_LIMIT = 10_000


class Counted:
    """Wraps an iterable of lines and counts the lines read from it."""

    def __init__(self, lines):
        self.lines = lines
        self.pulls = 0

    def __iter__(self):
        for line in self.lines:
            self.pulls += 1
            if self.pulls > PULL_LIMIT:
                raise AssertionError("10,000 lines were read from an endless input: something is eager")
            yield line


def endless_sales():
    yield "region,product,amount\n"
    for n in itertools.count(1):
        yield f"North,widget,{n}\n"


def test_turns_rows_into_sales_and_skips_the_header():
    csv_lines = ["region,product,amount\n", "north,widget,12.5\n", "south,gadget,3\n"]
    assert list(clean_sales(csv_lines)) == [Sale("north", "widget", 12.5), Sale("south", "gadget", 3.0)]


def test_reads_a_file_object():
    data = io.StringIO("region,product,amount\nnorth,widget,1\n")
    assert list(clean_sales(data)) == [Sale("north", "widget", 1.0)]


def test_yields_sales_with_float_amounts():
    (sale,) = clean_sales(["h", "north,widget,3"])
    assert isinstance(sale, Sale)
    assert type(sale.amount) is float


def test_skips_the_first_line_whatever_it_says():
    assert list(clean_sales(["east,header-lookalike,1", "west,gizmo,2"])) == [Sale("west", "gizmo", 2.0)]


def test_strips_cells_lowercases_the_region_and_keeps_the_product_as_written():
    assert list(clean_sales(["h", "  NORTH , Widget Pro ,  7.25 "])) == [Sale("north", "Widget Pro", 7.25)]


def test_reads_quoted_cells_that_contain_commas():
    assert list(clean_sales(["h", 'south,"Widget, large",3'])) == [Sale("south", "Widget, large", 3.0)]


def test_skips_blank_lines_and_rows_without_exactly_three_cells():
    lines = ["h", "", "north,a,1", "   ", "north,a", "north,a,1,extra", "south,b,2"]
    assert list(clean_sales(lines)) == [Sale("north", "a", 1.0), Sale("south", "b", 2.0)]


def test_drops_rows_with_an_empty_region_or_product():
    assert list(clean_sales(["h", ",a,1", "north, ,1", "south,b,2"])) == [Sale("south", "b", 2.0)]


def test_drops_rows_whose_amount_is_not_a_finite_number():
    lines = ["h", "north,a,", "north,a,  ", "north,a,abc", "north,a,12abc", "north,a,nan", "north,a,inf", "south,b,-4.5", "east,c,0"]
    assert list(clean_sales(lines)) == [Sale("south", "b", -4.5), Sale("east", "c", 0.0)]


def test_yields_nothing_for_no_lines_or_a_header_alone():
    assert list(clean_sales([])) == []
    assert list(clean_sales(["region,product,amount"])) == []


def test_reads_nothing_before_the_first_next_and_only_what_it_needs():
    lines = Counted(["h", "bad", "north,a,1", "", "south,b,2", "east,c,3"])
    sales = clean_sales(lines)
    assert lines.pulls == 0, "clean_sales() started reading before next() was called"
    assert next(sales) == Sale("north", "a", 1.0)
    assert lines.pulls == 3, "the first good row is line 3: three lines should have been read"
    assert next(sales) == Sale("south", "b", 2.0)
    assert lines.pulls == 5


def test_works_on_an_endless_input():
    sales = clean_sales(Counted(endless_sales()))
    assert [sale.amount for sale in itertools.islice(sales, 3)] == [1.0, 2.0, 3.0]


def test_keeps_two_cleaners_apart_when_read_in_turns():
    a = clean_sales(["h", "north,a,1", "north,a,2"])
    b = clean_sales(["h", "south,b,10", "south,b,20"])
    assert [next(a).amount, next(b).amount, next(a).amount, next(b).amount] == [1.0, 10.0, 2.0, 20.0]


def test_handles_200_000_lines():
    lines = itertools.chain(["h"], (f"r{n % 7},p,{n}" for n in range(200_000)))
    assert sum(sale.amount for sale in clean_sales(lines)) == sum(range(200_000))
