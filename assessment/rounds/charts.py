"""Charts drawn by the site itself (考核评议 in the admin): horizontal bar charts as inline SVG, laid
out here and drawn by ``templates/assessment/rounds/bar_chart.html`` with a title, a description and
the same figures as a table for those who do not see the picture. No external service, no script."""

from dataclasses import dataclass

ROW_HEIGHT = 28
LABEL_WIDTH = 230
BAR_WIDTH = 330
WIDTH = LABEL_WIDTH + BAR_WIDTH + 150


@dataclass
class Bar:
    label: str
    value: float | None
    text: str
    y: int
    width: float
    url: str | None = None

    @property
    def text_x(self):
        return LABEL_WIDTH + self.width + 6

    @property
    def text_y(self):
        return self.y + 17

    @property
    def bar_y(self):
        return self.y + 5


@dataclass
class Chart:
    title: str
    description: str
    bars: list
    unit: str

    @property
    def height(self):
        return ROW_HEIGHT * max(len(self.bars), 1) + 10

    label_x = LABEL_WIDTH - 8
    bar_x = LABEL_WIDTH
    width = WIDTH


def bar_chart(title, description, rows, unit="%"):
    """``rows``: (label, value or None, text shown beside the bar, link or None). Rates are drawn on a
    0–100 scale, counts against the largest count."""
    values = [value for _label, value, _text, _url in rows if value is not None]
    scale = 100 if unit == "%" else max(values + [1])
    bars = [
        Bar(label, value, text, index * ROW_HEIGHT, 0 if value is None else BAR_WIDTH * min(value, scale) / scale, url)
        for index, (label, value, text, url) in enumerate(rows)
    ]
    return Chart(title, description, bars, unit)


def figure_value(figure):
    """A figure's number on the chart: the rate, the count, or 100/0 for published or not."""
    if figure.kind == "present":
        return 100 if figure.value else 0
    return figure.value
