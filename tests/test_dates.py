"""Date expressions of news copy resolved against the publication date (no model needed)."""
from __future__ import annotations

import pytest

from newsgraph.loaders.dates import resolve, shift

PUB = "2026-02-06"  # a Friday


@pytest.mark.parametrize("expr, want", [
    ("on Friday", "2026-02-06"),            # the Friday on or before publication: the same day
    ("Thursday", "2026-02-05"),
    ("last Friday", "2026-01-30"),
    ("Wednesday's", "2026-02-04"),
    ("in 2023", "2023"),
    ("2018", "2018"),
    ("last month", "2026-01"),
    ("last year", "2025"),
    ("this year", "2026"),
    ("yesterday", "2026-02-05"),
    ("today", "2026-02-06"),
    ("in February 2022", "2022-02"),
    ("1 February 2021", "2021-02-01"),
    ("July 28", "2025-07-28"),              # a month after publication's is last year's
    ("January 3", "2026-01-03"),
    ("two years ago", "2024-02-06"),
])
def test_resolve(expr, want):
    assert resolve(expr, PUB) == want


@pytest.mark.parametrize("expr", ["three years", "more than a week", "64", "61-year-old", "a day", "decades"])
def test_durations_and_ages_are_not_dates(expr):
    assert resolve(expr, PUB) is None


def test_without_publication_date_only_absolute_dates_resolve():
    assert resolve("in 2019", None) == "2019"
    assert resolve("on Friday", None) is None


def test_shift_counts_days_and_keeps_coarse_dates():
    assert shift("2026-02-06", -1) == "2026-02-05"
    assert shift("2026-03-01", -1) == "2026-02-28"
    assert shift("2026-02", -1) == "2026-02"


@pytest.mark.parametrize("expr, want", [
    ("last week", "2026-01"),        # some day of the week before: only its month is sure
    ("earlier this month", "2026-02"),
    ("earlier this year", "2026"),
])
def test_vague_relative_periods_keep_only_what_is_sure(expr, want):
    assert resolve(expr, PUB) == want


def test_shift_months_crosses_years():
    from newsgraph.loaders.dates import shift_months

    assert shift_months("2025-03-14", -2) == "2025-01"
    assert shift_months("2025-02-01", -3) == "2024-11"
    assert shift_months("2024-11-30", 14) == "2026-01"


def test_abbreviated_months_resolve():
    from newsgraph.loaders import dates

    assert dates.resolve("on Jan. 9", "2026-02-12") == "2026-01-09"
    assert dates.resolve("Sept. 3", "2026-02-12") == "2025-09-03"
    assert dates.resolve("Dec. 2024", "2026-02-12") == "2024-12"


@pytest.mark.slow
def test_first_time_since_does_not_date_the_meeting(extractor):
    from newsgraph.schema import Article

    res = extractor.extract(Article(text="An Omani diplomat said Peter Kamau and John Otieno had met face to face "
                                         "for the first time since April.", published="2025-03-14"))
    assert [e.date for e in res.events if e.type == "meeting"] != ["2024-04"]
    res = extractor.extract(Article(text="Peter Kamau and John Otieno met on Monday for the first time since April.",
                                    published="2025-03-14"))
    assert [e.date for e in res.events if e.type == "meeting"] == ["2025-03-10"]
