"""考核评议制度 第七条: the grade the system suggests from the office's thresholds, and the indicator that
decides it (the one that keeps the section from the grade above)."""

from ..indicators import COUNT, PRESENT, RATE
from ..models import Grade, GradingThresholds


def _shortfalls(figures, grade, min_rate, max_incidents):
    """The figures that keep a section from ``grade``, the weightiest first: (label with value)."""
    found = []
    for figure in figures:
        if figure.kind == PRESENT and grade in (Grade.EXCELLENT, Grade.GOOD) and not figure.value:
            found.append((-1, f"{figure.label}：{figure.display}"))
        elif figure.kind == RATE and figure.value is not None and figure.value < min_rate:
            found.append((figure.value, f"{figure.label}：{figure.display}，低于{min_rate}%"))
        elif figure.kind == COUNT and figure.key == "incidents" and figure.value > max_incidents:
            found.append((-1, f"{figure.label}：{figure.value}件，多于{max_incidents}件"))
    return [label for _weight, label in sorted(found, key=lambda pair: pair[0])]


def suggest(figures, thresholds=None):
    """(suggested grade, deciding indicator): the best grade whose thresholds every figure meets."""
    thresholds = thresholds or GradingThresholds.current()
    blocking = ""
    for grade, min_rate, max_incidents in thresholds.levels():
        shortfalls = _shortfalls(figures, grade, min_rate, max_incidents)
        if not shortfalls:
            return grade, blocking or "各项指标均达到优秀标准"
        blocking = shortfalls[0]
    return Grade.FAILED, blocking
