"""The English names of the months and the days of the week, in calendar order.

One definition for the time expressions (:mod:`accordlib.text.timex`), the dateline
months (:mod:`accordlib.wire._months`) and the officials scanner, which skips them as
capitalised words that name no one.
"""

from __future__ import annotations

__all__ = ["MONTH_NAMES", "WEEKDAY_NAMES"]

#: January to December, lower case.
MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
#: Monday to Sunday, lower case (Monday is 0, as in :meth:`datetime.date.weekday`).
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
