"""Resolve the date expressions of news copy against the publication date.

"on Friday" is the Friday on or before publication; "in 2023" is 2023;
"last month" is the month before; "2022-02" precision is kept when the text
only gives a month. Anything dateparser understands is the fallback.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"]
_SPAN = re.compile(r"^(the )?(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many|more than|"
                   r"less than|nearly|about|over|almost|some)\b.*\b(hours?|days?|weeks?|months?|years?|decades?)$")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


_FULL = {m[:3]: m for m in MONTHS} | {"sept": "september"}
_ABBREVIATED = re.compile(r"\b(jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?\s+(?=\d)")


def _weekday_on_or_before(base: dt.date, weekday: int) -> dt.date:
    return base - dt.timedelta(days=(base.weekday() - weekday) % 7)


@lru_cache(maxsize=4096)
def resolve(expr: str, published: str | None) -> str | None:
    """ISO date (YYYY, YYYY-MM or YYYY-MM-DD) for ``expr``, or None if it names no date."""
    text = _ABBREVIATED.sub(lambda m: _FULL[m.group(1)] + " ", expr.lower().strip())  # "Jan. 9", "Sept. 2024"
    if _SPAN.match(text) and not re.search(r"\b(ago|last|this|next|earlier|later)\b", text):
        return None  # "three years", "more than a week": a duration, not a date
    base = dt.date.fromisoformat(published) if published and len(published) == 10 else None
    if base is not None:
        for i, day in enumerate(WEEKDAYS):
            if re.search(rf"\b{day}\b", text):
                d = _weekday_on_or_before(base, i)
                if "last" in text and d == base:
                    d -= dt.timedelta(days=7)
                return d.isoformat()
        if re.search(r"\b(today|this morning|tonight|this evening)\b", text):
            return base.isoformat()
        if "yesterday" in text:
            return (base - dt.timedelta(days=1)).isoformat()
        month_named = next((i + 1 for i, m in enumerate(MONTHS) if re.search(rf"\b{m}\b", text)), None)
        if month_named and re.search(r"\b(last|this) year\b", text):  # "in October last year"
            year = base.year - (1 if "last year" in text else 0)
            return f"{year:04d}-{month_named:02d}"
        if re.search(r"\b(this|earlier this|later this) month\b", text):
            return f"{base.year:04d}-{base.month:02d}"
        if re.search(r"\b(last|this|earlier this) week\b", text):  # some day that week: its month, not a guess
            d = base - dt.timedelta(days=7 if "last" in text else 0)
            return f"{d.year:04d}-{d.month:02d}"
        if re.search(r"\b(earlier|later) this year\b", text):
            return f"{base.year:04d}"
        if "last month" in text:
            first = base.replace(day=1) - dt.timedelta(days=1)
            return f"{first.year:04d}-{first.month:02d}"
        if "last year" in text:
            return f"{base.year - 1:04d}"
        if "this year" in text:
            return f"{base.year:04d}"
    month = next((i + 1 for i, m in enumerate(MONTHS) if re.search(rf"\b{m}\b", text)), None)
    year_m = _YEAR.search(text)
    if month:
        day_m = re.search(r"\b([0-3]?\d)(st|nd|rd|th)?\b", _YEAR.sub("", text))
        year = int(year_m.group(1)) if year_m else (base.year if base else None)
        if year is None:
            return None
        if base is not None and not year_m and dt.date(year, month, 1) > base:
            year -= 1
        if day_m and 1 <= int(day_m.group(1)) <= 31:
            try:
                return dt.date(year, month, int(day_m.group(1))).isoformat()
            except ValueError:
                pass
        return f"{year:04d}-{month:02d}"
    if year_m:
        return year_m.group(1)
    return _dateparser(expr, base)


_PARSEABLE = re.compile(r"\b(ago|yesterday|today|tomorrow|week|month|year|monday|tuesday|wednesday|thursday|"
                        r"friday|saturday|sunday|\d{1,2}/\d{1,2})", re.I)


def _dateparser(expr: str, base: dt.date | None) -> str | None:
    """Last resort for phrasings the rules above miss; only for text that looks like a date."""
    if base is None or not _PARSEABLE.search(expr) or re.search(r"\b(old|aged?)\b", expr, re.I):
        return None  # without a publication date a relative phrase would resolve against today
    try:
        import dateparser
    except ImportError:  # pragma: no cover - dependency declared in pyproject
        return None
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(base, dt.time())
    parsed = dateparser.parse(expr, languages=["en"], settings=settings)
    return parsed.date().isoformat() if parsed else None


def shift(iso: str, days: int) -> str:
    if len(iso) != 10:
        return iso
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()


def shift_months(iso: str, months: int) -> str:
    """The month ``months`` away from a date, as YYYY-MM ("two months after" is no more precise than that)."""
    y, m = int(iso[:4]), int(iso[5:7]) - 1 + months
    return f"{y + m // 12:04d}-{m % 12 + 1:02d}"
