"""Currency conversion to US dollars with the dated rate table data/usd_rates.csv.

The table holds yearly average rates (sources in its `source` column). The rate of the
event's year is used, else the nearest year on file; unknown currencies give None.
"""

from __future__ import annotations

import csv
from functools import lru_cache

from analytics.config import RATES_PATH


@lru_cache(maxsize=1)
def rate_table() -> dict[str, dict[int, float]]:
    """currency -> {year: USD per unit}."""
    table: dict[str, dict[int, float]] = {}
    with RATES_PATH.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            table.setdefault(row["currency"], {})[int(row["year"])] = float(row["usd_per_unit"])
    return table


def usd_rate(currency: str | None, year: int | None) -> float | None:
    """USD per unit of `currency` in `year` (nearest year on file)."""
    if not currency:
        return None
    years = rate_table().get(currency.upper())
    if not years:
        return None
    if currency.upper() == "USD":
        return 1.0
    target = year or max(years)
    return years[min(years, key=lambda y: (abs(y - target), -y))]


def to_usd(value: float | None, currency: str | None, year: int | None = None) -> float | None:
    """`value` in US dollars, or None when the currency or value is unknown."""
    rate = usd_rate(currency, year)
    return None if value is None or rate is None else value * rate
